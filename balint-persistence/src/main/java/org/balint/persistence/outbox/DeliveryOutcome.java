package org.balint.persistence.outbox;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.validation.Violation;

/** What became of a claimed message after its worker reported the delivery result. */
public sealed interface DeliveryOutcome
        permits DeliveryOutcome.Delivered, DeliveryOutcome.RetryScheduled, DeliveryOutcome.DeadLettered, DeliveryOutcome.ClaimLost {

    /** The LMS accepted the message; it will not be sent again. */
    record Delivered(MessageId id, Instant deliveredAt) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }
    }

    /** The attempt failed; the message is due again at {@code nextAttemptAt}. */
    record RetryScheduled(MessageId id, int attemptsSoFar, Instant nextAttemptAt) implements DeliveryOutcome {
        public RetryScheduled {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        }
    }

    /** Delivery was given up; {@code reason} says why, for the person who looks into it. */
    record DeadLettered(MessageId id, String reason) implements DeliveryOutcome {
        public DeadLettered {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The claim had lapsed and the message was claimed again (or already settled) by another worker;
     * nothing was changed. Reason {@code outbox-claim-lost}.
     */
    record ClaimLost(MessageId id, Violation violation) implements DeliveryOutcome {
        public ClaimLost {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(violation, "violation");
        }
    }
}
