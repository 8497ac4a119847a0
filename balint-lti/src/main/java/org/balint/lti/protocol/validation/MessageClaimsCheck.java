package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.LtiMessageType;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * The claims the message type requires are present: {@code roles} (possibly empty) for every launch,
 * {@code resource_link} with an id for a resource-link launch, {@code deep_linking_settings} for a
 * deep-linking request. {@code sub} may be absent (LTI Core 1.3, 5.3.6: anonymous launches) but not
 * blank.
 */
final class MessageClaimsCheck implements LaunchCheck {

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Object subject = claims.getClaim(LtiClaims.SUBJECT);
        if (subject != null && (!(subject instanceof String) || ((String) subject).isBlank())) {
            return reject(LaunchRejection.Reason.SUBJECT_BLANK,
                    "The id_token names a blank user (sub). Tell the platform's administrator.");
        }
        if (claims.getClaim(LtiClaims.ROLES) == null) {
            return reject(LaunchRejection.Reason.ROLES_MISSING,
                    "The launch does not say which roles the user has (no roles claim). Tell the platform's administrator.");
        }
        LtiMessageType type = LaunchCheck.text(claims, LtiClaims.MESSAGE_TYPE).flatMap(LtiMessageType::fromClaim)
                .orElseThrow(() -> new IllegalStateException("message type was checked before"));
        if (type == LtiMessageType.RESOURCE_LINK) {
            Object link = claims.getClaim(LtiClaims.RESOURCE_LINK);
            if (!(link instanceof Map) || !(((Map<?, ?>) link).get("id") instanceof String)
                    || ((String) ((Map<?, ?>) link).get("id")).isBlank()) {
                return reject(LaunchRejection.Reason.RESOURCE_LINK_MISSING,
                        "The launch does not say which link was opened (no resource_link id). Tell the platform's administrator.");
            }
        } else if (!(claims.getClaim(LtiClaims.DEEP_LINKING_SETTINGS) instanceof Map)) {
            return reject(LaunchRejection.Reason.DEEP_LINKING_SETTINGS_MISSING,
                    "The deep-linking request has no deep_linking_settings, so there is nowhere to return the selection.");
        }
        return pass();
    }
}
