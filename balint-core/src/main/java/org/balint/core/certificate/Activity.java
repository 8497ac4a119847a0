package org.balint.core.certificate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The certified activity: the series as a certificate names it, with its format and the dates of its
 * first and last sessions.
 *
 * @param title     the title accreditors approved, e.g. "Balint group for family physicians, spring 2026"
 * @param format    live or online
 * @param firstDate the date of the first session, in the group's time zone
 * @param lastDate  the date of the last session, in the group's time zone
 */
public record Activity(String title, ActivityFormat format, LocalDate firstDate, LocalDate lastDate) {

    public Activity {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(lastDate, "lastDate");
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("an activity needs a title");
        }
        if (lastDate.isBefore(firstDate)) {
            throw new IllegalArgumentException("the last date " + lastDate + " is before the first " + firstDate);
        }
    }

    /**
     * The activity for a series: its dates are those of the first and last scheduled sessions, as the
     * calendar reads in {@code zone} (the group's time zone). Answers with every problem found.
     */
    public static Validated<Activity> of(String title, ActivityFormat format, List<ScheduledSession> schedule,
            ZoneId zone) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(zone, "zone");
        List<Violation> problems = new ArrayList<>(2);
        if (title.isBlank()) {
            problems.add(Violation.of("activity-title-missing",
                    "The activity has no title: enter the title the accreditor approved."));
        }
        if (schedule.isEmpty()) {
            problems.add(Violation.of("no-sessions-scheduled",
                    "The activity has no scheduled sessions, so it has no dates: schedule the series first."));
        }
        return Validated.of(problems, () -> {
            var first = schedule.stream().min(Comparator.comparing(ScheduledSession::start)).orElseThrow();
            var last = schedule.stream().max(Comparator.comparing(ScheduledSession::start)).orElseThrow();
            return new Activity(title, format, first.start().atZone(zone).toLocalDate(),
                    last.start().atZone(zone).toLocalDate());
        });
    }
}
