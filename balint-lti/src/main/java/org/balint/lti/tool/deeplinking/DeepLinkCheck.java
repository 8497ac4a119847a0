package org.balint.lti.tool.deeplinking;

import java.util.Objects;

/** The outcome of checking a content-picker form post: its session in force, or refused with a reason. */
public sealed interface DeepLinkCheck {

    /** The session is in force and the CSRF token matches. */
    record Valid(ActiveDeepLink active) implements DeepLinkCheck {
        /** Validates the part. */
        public Valid {
            Objects.requireNonNull(active, "active");
        }
    }

    /** Refused: the HTTP status, reason code and what to do next. */
    record Refused(String code, int status, String message) implements DeepLinkCheck {
        /** Validates the parts. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
