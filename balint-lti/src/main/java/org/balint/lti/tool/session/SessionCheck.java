package org.balint.lti.tool.session;

import java.util.Objects;

/** The outcome of checking a page request's session: in force, or refused with a reason. */
public sealed interface SessionCheck permits SessionCheck.Valid, SessionCheck.Refused {

    /** The session is in force. */
    record Valid(ActiveSession active) implements SessionCheck {
        /** Validates the part. */
        public Valid {
            Objects.requireNonNull(active, "active");
        }
    }

    /** The session was refused. */
    record Refused(SessionRefusal reason) implements SessionCheck {
        /** Validates the part. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
