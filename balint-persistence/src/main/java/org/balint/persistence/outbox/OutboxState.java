package org.balint.persistence.outbox;

/** Where a message to the LMS stands. */
public enum OutboxState {
    /** Waiting for delivery (or being delivered by a worker that claimed it). */
    PENDING,
    /** The LMS accepted it. */
    DELIVERED,
    /** Delivery was given up: permanently refused, or still failing after the last allowed attempt. */
    DEAD
}
