package org.balint.persistence.outbox;

/** Identifies one stored outbox message within its tenant. */
public record MessageId(long value) {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("message ids are positive: " + value);
        }
    }

    @Override
    public String toString() {
        return "message " + value;
    }
}
