package org.balint.persistence.outbox;

import java.util.Objects;
import org.balint.core.validation.Violation;

/** What {@link Outbox#enqueue} did with a message. */
public sealed interface EnqueueOutcome permits EnqueueOutcome.Enqueued, EnqueueOutcome.AlreadyEnqueued {

    /** The message is stored and will be delivered once the caller's transaction commits. */
    record Enqueued(MessageId id) implements EnqueueOutcome {
        public Enqueued {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A message with the same idempotency key was enqueued before (typically by an earlier run of the
     * same decision); nothing new was stored, and the caller's transaction is unaffected.
     *
     * @param existing  the message already in the outbox
     * @param violation reason {@code duplicate-outbox-message}, with a sentence saying so
     */
    record AlreadyEnqueued(MessageId existing, Violation violation) implements EnqueueOutcome {
        public AlreadyEnqueued {
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(violation, "violation");
        }
    }
}
