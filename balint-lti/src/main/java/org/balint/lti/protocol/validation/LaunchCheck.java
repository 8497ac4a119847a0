package org.balint.lti.protocol.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** One LTI rule about a signature-verified token, checked against the login it completes. */
interface LaunchCheck {

    Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration);

    /** The claim's value if it is a non-blank string. */
    static Optional<String> text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String && !((String) value).isBlank() ? Optional.of((String) value) : Optional.empty();
    }
}
