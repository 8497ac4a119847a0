package org.balint.lti.tool.gradebook;

import java.time.Instant;
import java.util.Objects;

/** Where a member's latest credit result stands on its way to the LMS gradebook, as a leader sees it. */
public sealed interface MemberSyncStatus {

    /** No credit result is recorded for the member (or none was ever sent to the gradebook). */
    record NothingToSend() implements MemberSyncStatus {
    }

    /**
     * Waiting for its first attempt, or being delivered right now.
     *
     * @param revision the revision of the result
     * @param since    when it was handed to the outbox
     */
    record Pending(int revision, Instant since) implements MemberSyncStatus {
        /** Validates the arguments. */
        public Pending {
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * In the gradebook.
     *
     * @param revision    the revision of the result
     * @param deliveredAt when the LMS accepted it
     */
    record Delivered(int revision, Instant deliveredAt) implements MemberSyncStatus {
        /** Validates the arguments. */
        public Delivered {
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }
    }

    /**
     * An attempt failed; it will be tried again.
     *
     * @param revision      the revision of the result
     * @param attempts      attempts so far
     * @param nextAttemptAt when it is tried next
     * @param lastError     what went wrong last time
     */
    record Retrying(int revision, int attempts, Instant nextAttemptAt, String lastError) implements MemberSyncStatus {
        /** Validates the arguments. */
        public Retrying {
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
            Objects.requireNonNull(lastError, "lastError");
        }
    }

    /**
     * Given up: the LMS refused it for good, or it kept failing.
     *
     * @param revision the revision of the result
     * @param code     a stable reason code, e.g. {@code user-not-gradable}
     * @param reason   a sentence saying what happened and what to do next
     */
    record Failed(int revision, String code, String reason) implements MemberSyncStatus {
        /** Validates the arguments. */
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
