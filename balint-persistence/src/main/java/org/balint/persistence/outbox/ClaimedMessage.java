package org.balint.persistence.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A message a worker has claimed for delivery. The claim is the worker's alone until
 * {@link #claimedUntil()}; the worker delivers the payload and then reports the result with exactly
 * one of {@link Outbox#markDelivered}, {@link Outbox#retryLater} or {@link Outbox#deadLetter}. A
 * claim that lapsed and was taken over by another worker is refused as
 * {@link DeliveryOutcome.ClaimLost}.
 */
public final class ClaimedMessage {

    private final MessageId id;
    private final String kind;
    private final String idempotencyKey;
    private final String payload;
    private final int attempt;
    private final Instant claimedUntil;
    private final long claimVersion;

    ClaimedMessage(MessageId id, String kind, String idempotencyKey, String payload, int attempt, Instant claimedUntil,
            long claimVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.attempt = attempt;
        this.claimedUntil = Objects.requireNonNull(claimedUntil, "claimedUntil");
        this.claimVersion = claimVersion;
    }

    public MessageId id() {
        return id;
    }

    /** What sort of message this is, for example {@code gradebook-score}. */
    public String kind() {
        return kind;
    }

    /** The fact the message reports; send it to the LMS where it accepts one, so it can ignore repeats. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The JSON body to deliver. */
    public String payload() {
        return payload;
    }

    /** Which delivery attempt this claim is, counting from 1. */
    public int attempt() {
        return attempt;
    }

    /** When the claim lapses and another worker may take the message over. */
    public Instant claimedUntil() {
        return claimedUntil;
    }

    long claimVersion() {
        return claimVersion;
    }

    @Override
    public String toString() {
        return id + " (" + kind + ", " + idempotencyKey + "), attempt " + attempt;
    }
}
