package org.balint.persistence.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LeadRole;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LeaderLogbook;
import org.balint.core.leadership.LogEntry;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;
import org.balint.core.validation.Validated;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping leader candidates' logs on record")
class KeepingLeaderLogsOnRecordTest {

    private static final MemberId CANDIDATE = new MemberId("dr-lindqvist");
    private static final MemberId SUPERVISOR = new MemberId("dr-abara");
    private static final GroupId HOSPITALISTS = new GroupId("spring-2026-hospitalists");
    private static final GroupId RESIDENTS = new GroupId("autumn-2025-residents");
    private static final ZoneId PROGRAM_ZONE = ZoneId.of("America/St_Johns");
    private static final Instant NOW = Instant.parse("2026-06-30T20:00:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(NOW);
    private final TenantScope tenant = TenantFixture.registered(database, clock);

    /** A year of leading: three sessions led or co-led in two groups, two supervised sessions, two intensives (one over a DST change). */
    private static LeaderLog aYearOfLeading() {
        return new LeaderLog(CANDIDATE,
                List.of(new LedSession(HOSPITALISTS, SessionNumber.of(2), Instant.parse("2026-03-10T23:30:00.000001Z"), LeadRole.LEAD),
                        new LedSession(RESIDENTS, SessionNumber.of(1), Instant.parse("2025-10-01T22:00:00Z"), LeadRole.CO_LEAD),
                        new LedSession(HOSPITALISTS, SessionNumber.of(1), Instant.parse("2026-02-10T23:30:00Z"), LeadRole.CO_LEAD)),
                List.of(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 3, 10)),
                        new SupervisedSession(new MemberId("dr-chen"), LocalDate.of(2025, 11, 2))),
                List.of(new IntensiveAttended("Balint Society leadership intensive, Toronto", LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9)),
                        IntensiveAttended.oneDay("Regional leaders' day", LocalDate.of(1999, 12, 31))));
    }

    private static JpaLeaderLogStore logsOf(TenantScope scope, EntityManager entityManager) {
        return new JpaLeaderLogStore(scope, () -> entityManager);
    }

    private JpaLeaderLogStore logs(EntityManager entityManager) {
        return logsOf(tenant, entityManager);
    }

    private LeaderLogbook logbook(EntityManager entityManager) {
        return new LeaderLogbook(logs(entityManager), clock, PROGRAM_ZONE);
    }

    private Optional<LeaderLog> stored(TenantScope scope, MemberId candidate) {
        return database.inTransaction(em -> logsOf(scope, em).find(candidate));
    }

    private Optional<Long> version(MemberId candidate) {
        return database.inTransaction(em -> logs(em).version(candidate));
    }

    private Validated<LeaderLog> record(LogEntry entry) {
        return database.inTransaction(em -> logbook(em).record(CANDIDATE, entry));
    }

    @Test
    @DisplayName("a log maps to its rows and back unchanged, every list in the core's date order")
    void mappingRoundTrip() {
        LeaderLog log = aYearOfLeading();

        assertThat(LeaderLogMapper.toCore(LeaderLogMapper.toEntity(tenant, log))).isEqualTo(log);
        assertThat(LeaderLogMapper.toCore(LeaderLogMapper.toEntity(tenant, LeaderLog.empty(CANDIDATE)))).isEqualTo(LeaderLog.empty(CANDIDATE));
    }

    @Test
    @DisplayName("a stored log reads back equal to the one saved, calendar days included; a candidate without a log has none")
    void saveAndFind() {
        database.useTransaction(em -> logs(em).save(aYearOfLeading()));

        assertThat(stored(tenant, CANDIDATE)).contains(aYearOfLeading());
        assertThat(stored(tenant, SUPERVISOR)).isEmpty();
        assertThat(version(CANDIDATE)).contains(1L);
    }

    @Test
    @DisplayName("entries recorded one by one through the core's logbook are added to the stored log, one version per entry")
    void throughTheLogbook() {
        Validated<LeaderLog> first = record(new LedSession(HOSPITALISTS, SessionNumber.of(1), NOW.minus(Duration.ofDays(30)), LeadRole.LEAD));
        Validated<LeaderLog> second = record(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 1)));
        Validated<LeaderLog> third = record(IntensiveAttended.oneDay("Leaders' day", LocalDate.of(2026, 5, 20)));

        assertThat(List.of(first, second, third)).allMatch(Validated::isValid);
        assertThat(stored(tenant, CANDIDATE)).contains(third.orElseThrow());
        assertThat(third.orElseThrow().entries()).hasSize(3);
        assertThat(version(CANDIDATE)).contains(3L);
    }

    @Test
    @DisplayName("the logbook's own duplicate check reads the stored log: an entry already on record is refused and nothing changes")
    void logbookRefusesWhatIsOnRecord() {
        record(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 1)));

        Validated<LeaderLog> again = record(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 1)));

        assertThat(again.violations()).extracting(v -> v.code()).containsExactly("duplicate-supervised-session");
        assertThat(version(CANDIDATE)).contains(1L);
    }

    @Test
    @DisplayName("saving the same log again changes nothing, not even the version")
    void unchangedSaveKeepsTheVersion() {
        database.useTransaction(em -> logs(em).save(aYearOfLeading()));

        database.useTransaction(em -> logs(em).save(aYearOfLeading()));

        assertThat(version(CANDIDATE)).contains(1L);
    }

    @Test
    @DisplayName("a led session stored twice is refused as 'duplicate-led-session', and nothing of the transaction is stored")
    void ledSessionOnlyOnce() {
        LedSession session = new LedSession(HOSPITALISTS, SessionNumber.of(4), Instant.parse("2026-04-07T22:30:00Z"), LeadRole.LEAD);
        LeaderLog twice = new LeaderLog(CANDIDATE, List.of(session,
                new LedSession(HOSPITALISTS, SessionNumber.of(4), session.heldAt(), LeadRole.CO_LEAD)), List.of(), List.of());
        MemberId other = new MemberId("dr-other");

        assertThatThrownBy(() -> database.useTransaction(em -> {
            logs(em).save(LeaderLog.empty(other));
            logs(em).save(twice);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("duplicate-led-session");
            assertThat(violation.constraint()).isEqualTo("uq_leader_log_led_session");
        });

        assertThat(stored(tenant, CANDIDATE)).isEmpty();
        assertThat(stored(tenant, other)).as("the transaction's other write").isEmpty();
    }

    @Test
    @DisplayName("a supervised session stored twice is refused as 'duplicate-supervised-session'; the stored log stays as it was")
    void supervisedSessionOnlyOnce() {
        database.useTransaction(em -> logs(em).save(aYearOfLeading()));
        SupervisedSession onRecord = aYearOfLeading().supervisedSessions().get(0);
        LeaderLog withDuplicate = new LeaderLog(CANDIDATE, aYearOfLeading().ledSessions(),
                List.of(onRecord, onRecord, onRecord), aYearOfLeading().intensives());

        assertThatThrownBy(() -> database.useTransaction(em -> logs(em).save(withDuplicate)))
                .isInstanceOfSatisfying(IntegrityViolation.class, violation -> assertThat(violation.code()).isEqualTo("duplicate-supervised-session"));

        assertThat(stored(tenant, CANDIDATE)).contains(aYearOfLeading());
        assertThat(version(CANDIDATE)).contains(1L);
    }

    @Test
    @DisplayName("an intensive stored twice under different capitals is refused as 'duplicate-intensive'")
    void intensiveOnlyOnce() {
        LeaderLog twice = new LeaderLog(CANDIDATE, List.of(), List.of(), List.of(
                IntensiveAttended.oneDay("Leaders' Day", LocalDate.of(2026, 5, 20)),
                new IntensiveAttended("LEADERS' DAY", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 21))));

        assertThatThrownBy(() -> database.useTransaction(em -> logs(em).save(twice)))
                .isInstanceOfSatisfying(IntegrityViolation.class, violation -> assertThat(violation.code()).isEqualTo("duplicate-intensive"));
        assertThat(stored(tenant, CANDIDATE)).isEmpty();
    }

    @Test
    @DisplayName("two entries recorded at once from two sessions: exactly one is stored, the other gets a clear conflict")
    void concurrentEntries() {
        record(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 1)));
        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        EntityTransaction firstTransaction = first.getTransaction();
        EntityTransaction secondTransaction = second.getTransaction();
        try {
            firstTransaction.begin();
            secondTransaction.begin();
            LeaderLogbook firstBook = new LeaderLogbook(logs(first), clock, PROGRAM_ZONE);
            LeaderLogbook secondBook = new LeaderLogbook(logs(second), clock, PROGRAM_ZONE);
            firstBook.logOf(CANDIDATE);
            secondBook.logOf(CANDIDATE);

            firstBook.record(CANDIDATE, IntensiveAttended.oneDay("Leaders' day", LocalDate.of(2026, 5, 20)));
            firstTransaction.commit();
            assertThatThrownBy(() -> secondBook.record(CANDIDATE, new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 8))))
                    .isInstanceOf(OptimisticLockException.class);
        } finally {
            if (firstTransaction.isActive()) {
                firstTransaction.rollback();
            }
            if (secondTransaction.isActive()) {
                secondTransaction.rollback();
            }
            first.close();
            second.close();
        }

        LeaderLog onRecord = stored(tenant, CANDIDATE).orElseThrow();
        assertThat(onRecord.intensives()).hasSize(1);
        assertThat(onRecord.supervisedSessions()).containsExactly(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 6, 1)));
        assertThat(version(CANDIDATE)).contains(2L);
    }

    @Test
    @DisplayName("another institution cannot read this institution's leader log, and keeps its own log for a candidate of the same id")
    void tenantIsolation() {
        TenantScope otherInstitution = TenantFixture.registered(database, clock);
        database.useTransaction(em -> logs(em).save(aYearOfLeading()));

        assertThat(stored(otherInstitution, CANDIDATE)).isEmpty();
        LeaderLog theirs = new LeaderLog(CANDIDATE, List.of(), List.of(new SupervisedSession(SUPERVISOR, LocalDate.of(2026, 1, 5))), List.of());
        database.useTransaction(em -> logsOf(otherInstitution, em).save(theirs));
        assertThat(stored(otherInstitution, CANDIDATE)).contains(theirs);
        assertThat(stored(tenant, CANDIDATE)).contains(aYearOfLeading());
    }
}
