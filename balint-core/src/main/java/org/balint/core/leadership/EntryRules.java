package org.balint.core.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;
import org.balint.core.validation.Violation;

/**
 * What a log entry must satisfy: nothing in the future, no entry twice, a supervisor other than the
 * candidate, an intensive with a name and its days in order.
 */
final class EntryRules {

    static final int MAX_INTENSIVE_NAME_LENGTH = 200;

    private EntryRules() {
    }

    /** Every reason {@code entry} cannot be added to {@code log} at {@code now}, {@code today} being the local date. */
    static List<Violation> check(LeaderLog log, LogEntry entry, Instant now, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (entry instanceof LedSession session) {
            checkLed(log, session, now, violations);
        } else if (entry instanceof SupervisedSession session) {
            checkSupervised(log, session, today, violations);
        } else if (entry instanceof IntensiveAttended intensive) {
            checkIntensive(log, intensive, today, violations);
        }
        return violations;
    }

    private static void checkLed(LeaderLog log, LedSession session, Instant now, List<Violation> violations) {
        if (session.heldAt().isAfter(now)) {
            violations.add(Violation.of("date-in-future", session.session() + " of group " + session.group()
                    + " is dated " + session.heldAt() + ", which has not happened yet; log it after the session"));
        }
        log.ledSessions().stream()
                .filter(logged -> logged.group().equals(session.group()) && logged.session().equals(session.session()))
                .findFirst()
                .ifPresent(logged -> violations.add(Violation.of("duplicate-led-session", session.session()
                        + " of group " + session.group() + " is already in the log (" + logged.role().label()
                        + " on " + logged.heldAt() + ")")));
    }

    private static void checkSupervised(LeaderLog log, SupervisedSession session, LocalDate today,
            List<Violation> violations) {
        if (session.supervisor().equals(log.candidate())) {
            violations.add(Violation.of("supervisor-is-candidate", "a supervised session needs a supervisor other"
                    + " than the candidate; name the leader who supervised it"));
        }
        if (session.date().isAfter(today)) {
            violations.add(Violation.of("date-in-future", "the supervised session is dated " + session.date()
                    + ", after today (" + today + "); log it after it has taken place"));
        }
        if (log.supervisedSessions().contains(session)) {
            violations.add(Violation.of("duplicate-supervised-session", "a session supervised by "
                    + session.supervisor() + " on " + session.date() + " is already in the log"));
        }
    }

    private static void checkIntensive(LeaderLog log, IntensiveAttended intensive, LocalDate today,
            List<Violation> violations) {
        if (intensive.name().isEmpty()) {
            violations.add(Violation.of("blank-intensive-name", "name the intensive (for example the organiser"
                    + " and place) so that it can be verified"));
        } else if (intensive.name().length() > MAX_INTENSIVE_NAME_LENGTH) {
            violations.add(Violation.of("intensive-name-too-long", "the intensive's name is "
                    + intensive.name().length() + " characters; shorten it to at most " + MAX_INTENSIVE_NAME_LENGTH));
        }
        if (intensive.lastDay().isBefore(intensive.firstDay())) {
            violations.add(Violation.of("intensive-dates-inverted", "the intensive ends on " + intensive.lastDay()
                    + ", before it starts on " + intensive.firstDay() + "; check the dates"));
        }
        if (intensive.lastDay().isAfter(today)) {
            violations.add(Violation.of("date-in-future", "the intensive ends on " + intensive.lastDay()
                    + ", after today (" + today + "); log it once it has ended"));
        }
        String name = intensive.name().toLowerCase(Locale.ROOT);
        log.intensives().stream()
                .filter(logged -> logged.name().toLowerCase(Locale.ROOT).equals(name)
                        && logged.firstDay().equals(intensive.firstDay()))
                .findFirst()
                .ifPresent(logged -> violations.add(Violation.of("duplicate-intensive", "the intensive \""
                        + logged.name() + "\" starting " + logged.firstDay() + " is already in the log")));
    }
}
