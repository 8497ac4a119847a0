package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The LTI version is exactly 1.3.0. */
final class VersionCheck implements LaunchCheck {

    static final String SUPPORTED = "1.3.0";

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Object version = claims.getClaim(LtiClaims.VERSION);
        if (!SUPPORTED.equals(version)) {
            return reject(LaunchRejection.Reason.VERSION_UNSUPPORTED, "The launch uses LTI version '" + version
                    + "'; this tool speaks LTI " + SUPPORTED + ". Configure the tool as an LTI 1.3 tool in the platform.");
        }
        return pass();
    }
}
