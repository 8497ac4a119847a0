package org.balint.core.group;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a group series meets: its sessions in order, each with a start instant and a duration (the
 * first session may be longer, to allow for introductions), and the time zone the group is shown in.
 * Sessions are numbered from 1 without gaps and never overlap.
 *
 * <p>Start times are instants, so a group whose members live in different zones, or a series that
 * spans a daylight-saving change, is unambiguous; the zone only decides how times are displayed.
 * Schedules are checked and built by {@link GroupDraft}.
 */
public final class GroupSchedule {

    private final ZoneId zone;
    private final List<ScheduledSession> sessions;

    private GroupSchedule(ZoneId zone, List<ScheduledSession> sessions) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.sessions = List.copyOf(sessions);
        if (this.sessions.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one session");
        }
        for (int i = 0; i < this.sessions.size(); i++) {
            if (this.sessions.get(i).number().value() != i + 1) {
                throw new IllegalArgumentException("sessions must be numbered 1.." + this.sessions.size());
            }
            if (i > 0 && this.sessions.get(i).start().isBefore(this.sessions.get(i - 1).end())) {
                throw new IllegalArgumentException(this.sessions.get(i).number() + " starts before "
                        + this.sessions.get(i - 1).number() + " ends");
            }
        }
    }

    /** Builds a schedule whose sessions the caller has already checked (see {@link GroupPolicies}). */
    static GroupSchedule of(ZoneId zone, List<ScheduledSession> sessions) {
        return new GroupSchedule(zone, sessions);
    }

    /**
     * Sessions one week apart at the same local time in {@code zone} (so they stay at 19:00 across a
     * daylight-saving change), the first lasting {@code firstSession} and the rest {@code laterSessions}.
     * The result is input for {@link GroupDraft#schedule(ZoneId, List)}.
     */
    public static List<ScheduledSession> weeklySessions(ZoneId zone, LocalDateTime firstStart, int count,
            Duration firstSession, Duration laterSessions) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstStart, "firstStart");
        Objects.requireNonNull(firstSession, "firstSession");
        Objects.requireNonNull(laterSessions, "laterSessions");
        if (count < 1) {
            throw new IllegalArgumentException("a series has at least one session, got " + count);
        }
        var sessions = new ArrayList<ScheduledSession>(count);
        for (int i = 0; i < count; i++) {
            Instant start = firstStart.plusWeeks(i).atZone(zone).toInstant();
            sessions.add(new ScheduledSession(SessionNumber.of(i + 1), start, i == 0 ? firstSession : laterSessions));
        }
        return List.copyOf(sessions);
    }

    /** The zone the group's times are displayed in. */
    public ZoneId zone() {
        return zone;
    }

    /** Every session, in order. */
    public List<ScheduledSession> sessions() {
        return sessions;
    }

    public int size() {
        return sessions.size();
    }

    public ScheduledSession first() {
        return sessions.get(0);
    }

    public ScheduledSession last() {
        return sessions.get(sessions.size() - 1);
    }

    /** The session with this number; empty when the series has no such session. */
    public Optional<ScheduledSession> session(SessionNumber number) {
        return number.value() <= sessions.size() ? Optional.of(sessions.get(number.value() - 1)) : Optional.empty();
    }

    /** The start of {@code session} in the group's display zone. */
    public ZonedDateTime localStart(ScheduledSession session) {
        return session.start().atZone(zone);
    }

    /** The session under way at {@code instant}, if any. */
    public Optional<ScheduledSession> sessionInProgressAt(Instant instant) {
        return sessions.stream().filter(s -> s.covers(instant)).findFirst();
    }

    /** The first session that starts after {@code instant}; empty once the last one has started. */
    public Optional<ScheduledSession> nextSessionAfter(Instant instant) {
        return sessions.stream().filter(s -> s.start().isAfter(instant)).findFirst();
    }

    /** The sessions that have ended by {@code instant}, in order. */
    public List<ScheduledSession> sessionsHeldBy(Instant instant) {
        return sessions.stream().filter(s -> s.isHeldBy(instant)).toList();
    }

    /** Whether {@code number} exists and has ended by {@code instant}. */
    public boolean isHeldBy(SessionNumber number, Instant instant) {
        return session(number).map(s -> s.isHeldBy(instant)).orElse(false);
    }

    /** Whether the whole series has ended by {@code instant}. */
    public boolean isFinishedBy(Instant instant) {
        return last().isHeldBy(instant);
    }

    /** Whether the first session has started by {@code instant}. */
    public boolean hasStartedBy(Instant instant) {
        return !first().start().isAfter(instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupSchedule other && zone.equals(other.zone) && sessions.equals(other.sessions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, sessions);
    }

    @Override
    public String toString() {
        return sessions.size() + " sessions from " + localStart(first()) + " (" + zone + ")";
    }
}
