package org.balint.lti.tool.platform;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * What a retention purge of a platform would remove now, and the value that confirms it once.
 *
 * @param period       the retention period, counted from the end of each series
 * @param at           when the preview was counted
 * @param deployments  the deployments whose records were counted
 * @param counts       how many records are past retention
 * @param confirmation the one-time value the purge must present
 */
public record RetentionPreview(Period period, Instant at, List<String> deployments, RetentionCounts counts,
        String confirmation) {

    /** Validates and copies the parts. */
    public RetentionPreview {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
        deployments = List.copyOf(deployments);
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(confirmation, "confirmation");
    }
}
