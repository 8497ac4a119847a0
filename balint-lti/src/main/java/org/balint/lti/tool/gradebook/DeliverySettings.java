package org.balint.lti.tool.gradebook;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link GradebookDelivery} works through the outbox.
 *
 * @param workers      how many workers deliver at once (and so how many score requests are in flight at most), 1 to 64
 * @param batchSize    how many messages a worker claims at a time, 1 to 500
 * @param idlePause    how long a worker waits before looking again when nothing was due, positive
 * @param staleResends how many times one attempt re-sends a score with a newer timestamp after the
 *                     platform answered that a newer one is there, 0 to 10
 */
public record DeliverySettings(int workers, int batchSize, Duration idlePause, int staleResends) {

    /** Validates the arguments. */
    public DeliverySettings {
        Objects.requireNonNull(idlePause, "idlePause");
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be between 1 and 64: " + workers);
        }
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("batchSize must be between 1 and 500: " + batchSize);
        }
        if (idlePause.isNegative() || idlePause.isZero()) {
            throw new IllegalArgumentException("idlePause must be positive");
        }
        if (staleResends < 0 || staleResends > 10) {
            throw new IllegalArgumentException("staleResends must be between 0 and 10: " + staleResends);
        }
    }

    /** Eight workers claiming 16 messages at a time, looking again after a second when idle, three re-sends. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(8, 16, Duration.ofSeconds(1), 3);
    }
}
