package org.balint.core.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * A group's schedule prepared for fast credit evaluation: sessions in number order, their times as
 * epoch minutes, and a direct lookup from session number to position.
 */
final class SessionGrid {

    private final ScheduledSession[] sessions;
    private final long[] start;
    private final long[] end;
    private final int[] positionByNumber;

    private SessionGrid(List<ScheduledSession> ordered) {
        int n = ordered.size();
        sessions = ordered.toArray(new ScheduledSession[0]);
        start = new long[n];
        end = new long[n];
        int highest = 0;
        for (int i = 0; i < n; i++) {
            start[i] = epochMinute(sessions[i].start());
            end[i] = epochMinute(sessions[i].end());
            highest = Math.max(highest, sessions[i].number().value());
        }
        positionByNumber = new int[highest + 1];
        Arrays.fill(positionByNumber, -1);
        for (int i = 0; i < n; i++) {
            positionByNumber[sessions[i].number().value()] = i;
        }
    }

    /** The schedule, or every reason it cannot carry credit. */
    static Validated<SessionGrid> of(List<ScheduledSession> schedule) {
        List<Violation> problems = new ArrayList<>();
        if (schedule.isEmpty()) {
            problems.add(Violation.of("no-sessions-scheduled",
                    "The group has no scheduled sessions: schedule the series before setting up credit."));
        }
        var ordered = new ArrayList<>(schedule);
        ordered.sort(Comparator.comparing(ScheduledSession::number));
        for (int i = 0; i < ordered.size(); i++) {
            ScheduledSession session = ordered.get(i);
            if (i > 0 && ordered.get(i - 1).number().equals(session.number())) {
                problems.add(Violation.of("duplicate-session-number", capitalized(session.number())
                        + " is scheduled twice: give each session its own number."));
            }
            if (!isWholeMinute(session.start()) || session.duration().toSecondsPart() != 0
                    || session.duration().toNanosPart() != 0) {
                problems.add(Violation.of("session-not-whole-minutes", capitalized(session.number())
                        + " does not start and end on whole minutes: attendance and credit are kept to the"
                        + " minute, so schedule it to the minute."));
            }
        }
        return Validated.of(problems, () -> new SessionGrid(ordered));
    }

    static long epochMinute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    static boolean isWholeMinute(Instant instant) {
        return instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0;
    }

    static String capitalized(SessionNumber session) {
        return "Session " + session.value();
    }

    int size() {
        return sessions.length;
    }

    /** The position of {@code number} in the schedule, or -1 when the group has no such session. */
    int positionOf(SessionNumber number) {
        int value = number.value();
        return value < positionByNumber.length ? positionByNumber[value] : -1;
    }

    ScheduledSession session(int position) {
        return sessions[position];
    }

    List<ScheduledSession> sessions() {
        return List.of(sessions);
    }

    long start(int position) {
        return start[position];
    }

    long end(int position) {
        return end[position];
    }

    long scheduledMinutes(int position) {
        return end[position] - start[position];
    }

    /** Counts one session's presence into a policy's tally; see {@link #check}. */
    interface SessionCounter {
        /** A counter for a check that only looks for problems. */
        SessionCounter NONE = (counted, position, presence) -> { };

        void count(int[] counted, int position, List<PresenceInterval> presence);
    }

    /**
     * Every reason {@code attendance} cannot be evaluated for {@code member}: records of another member,
     * of a session the group does not have, or two records for one session. Empty when it can. In the
     * same pass, each record of a known session is handed to {@code counter}, so checking and counting
     * read the attendance once; the tally is only meaningful when nothing was found.
     */
    List<Violation> check(MemberId member, Collection<SessionAttendance> attendance, SessionCounter counter,
            int[] counted) {
        List<Violation> problems = List.of();
        long seenSmall = 0;
        boolean[] seenLarge = sessions.length > 64 ? new boolean[sessions.length] : null;
        for (SessionAttendance record : attendance) {
            if (record.member() != member && !record.member().equals(member)) {
                problems = add(problems, Violation.of("attendance-of-another-member", "The attendance for "
                        + record.session() + " belongs to member " + record.member() + ", not to member " + member
                        + ": evaluate each member with their own attendance."));
            }
            int position = positionOf(record.session());
            if (position < 0) {
                problems = add(problems, Violation.of("attendance-for-unknown-session", "Member "
                        + record.member() + " has attendance for " + record.session()
                        + ", which the group has not scheduled: remove it or schedule that session."));
                continue;
            }
            boolean seen;
            if (seenLarge == null) {
                seen = (seenSmall & (1L << position)) != 0;
                seenSmall |= 1L << position;
            } else {
                seen = seenLarge[position];
                seenLarge[position] = true;
            }
            if (seen) {
                problems = add(problems, Violation.of("duplicate-session-attendance", "Member " + record.member()
                        + " has more than one attendance record for " + record.session()
                        + ": merge them into one record with all presence intervals."));
            } else {
                counter.count(counted, position, record.presence());
            }
        }
        return problems;
    }

    /** {@link #check} without counting. */
    List<Violation> problemsWith(MemberId member, Collection<SessionAttendance> attendance) {
        return check(member, attendance, SessionCounter.NONE, new int[0]);
    }

    private static List<Violation> add(List<Violation> problems, Violation violation) {
        List<Violation> grown = problems.isEmpty() ? new ArrayList<>() : problems;
        grown.add(violation);
        return grown;
    }
}
