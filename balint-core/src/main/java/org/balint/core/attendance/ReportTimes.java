package org.balint.core.attendance;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the local date-times of attendance reports: Zoom's {@code 03/15/2026 06:58:12 PM}, Teams'
 * {@code 3/15/2026, 6:58:12 PM} (also with a two-digit year or a 24-hour clock) and ISO
 * {@code 2026-03-15 18:58:12}. Seconds are dropped: attendance is kept to the minute.
 */
final class ReportTimes {

    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp][Mm]))?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?");

    private ReportTimes() {
    }

    /** The minute {@code text} names in the settings' zone, or empty when it is not a date-time we read. */
    static Optional<Instant> parse(String text, ImportSettings settings) {
        String trimmed = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(trimmed);
            if (iso.matches()) {
                if (!secondsValid(iso)) {
                    return Optional.empty();
                }
                return Optional.of(instant(LocalDateTime.of(number(iso, 1), number(iso, 2), number(iso, 3),
                        number(iso, 4), number(iso, 5)), settings));
            }
            Matcher slashed = SLASHED.matcher(trimmed);
            if (!slashed.matches() || !secondsValid(slashed)) {
                return Optional.empty();
            }
            boolean monthFirst = settings.dateOrder() == ImportSettings.DateOrder.MONTH_FIRST;
            int month = number(slashed, monthFirst ? 1 : 2);
            int day = number(slashed, monthFirst ? 2 : 1);
            int year = number(slashed, 3);
            if (slashed.group(3).length() == 2) {
                year += 2000;
            }
            int hour = number(slashed, 4);
            String half = slashed.group(7);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean afternoon = half.toUpperCase(Locale.ROOT).equals("PM");
                hour = hour % 12 + (afternoon ? 12 : 0);
            }
            return Optional.of(instant(LocalDateTime.of(year, month, day, hour, number(slashed, 5)), settings));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    private static Instant instant(LocalDateTime local, ImportSettings settings) {
        return ZonedDateTime.ofLocal(local, settings.zone(), null).toInstant().truncatedTo(ChronoUnit.MINUTES);
    }

    private static boolean secondsValid(Matcher matcher) {
        return matcher.group(6) == null || number(matcher, 6) < 60;
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
