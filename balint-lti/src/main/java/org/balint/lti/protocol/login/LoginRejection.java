package org.balint.lti.protocol.login;

import java.util.Objects;

/**
 * Why a login initiation was refused: a stable reason code, a sentence for the person who has to
 * fix it, and the HTTP status to answer with.
 *
 * @param reason  the reason, with its code and status
 * @param message what is wrong and what to do, in one or two sentences
 */
public record LoginRejection(Reason reason, String message) {

    /** The reasons a login initiation is refused. */
    public enum Reason {
        /** A parameter appeared more than once. */
        PARAMETER_REPEATED("parameter-repeated", 400),
        /** No {@code iss}. */
        ISSUER_MISSING("issuer-missing", 400),
        /** No {@code login_hint}. */
        LOGIN_HINT_MISSING("login-hint-missing", 400),
        /** No {@code target_link_uri}. */
        TARGET_LINK_URI_MISSING("target-link-uri-missing", 400),
        /** {@code target_link_uri} is not an absolute http(s) URL. */
        TARGET_LINK_URI_INVALID("target-link-uri-invalid", 400),
        /** {@code target_link_uri} points outside this tool. */
        TARGET_LINK_URI_FOREIGN("target-link-uri-foreign", 400),
        /** No registration for this issuer (and client_id). */
        PLATFORM_UNKNOWN("platform-unknown", 403),
        /** Several registrations share the issuer and the login names no client_id. */
        CLIENT_ID_REQUIRED("client-id-required", 400),
        /** The login names a deployment the registration does not accept. */
        DEPLOYMENT_UNKNOWN("deployment-unknown", 403);

        private final String code;
        private final int httpStatus;

        Reason(String code, int httpStatus) {
            this.code = code;
            this.httpStatus = httpStatus;
        }

        /** The stable lower-case hyphenated reason code. */
        public String code() {
            return code;
        }

        /** The HTTP status to answer with. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /** Validates the arguments. */
    public LoginRejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The stable reason code, e.g. {@code platform-unknown}. */
    public String code() {
        return reason.code();
    }

    /** The HTTP status to answer with. */
    public int httpStatus() {
        return reason.httpStatus();
    }
}
