package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The token comes from the same platform registration the login was started for. */
final class LoginPlatformCheck implements LaunchCheck {

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        if (!login.issuer().equals(registration.issuer()) || !login.clientId().equals(registration.clientId())) {
            return reject(LaunchRejection.Reason.LOGIN_PLATFORM_MISMATCH, "This launch comes from '" + registration.issuer()
                    + "' but its login was started for '" + login.issuer() + "'. Start the launch again from the course page.");
        }
        return pass();
    }
}
