package org.balint.core.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * One line of a leader candidate's development log: a Balint group session they led or co-led, a
 * session of theirs that a supervisor supervised, or an intensive they attended. Entries are checked
 * against the log and the clock by {@link LeaderLogbook#record}; the constructors only refuse missing
 * values.
 */
public sealed interface LogEntry permits LogEntry.LedSession, LogEntry.SupervisedSession, LogEntry.IntensiveAttended {

    /**
     * A session the candidate led or co-led: which group, which session of its series, when it was
     * held (the session's start) and the candidate's role.
     */
    record LedSession(GroupId group, SessionNumber session, Instant heldAt, LeadRole role) implements LogEntry {
        public LedSession {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(heldAt, "heldAt");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A session supervised by {@code supervisor}, an experienced leader, on {@code date}. */
    record SupervisedSession(MemberId supervisor, LocalDate date) implements LogEntry {
        public SupervisedSession {
            Objects.requireNonNull(supervisor, "supervisor");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A leadership intensive (a training workshop of one or more days) the candidate attended. */
    record IntensiveAttended(String name, LocalDate firstDay, LocalDate lastDay) implements LogEntry {
        public IntensiveAttended {
            name = Objects.requireNonNull(name, "name").strip();
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
        }

        /** An intensive held on a single day. */
        public static IntensiveAttended oneDay(String name, LocalDate day) {
            return new IntensiveAttended(name, day, day);
        }
    }
}
