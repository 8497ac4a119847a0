package org.balint.core.attendance;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read the times in an attendance report. Video platforms write local times without a zone:
 * {@code zone} is the zone they were written in (the meeting host's account setting). Dates are read
 * month first ({@code 3/15/2026}, as Zoom and Teams write them in US English) unless the report was
 * exported day first ({@code 15/03/2026}); ISO dates ({@code 2026-03-15 18:58:12}) are always accepted.
 */
public record ImportSettings(ZoneId zone, DateOrder dateOrder) {

    /** Whether a slashed date gives the month or the day first. */
    public enum DateOrder {
        MONTH_FIRST, DAY_FIRST
    }

    public ImportSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    /** Times in {@code zone}, dates month first. */
    public static ImportSettings in(ZoneId zone) {
        return new ImportSettings(zone, DateOrder.MONTH_FIRST);
    }

    public ImportSettings dayFirst() {
        return new ImportSettings(zone, DateOrder.DAY_FIRST);
    }
}
