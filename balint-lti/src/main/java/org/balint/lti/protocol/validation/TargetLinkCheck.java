package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The token's target_link_uri is exactly the login's. */
final class TargetLinkCheck implements LaunchCheck {

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Optional<String> target = LaunchCheck.text(claims, LtiClaims.TARGET_LINK_URI);
        if (target.isEmpty() || !target.get().equals(login.targetLinkUri().toString())) {
            return reject(LaunchRejection.Reason.TARGET_LINK_URI_MISMATCH, "The launch targets '"
                    + claims.getClaim(LtiClaims.TARGET_LINK_URI) + "' but its login targeted '" + login.targetLinkUri()
                    + "'. Start the launch again from the course page.");
        }
        return pass();
    }
}
