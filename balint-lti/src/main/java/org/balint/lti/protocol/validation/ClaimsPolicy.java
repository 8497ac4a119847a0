package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * Step 8: the declarative claims policy of one registration, in the manner of Nimbus's
 * {@code DefaultJWTClaimsVerifier} but with the time passed in: which claims are required (each with
 * the reason given when it is missing), the exact issuer, the audience that must contain the
 * client_id, the {@code azp} rule, and the clock skew for {@code exp}, {@code iat} and {@code nbf}.
 */
record ClaimsPolicy(String issuer, String clientId, List<RequiredClaim> requiredClaims, Duration skew) {

    /** A claim that must be present (and not blank), and the reason given when it is not. */
    record RequiredClaim(String name, LaunchRejection.Reason whenMissing) {
    }

    /** Required in every launch (OIDC id_token plus LTI core), checked in this order. */
    private static final List<RequiredClaim> REQUIRED = List.of(
            new RequiredClaim(LtiClaims.EXPIRES, LaunchRejection.Reason.EXPIRY_MISSING),
            new RequiredClaim(LtiClaims.ISSUED_AT, LaunchRejection.Reason.ISSUED_AT_MISSING),
            new RequiredClaim(LtiClaims.NONCE, LaunchRejection.Reason.NONCE_MISSING),
            new RequiredClaim(LtiClaims.VERSION, LaunchRejection.Reason.VERSION_MISSING),
            new RequiredClaim(LtiClaims.MESSAGE_TYPE, LaunchRejection.Reason.MESSAGE_TYPE_MISSING),
            new RequiredClaim(LtiClaims.DEPLOYMENT_ID, LaunchRejection.Reason.DEPLOYMENT_ID_MISSING),
            new RequiredClaim(LtiClaims.TARGET_LINK_URI, LaunchRejection.Reason.TARGET_LINK_URI_MISSING));

    ClaimsPolicy {
        requiredClaims = List.copyOf(requiredClaims);
    }

    static ClaimsPolicy forRegistration(PlatformRegistration registration, Duration skew) {
        return new ClaimsPolicy(registration.issuer(), registration.clientId(), REQUIRED, skew);
    }

    Optional<LaunchRejection> verify(JWTClaimsSet claims, Instant now) {
        for (RequiredClaim required : requiredClaims) {
            if (isAbsent(claims.getClaim(required.name()))) {
                return reject(required.whenMissing(), "The id_token lacks the required claim '" + required.name()
                        + "'. Tell the platform's administrator; the platform is not sending a valid LTI 1.3 launch.");
            }
        }
        if (!issuer.equals(claims.getIssuer())) {
            return reject(LaunchRejection.Reason.ISSUER_MISMATCH, "The id_token's issuer '" + claims.getIssuer()
                    + "' is not exactly the registered issuer '" + issuer + "'.");
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId)) {
            return reject(LaunchRejection.Reason.AUDIENCE_MISMATCH,
                    "The id_token is not addressed to this tool (its aud does not contain the client_id '" + clientId + "').");
        }
        Object azp = claims.getClaim(LtiClaims.AUTHORIZED_PARTY);
        if (azp == null && audience.size() > 1) {
            return reject(LaunchRejection.Reason.AUTHORIZED_PARTY_MISSING,
                    "The id_token names several audiences but no authorized party (azp); it cannot be trusted as this tool's.");
        }
        if (azp != null && !clientId.equals(azp)) {
            return reject(LaunchRejection.Reason.AUTHORIZED_PARTY_MISMATCH,
                    "The id_token was issued to another client (azp '" + azp + "'), not to this tool.");
        }
        Instant expires = instant(claims.getExpirationTime());
        if (!now.isBefore(expires.plus(skew))) {
            return reject(LaunchRejection.Reason.TOKEN_EXPIRED, "The id_token expired at " + expires
                    + ". Start the launch again from the course page; if this keeps happening, check the server's clock.");
        }
        Instant issuedAt = instant(claims.getIssueTime());
        if (issuedAt.isAfter(now.plus(skew))) {
            return reject(LaunchRejection.Reason.ISSUED_IN_FUTURE, "The id_token claims to be issued at " + issuedAt
                    + ", in the future. The platform's or the tool's clock is wrong.");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && instant(notBefore).isAfter(now.plus(skew))) {
            return reject(LaunchRejection.Reason.TOKEN_NOT_YET_VALID, "The id_token is not valid before "
                    + instant(notBefore) + ". The platform's or the tool's clock is wrong.");
        }
        return pass();
    }

    private static boolean isAbsent(Object value) {
        return value == null || (value instanceof String && ((String) value).isBlank());
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }
}
