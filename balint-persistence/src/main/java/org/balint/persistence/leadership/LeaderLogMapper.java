package org.balint.persistence.leadership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;
import org.balint.persistence.mapping.ChildRows;

/**
 * Maps a {@link LeaderLog} to its rows and back. Each entry is matched to its row by what makes it the
 * same entry for the core (a led session by group and session number, a supervised session by
 * supervisor and day, an intensive by its name ignoring case and its first day), so saving a grown log
 * only inserts the new entries. Two entries that are the same entry get two rows, which the
 * database's unique constraints refuse: an entry cannot be stored twice.
 */
final class LeaderLogMapper {

    static final int MAX_ID = 255;
    /** The longest intensive name the core's logbook accepts. */
    static final int MAX_INTENSIVE_NAME = 200;

    private LeaderLogMapper() {
    }

    /** The log the rows hold, each list in the core's date order. */
    static LeaderLog toCore(LeaderLogEntity entity) {
        List<LedSession> led = new ArrayList<>();
        entity.ledSessions().forEach(row -> led.add(new LedSession(new GroupId(row.groupId()), new SessionNumber(row.sessionNumber()),
                row.heldAt(), row.role())));
        List<SupervisedSession> supervised = new ArrayList<>();
        entity.supervisedSessions().forEach(row -> supervised.add(new SupervisedSession(new MemberId(row.supervisorId()), row.date())));
        List<IntensiveAttended> intensives = new ArrayList<>();
        entity.intensives().forEach(row -> intensives.add(new IntensiveAttended(row.name(), row.firstDay(), row.lastDay())));
        return new LeaderLog(new MemberId(entity.candidateId()), led, supervised, intensives);
    }

    /** New rows for {@code log}, owned by {@code owner}. */
    static LeaderLogEntity toEntity(TenantScope owner, LeaderLog log) {
        LeaderLogEntity entity = new LeaderLogEntity(owner, fitting(log.candidate().value(), MAX_ID, "member id"));
        apply(owner, log, entity);
        return entity;
    }

    /** {@code log} as it reads back once stored (instants to the microsecond). */
    static LeaderLog storable(TenantScope owner, LeaderLog log) {
        return toCore(toEntity(owner, log));
    }

    /** Makes the rows of {@code entity} hold {@code log}, which is the same candidate's. */
    static void apply(TenantScope owner, LeaderLog log, LeaderLogEntity entity) {
        ChildRows.reconcile(entity.ledSessions(), log.ledSessions(), row -> List.of(row.groupId(), row.sessionNumber()),
                session -> List.of(session.group().value(), session.session().value()),
                session -> new LedSessionEntity(owner, entity, fitting(session.group().value(), MAX_ID, "group id"),
                        session.session().value()),
                (row, session) -> row.held(UtcTimestampConverter.storable(session.heldAt()), session.role()));
        ChildRows.reconcile(entity.supervisedSessions(), log.supervisedSessions(), row -> List.of(row.supervisorId(), row.date()),
                session -> List.of(session.supervisor().value(), session.date()),
                session -> new SupervisedSessionEntity(owner, entity, fitting(session.supervisor().value(), MAX_ID, "member id"),
                        session.date()),
                (row, session) -> {
                });
        ChildRows.reconcile(entity.intensives(), log.intensives(), row -> List.of(row.nameKey(), row.firstDay()),
                intensive -> List.of(nameKey(intensive), intensive.firstDay()),
                intensive -> new IntensiveEntity(owner, entity, nameKey(intensive), intensive.firstDay()),
                (row, intensive) -> row.attended(intensive.name(), intensive.lastDay()));
    }

    private static String nameKey(IntensiveAttended intensive) {
        return fitting(intensive.name(), MAX_INTENSIVE_NAME, "intensive name").toLowerCase(Locale.ROOT);
    }

    private static String fitting(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException("a " + what + " of " + value.length() + " characters cannot be stored; at most " + max
                    + " are");
        }
        return value;
    }
}
