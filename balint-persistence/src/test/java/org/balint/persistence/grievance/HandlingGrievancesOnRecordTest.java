package org.balint.persistence.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.grievance.Disclosure;
import org.balint.core.grievance.Grievance;
import org.balint.core.grievance.GrievanceDesk;
import org.balint.core.grievance.GrievanceFiling;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.grievance.GrievanceRouting;
import org.balint.core.grievance.GrievanceStatus;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Handling grievances on record")
class HandlingGrievancesOnRecordTest {

    private static final GroupId GROUP = new GroupId("spring-2026-hospitalists");
    private static final MemberId COMPLAINANT = new MemberId("dana");
    private static final MemberId CHAIR = new MemberId("chair-okafor");
    private static final Instant FILED = Instant.parse("2026-04-02T16:20:11.000123Z");
    private static final String TEXT = "Sessions started twenty minutes late four times, and the co-leader answered email during the group.";

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(FILED);
    private final TenantScope tenant = TenantFixture.registered(database, clock);

    /** A grievance the chair has resolved: received, routed by the system, acknowledged and resolved, anonymous toward faculty. */
    private static Grievance aResolvedAnonymousGrievance(String reference) {
        GrievanceId id = new GrievanceId(reference);
        Instant acknowledged = FILED.plus(Duration.ofHours(20));
        Instant resolved = FILED.plus(Duration.ofDays(9));
        return new Grievance(id, GROUP, COMPLAINANT, TEXT, Disclosure.ANONYMOUS_TO_FACULTY, CHAIR, GrievanceStatus.RESOLVED, FILED,
                Optional.of(acknowledged), Optional.of(resolved), Optional.of("Start times are now kept; the co-leader apologised."),
                List.of(new AuditEntry(FILED, new Actor.Person(COMPLAINANT), "grievance-received", "grievance " + id + " received"),
                        new AuditEntry(FILED, new Actor.Process("grievance routing"), "grievance-routed", "grievance " + id + " routed"),
                        new AuditEntry(acknowledged, new Actor.Person(CHAIR), "grievance-acknowledged", "acknowledged"),
                        new AuditEntry(resolved, new Actor.Person(CHAIR), "grievance-resolved", "resolved with a note")));
    }

    /** A grievance just received, not yet acknowledged. */
    private static Grievance aNewGrievance(String reference, Instant at) {
        GrievanceId id = new GrievanceId(reference);
        return new Grievance(id, GROUP, COMPLAINANT, TEXT, Disclosure.NAMED, CHAIR, GrievanceStatus.RECEIVED, at, Optional.empty(),
                Optional.empty(), Optional.empty(),
                List.of(new AuditEntry(at, new Actor.Person(COMPLAINANT), "grievance-received", "grievance " + id + " received")));
    }

    private static JpaGrievanceStore grievancesOf(TenantScope scope, EntityManager entityManager) {
        return new JpaGrievanceStore(scope, () -> entityManager);
    }

    private JpaGrievanceStore grievances(EntityManager entityManager) {
        return grievancesOf(tenant, entityManager);
    }

    private GrievanceDesk desk(EntityManager entityManager) {
        return new GrievanceDesk(grievances(entityManager), GrievanceRouting.toChair(CHAIR), clock);
    }

    private Optional<Grievance> stored(TenantScope scope, GrievanceId id) {
        return database.inTransaction(em -> grievancesOf(scope, em).find(id));
    }

    private List<Grievance> listed(TenantScope scope, GroupId group) {
        return database.inTransaction(em -> grievancesOf(scope, em).forGroup(group));
    }

    private Optional<Long> version(GrievanceId id) {
        return database.inTransaction(em -> grievances(em).version(id));
    }

    private GrievanceId nextId(TenantScope scope) {
        return database.inTransaction(em -> grievancesOf(scope, em).nextId());
    }

    @Test
    @DisplayName("a grievance maps to its rows and back unchanged: times, resolution, disclosure and the audit trail in order, with people and processes as actors")
    void mappingRoundTrip() {
        Grievance resolved = aResolvedAnonymousGrievance("GRV-00077");
        Grievance received = aNewGrievance("GRV-00078", FILED);

        assertThat(GrievanceMapper.toCore(GrievanceMapper.toEntity(tenant, resolved))).isEqualTo(resolved);
        assertThat(GrievanceMapper.toCore(GrievanceMapper.toEntity(tenant, received))).isEqualTo(received);
    }

