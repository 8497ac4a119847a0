package org.balint.lti.protocol.services.grades;

import java.time.Duration;
import java.util.Objects;

/** What became of a published score. */
public sealed interface ScoreOutcome {

    /**
     * The platform took the score.
     *
     * @param httpStatus the 2xx status it answered
     */
    record Delivered(int httpStatus) implements ScoreOutcome {
    }

    /**
     * Not taken now, may succeed later: the platform is busy, failing or unreachable.
     *
     * @param after  how long to wait: the platform's {@code Retry-After}, else the configured default
     * @param reason what happened, for the log
     */
    record RetryLater(Duration after, String reason) implements ScoreOutcome {

        /** Validates the arguments. */
        public RetryLater {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(reason, "reason");
            if (after.isNegative()) {
                throw new IllegalArgumentException("after must not be negative");
            }
        }
    }

    /**
     * The platform already holds a score for this user and line item with this or a newer timestamp.
     * Send the latest value again with a newer timestamp.
     *
     * @param reason what the platform said
     */
    record Stale(String reason) implements ScoreOutcome {

        /** Validates the argument. */
        public Stale {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Refused for good: sending the same score again will not help.
     *
     * @param code   a stable reason code, e.g. {@code user-not-gradable}
     * @param reason a sentence for people saying what happened and what to do
     */
    record Rejected(String code, String reason) implements ScoreOutcome {

        /** Validates the arguments. */
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
