package org.balint.lti.protocol.validation;

import java.util.Objects;

/**
 * A launch was refused because of what it carried: a stable reason, and a sentence for the person who
 * has to act (the user retrying from the course page, or the administrator fixing a registration).
 *
 * @param reason  the reason, with its code and HTTP status
 * @param message what is wrong and what to do
 */
public record LaunchRejection(Reason reason, String message) implements LaunchProblem {

    /**
     * Every reason a launch is refused. Statuses: 400 for a request that is not a launch at all, 401
     * when the token cannot be trusted, 403 when a trusted token does not belong to this browser's
     * login or a registered deployment, 422 when a trusted token lacks what an LTI launch must carry.
     */
    public enum Reason {
        /** The launch carried no id_token. */
        ID_TOKEN_MISSING("id-token-missing", 400),
        /** The launch carried no state. */
        STATE_MISSING("state-missing", 400),
        /** The id_token is larger than the limit. */
        TOKEN_TOO_LARGE("token-too-large", 400),
        /** The id_token is not a compact JWT (truncated or corrupted). */
        TOKEN_MALFORMED("token-malformed", 400),
        /** The id_token's claims are not a valid JSON object. */
        CLAIMS_MALFORMED("claims-malformed", 400),
        /** The id_token is unsigned (alg none). */
        TOKEN_UNSIGNED("token-unsigned", 401),
        /** The id_token is signed with an algorithm other than RS256. */
        ALGORITHM_NOT_ALLOWED("algorithm-not-allowed", 401),
        /** The id_token's typ header is not JWT. */
        TOKEN_TYPE_NOT_ALLOWED("token-type-not-allowed", 401),
        /** The id_token has critical header parameters. */
        CRITICAL_HEADER_UNSUPPORTED("critical-header-unsupported", 401),
        /** The id_token's header names or embeds its own key. */
        EMBEDDED_KEY_REFUSED("embedded-key-refused", 401),
        /** The id_token has no iss. */
        ISSUER_MISSING("issuer-missing", 401),
        /** The id_token has no aud. */
        AUDIENCE_MISSING("audience-missing", 401),
        /** No platform is registered with the id_token's issuer. */
        ISSUER_UNKNOWN("issuer-unknown", 401),
        /** The platform is registered, but not for the id_token's client_id. */
        CLIENT_UNKNOWN("client-unknown", 401),
        /** The platform's key set has no key matching the id_token. */
        SIGNING_KEY_UNKNOWN("signing-key-unknown", 401),
        /** The id_token's signature does not verify. */
        SIGNATURE_INVALID("signature-invalid", 401),
        /** The id_token's iss is not the registration's issuer. */
        ISSUER_MISMATCH("issuer-mismatch", 401),
        /** The id_token's aud does not contain the tool's client_id. */
        AUDIENCE_MISMATCH("audience-mismatch", 401),
        /** The id_token has several audiences and no azp. */
        AUTHORIZED_PARTY_MISSING("authorized-party-missing", 401),
        /** The id_token's azp is not the tool's client_id. */
        AUTHORIZED_PARTY_MISMATCH("authorized-party-mismatch", 401),
        /** The id_token has no exp. */
        EXPIRY_MISSING("expiry-missing", 401),
        /** The id_token has expired. */
        TOKEN_EXPIRED("token-expired", 401),
        /** The id_token has no iat. */
        ISSUED_AT_MISSING("issued-at-missing", 401),
        /** The id_token's iat is in the future. */
        ISSUED_IN_FUTURE("issued-in-future", 401),
        /** The id_token's nbf is in the future. */
        TOKEN_NOT_YET_VALID("token-not-yet-valid", 401),
        /** The id_token has no nonce. */
        NONCE_MISSING("nonce-missing", 401),
        /** The id_token's sub is present but blank. */
        SUBJECT_BLANK("subject-blank", 401),
        /** The state belongs to no login this tool started. */
        STATE_UNKNOWN("state-unknown", 403),
        /** The state's login was already completed by an earlier launch. */
        STATE_REUSED("state-reused", 403),
        /** The login this launch completes has expired. */
        LOGIN_EXPIRED("login-expired", 403),
        /** The browser presented no login binding (cookie or platform storage). */
        BROWSER_BINDING_MISSING("browser-binding-missing", 403),
        /** The state was issued to a different browser. */
        STATE_NOT_BOUND_TO_BROWSER("state-not-bound-to-browser", 403),
        /** The id_token comes from another platform or client than the login. */
        LOGIN_PLATFORM_MISMATCH("login-platform-mismatch", 403),
        /** The id_token's nonce was already used by an earlier launch. */
        NONCE_REPLAYED("nonce-replayed", 403),
        /** The id_token's nonce is not the one issued for this browser's login. */
        NONCE_NOT_ISSUED_FOR_LOGIN("nonce-not-issued-for-login", 403),
        /** The deployment_id is not registered for this platform. */
        DEPLOYMENT_UNKNOWN("deployment-unknown", 403),
        /** The deployment_id differs from the one named in the login. */
        DEPLOYMENT_MISMATCH("deployment-mismatch", 403),
        /** The target_link_uri differs from the login's. */
        TARGET_LINK_URI_MISMATCH("target-link-uri-mismatch", 403),
        /** The id_token has no LTI version claim. */
        VERSION_MISSING("version-missing", 422),
        /** The LTI version is not 1.3.0. */
        VERSION_UNSUPPORTED("version-unsupported", 422),
        /** The id_token has no LTI message_type claim. */
        MESSAGE_TYPE_MISSING("message-type-missing", 422),
        /** The LTI message type is not one this tool accepts. */
        MESSAGE_TYPE_UNSUPPORTED("message-type-unsupported", 422),
        /** The id_token has no deployment_id claim. */
        DEPLOYMENT_ID_MISSING("deployment-id-missing", 422),
        /** The id_token has no target_link_uri claim. */
        TARGET_LINK_URI_MISSING("target-link-uri-missing", 422),
        /** A resource-link launch has no resource_link claim with an id. */
        RESOURCE_LINK_MISSING("resource-link-missing", 422),
        /** The id_token has no roles claim. */
        ROLES_MISSING("roles-missing", 422),
        /** A deep-linking request has no deep_linking_settings claim. */
        DEEP_LINKING_SETTINGS_MISSING("deep-linking-settings-missing", 422),
        /** A claim has the wrong shape or an invalid value. */
        CLAIM_INVALID("claim-invalid", 422);

        private final String code;
        private final int httpStatus;

        Reason(String code, int httpStatus) {
            this.code = code;
            this.httpStatus = httpStatus;
        }

        /** The stable lower-case hyphenated code. */
        public String code() {
            return code;
        }

        /** The HTTP status to answer with. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /** Validates the arguments. */
    public LaunchRejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String code() {
        return reason.code();
    }

    @Override
    public int httpStatus() {
        return reason.httpStatus();
    }
}
