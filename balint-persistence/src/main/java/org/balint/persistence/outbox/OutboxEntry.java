package org.balint.persistence.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one outbox message stands, as shown to an operator looking into deliveries to the LMS.
 *
 * @param id             the message
 * @param kind           what sort of message it is
 * @param idempotencyKey the fact it reports
 * @param state          pending, delivered or dead
 * @param attempts       delivery attempts started so far
 * @param createdAt      when the decision that caused it was stored
 * @param nextAttemptAt  when it is next due (for a claimed message: when the claim lapses)
 * @param lastError      what went wrong on the last failed attempt, if one failed
 * @param deadReason     for a dead message: why delivery was given up
 * @param deliveredAt    for a delivered message: when the LMS accepted it
 */
public record OutboxEntry(MessageId id, String kind, String idempotencyKey, OutboxState state, int attempts, Instant createdAt,
        Instant nextAttemptAt, Optional<String> lastError, Optional<String> deadReason, Optional<Instant> deliveredAt) {

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(deadReason, "deadReason");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
