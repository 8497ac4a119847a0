package org.balint.lti.tool.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the administrators' pages write instants and durations: UTC, to the minute, in words. */
final class AdminTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** A long identifier (key id, URL) that may wrap anywhere, so a phone-wide page does not scroll sideways. */
    static final String WRAP = " style=\"overflow-wrap:anywhere\"";

    private AdminTexts() {
    }

    /** {@code at} as "29 November 2026, 08:44 UTC". */
    static String when(Instant at) {
        return WHEN.format(at);
    }

    /** {@code age} as "12 days 3 hours", "5 hours 2 minutes" or "under a minute". */
    static String duration(Duration age) {
        long days = age.toDays();
        long hours = age.toHoursPart();
        long minutes = age.toMinutesPart();
        if (days > 0) {
            return CoursePages.plural((int) Math.min(days, Integer.MAX_VALUE), "day")
                    + (hours > 0 ? " " + CoursePages.plural((int) hours, "hour") : "");
        }
        if (hours > 0) {
            return CoursePages.plural((int) hours, "hour") + (minutes > 0 ? " " + CoursePages.plural((int) minutes, "minute") : "");
        }
        return minutes > 0 ? CoursePages.plural((int) minutes, "minute") : "under a minute";
    }
}