    @Test
    @DisplayName("a grievance filed, acknowledged and resolved through the core's desk reads back as the chair left it, one version per step")
    void throughTheDesk() {
        Grievance filed = database.inTransaction(em -> desk(em).file(new GrievanceFiling(COMPLAINANT, GROUP, TEXT,
                Disclosure.ANONYMOUS_TO_FACULTY))).orElseThrow();
        clock.advance(Duration.ofHours(30));
        Validated<Grievance> acknowledged = database.inTransaction(em -> desk(em).acknowledge(filed.id(), CHAIR));
        clock.advance(Duration.ofDays(6));
        Validated<Grievance> resolved = database.inTransaction(em -> desk(em).resolve(filed.id(), CHAIR, "Discussed with the leaders."));

        assertThat(filed.id()).isEqualTo(new GrievanceId("GRV-00001"));
        assertThat(acknowledged.isValid()).isTrue();
        assertThat(stored(tenant, filed.id())).contains(resolved.orElseThrow());
        assertThat(resolved.orElseThrow().trail()).hasSize(4);
        assertThat(version(filed.id())).contains(3L);
    }

    @Test
    @DisplayName("a step the core refuses stores nothing: the stored grievance and its version stay as they were")
    void refusedStepStoresNothing() {
        Grievance filed = database.inTransaction(em -> desk(em).file(new GrievanceFiling(COMPLAINANT, GROUP, TEXT,
                Disclosure.NAMED))).orElseThrow();

        Validated<Grievance> early = database.inTransaction(em -> desk(em).resolve(filed.id(), CHAIR, "Too early."));

        assertThat(early.violations()).extracting(v -> v.code()).contains("grievance-not-acknowledged");
        assertThat(stored(tenant, filed.id())).contains(filed);
        assertThat(version(filed.id())).contains(1L);
    }

    @Test
    @DisplayName("references are issued per institution, GRV-00001 onwards, and a reference already taken is skipped")
    void referencesPerInstitution() {
        TenantScope otherInstitution = TenantFixture.registered(database, clock);
        database.useTransaction(em -> grievances(em).save(aNewGrievance("GRV-00002", FILED)));

        GrievanceId first = nextId(tenant);
        GrievanceId second = nextId(tenant);
        GrievanceId othersFirst = nextId(otherInstitution);

        assertThat(first).isEqualTo(new GrievanceId("GRV-00001"));
        assertThat(second).as("GRV-00002 is taken").isEqualTo(new GrievanceId("GRV-00003"));
        assertThat(othersFirst).isEqualTo(new GrievanceId("GRV-00001"));
    }

