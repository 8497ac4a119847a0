package org.balint.core.leadership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;

/**
 * A leader candidate's development log: the sessions they led or co-led, their supervised sessions and
 * the intensives they attended, each list in date order. The log only grows, through
 * {@link LeaderLogbook#record}; every entry in it has passed the logbook's checks.
 */
public record LeaderLog(MemberId candidate, List<LedSession> ledSessions, List<SupervisedSession> supervisedSessions,
        List<IntensiveAttended> intensives) {

    public LeaderLog {
        Objects.requireNonNull(candidate, "candidate");
        ledSessions = sorted(ledSessions, Comparator.comparing(LedSession::heldAt)
                .thenComparing(s -> s.group().value()).thenComparing(LedSession::session));
        supervisedSessions = sorted(supervisedSessions, Comparator.comparing(SupervisedSession::date)
                .thenComparing(SupervisedSession::supervisor));
        intensives = sorted(intensives, Comparator.comparing(IntensiveAttended::firstDay)
                .thenComparing(IntensiveAttended::name));
    }

    /** A candidate's log before anything is recorded. */
    public static LeaderLog empty(MemberId candidate) {
        return new LeaderLog(candidate, List.of(), List.of(), List.of());
    }

    /** Every entry, in no particular order across kinds. */
    public List<LogEntry> entries() {
        var entries = new ArrayList<LogEntry>(ledSessions);
        entries.addAll(supervisedSessions);
        entries.addAll(intensives);
        return List.copyOf(entries);
    }

    /** This log with {@code entry} added; the caller has checked it. */
    LeaderLog with(LogEntry entry) {
        var led = new ArrayList<>(ledSessions);
        var supervised = new ArrayList<>(supervisedSessions);
        var attended = new ArrayList<>(intensives);
        if (entry instanceof LedSession session) {
            led.add(session);
        } else if (entry instanceof SupervisedSession session) {
            supervised.add(session);
        } else if (entry instanceof IntensiveAttended intensive) {
            attended.add(intensive);
        }
        return new LeaderLog(candidate, led, supervised, attended);
    }

    private static <T> List<T> sorted(List<T> entries, Comparator<T> order) {
        var copy = new ArrayList<>(entries);
        copy.forEach(e -> Objects.requireNonNull(e, "entry"));
        copy.sort(order);
        return List.copyOf(copy);
    }
}
