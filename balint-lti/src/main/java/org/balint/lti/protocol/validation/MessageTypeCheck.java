package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.LtiMessageType;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The message type is one the tool handles. */
final class MessageTypeCheck implements LaunchCheck {

    private final Set<LtiMessageType> supported;

    MessageTypeCheck(Set<LtiMessageType> supported) {
        this.supported = Set.copyOf(supported);
    }

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Optional<LtiMessageType> type = LaunchCheck.text(claims, LtiClaims.MESSAGE_TYPE).flatMap(LtiMessageType::fromClaim);
        if (type.isEmpty() || !supported.contains(type.get())) {
            return reject(LaunchRejection.Reason.MESSAGE_TYPE_UNSUPPORTED, "This tool does not handle LTI messages of type '"
                    + claims.getClaim(LtiClaims.MESSAGE_TYPE) + "'. Check how the tool is placed in the course.");
        }
        return pass();
    }
}