    @Test
    @DisplayName("a filing that rolls back gives its reference number back")
    void rolledBackFilingGivesTheNumberBack() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            grievances(em).nextId();
            throw new IllegalStateException("the filing failed after the reference was issued");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(nextId(tenant)).isEqualTo(new GrievanceId("GRV-00001"));
    }

    @Test
    @DisplayName("an unknown reference is not found; the group's grievances are listed oldest first")
    void findAndList() {
        Grievance older = aResolvedAnonymousGrievance("GRV-00010");
        Grievance newer = aNewGrievance("GRV-00009", FILED.plus(Duration.ofDays(1)));
        database.useTransaction(em -> {
            grievances(em).save(newer);
            grievances(em).save(older);
        });

        assertThat(stored(tenant, new GrievanceId("GRV-99999"))).isEmpty();
        assertThat(listed(tenant, GROUP)).containsExactly(older, newer);
        assertThat(listed(tenant, new GroupId("autumn-2026-residents"))).isEmpty();
    }

    @Test
    @DisplayName("the committee's queue lists the institution's grievances about every group, oldest first")
    void queueAcrossGroups() {
        Grievance older = aNewGrievance("GRV-00003", FILED);
        Grievance other = new Grievance(new GrievanceId("GRV-00004"), new GroupId("autumn-2026-residents"), COMPLAINANT,
                TEXT, Disclosure.NAMED, CHAIR, GrievanceStatus.RECEIVED, FILED.plus(Duration.ofHours(2)), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new AuditEntry(FILED.plus(Duration.ofHours(2)),
                        new Actor.Person(COMPLAINANT), "grievance-received", "grievance GRV-00004 received")));
        database.useTransaction(em -> {
            grievances(em).save(other);
            grievances(em).save(older);
        });

        List<Grievance> queue = database.inTransaction(em -> grievances(em).all());
        assertThat(queue).containsExactly(older, other);
    }

    @Test
    @DisplayName("two grievances stored under the same reference at the same moment: the loser gets 'grievance-reference-taken' and nothing of its transaction is stored")
    void referencesAreUniquePerInstitution() {
        database.useTransaction(em -> grievances(em).save(aNewGrievance("GRV-00005", FILED)));

        assertThatThrownBy(() -> database.useTransaction(em -> {
            grievances(em).save(aNewGrievance("GRV-00006", FILED));
            em.persist(GrievanceMapper.toEntity(tenant, aResolvedAnonymousGrievance("GRV-00005")));
            JpaGrievanceStore.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("grievance-reference-taken");
            assertThat(violation.constraint()).isEqualTo("uq_grievance_reference");
        });

        assertThat(stored(tenant, new GrievanceId("GRV-00006"))).as("the loser's other write").isEmpty();
        assertThat(stored(tenant, new GrievanceId("GRV-00005"))).contains(aNewGrievance("GRV-00005", FILED));
    }

    @Test
    @DisplayName("the chair acknowledging the same grievance from two sessions at once: exactly one step is stored, the other gets a clear conflict")
    void concurrentSteps() {
        Grievance filed = database.inTransaction(em -> desk(em).file(new GrievanceFiling(COMPLAINANT, GROUP, TEXT,
                Disclosure.NAMED))).orElseThrow();
        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            desk(first).grievance(filed.id());
            desk(second).grievance(filed.id());

            clock.advance(Duration.ofHours(2));
            assertThat(desk(first).acknowledge(filed.id(), CHAIR).isValid()).isTrue();
            first.getTransaction().commit();
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> desk(second).acknowledge(filed.id(), CHAIR)).isInstanceOf(OptimisticLockException.class);
        } finally {
            for (EntityManager entityManager : List.of(first, second)) {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                entityManager.close();
            }
        }

        Grievance onRecord = stored(tenant, filed.id()).orElseThrow();
        assertThat(onRecord.acknowledgedAt()).contains(FILED.plus(Duration.ofHours(2)));
        assertThat(onRecord.trail()).hasSize(filed.trail().size() + 1);
        assertThat(version(filed.id())).contains(2L);
    }

    @Test
    @DisplayName("the grievance text appears in no log line and no exception message, even when the database refuses the write")
    void textIsNeverLogged() {
        String words = "The leader mocked my accent in session three";
        Grievance outspoken = new Grievance(new GrievanceId("GRV-00005"), GROUP, COMPLAINANT, words, Disclosure.NAMED, CHAIR,
                GrievanceStatus.RECEIVED, FILED, Optional.empty(), Optional.empty(), Optional.empty(),
                aNewGrievance("GRV-00005", FILED).trail());
        database.useTransaction(em -> grievances(em).save(outspoken));
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + String.valueOf(record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Throwable failure;
        root.addHandler(handler);
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            failure = org.assertj.core.api.Assertions.catchThrowable(() -> database.useTransaction(em -> {
                em.persist(GrievanceMapper.toEntity(tenant, outspoken));
                JpaGrievanceStore.CONSTRAINTS.flush(em);
            }));
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
        }

        assertThat(failure).isInstanceOf(IntegrityViolation.class);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain("mocked my accent");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("mocked my accent");
        assertThat(logged).noneMatch(line -> line.contains("mocked my accent"));
    }

    @Test
    @DisplayName("another institution cannot read or list this institution's grievances, and its grievance of the same reference is its own")
    void tenantIsolation() {
        TenantScope otherInstitution = TenantFixture.registered(database, clock);
        Grievance ours = aResolvedAnonymousGrievance("GRV-00001");
        database.useTransaction(em -> grievances(em).save(ours));

        assertThat(stored(otherInstitution, ours.id())).isEmpty();
        assertThat(listed(otherInstitution, GROUP)).isEmpty();
        List<Grievance> theirQueue = database.inTransaction(em -> grievancesOf(otherInstitution, em).all());
        assertThat(theirQueue).isEmpty();
        Grievance theirs = aNewGrievance("GRV-00001", FILED);
        database.useTransaction(em -> grievancesOf(otherInstitution, em).save(theirs));
        assertThat(stored(otherInstitution, ours.id())).contains(theirs);
        assertThat(stored(tenant, ours.id())).contains(ours);
    }
}
