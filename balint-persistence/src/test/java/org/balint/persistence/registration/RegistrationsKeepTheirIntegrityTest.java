package org.balint.persistence.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Discipline;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.registration.RegistrationResult;
import org.balint.core.registration.RegistrationStatus;
import org.balint.core.validation.Violation;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stored registrations keep their integrity: nobody registered twice, no change lost, nothing half-stored")
class RegistrationsKeepTheirIntegrityTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-30T09:00:00Z"));
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope institution;
    private RegistrationSeason season;

    @BeforeEach
    void anInstitutionWithARegistrationSeason() {
        institution = TenantFixture.registered(database, clock);
        season = RegistrationSeason.played(id);
        database.useTransaction(em -> {
            groups(em).save(season.group());
            registrations(em).save(season.registrations());
        });
    }

    @Test
    @DisplayName("the database refuses a second registration of the same person for the same group as already-registered")
    void registeredTwice() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            GroupRegistrationsEntity stored = storedRow(em);
            RegistrationEntity again = new RegistrationEntity(institution, stored, "ana");
            again.submissionOrder = stored.registrations.size();
            again.status = RegistrationStatus.WAITLISTED;
            again.waitlistPosition = 3;
            again.name = "Ana Example";
            again.discipline = Discipline.PHYSICIAN;
            again.professionDetail = "family medicine";
            again.email = "ana.second@hospital.example";
            stored.registrations.add(again);
            JpaRegistrations.CONSTRAINTS.flush(em);
        }))
                .isInstanceOfSatisfying(IntegrityViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("already-registered");
                    assertThat(refused.constraint()).isEqualTo("uq_registration_registrant");
                    assertThat(refused.violation().message()).contains("member is already registered in this group");
                });

        assertThat(stored()).contains(season.registrations());
    }

    @Test
    @DisplayName("registering the same person twice at the registration desk is refused as already-registered and stores one registration")
    void registeredTwiceAtTheDesk() {
        GroupId spring = new GroupId("spring-" + UUID.randomUUID());
        database.useTransaction(em -> groups(em).save(GroupFixture.anEmptyGroupWithPlacesFor(spring, 4)));
        RegistrationForm form = RegistrationForm.fullyAttested(RegistrationSeason.person("jo", Profession.psychologist()));
        Clock beforeTheSeries = Clock.fixed(Instant.parse("2026-09-02T08:00:00Z"), ZoneOffset.UTC);

        RegistrationResult first = database.inTransaction(em -> desk(em, beforeTheSeries).register(spring, form, new Actor.Person(new MemberId("jo"))));
        RegistrationResult second = database.inTransaction(em -> desk(em, beforeTheSeries).register(spring, form, new Actor.Person(new MemberId("jo"))));

        assertThat(first).isInstanceOf(RegistrationResult.Recorded.class);
        assertThat(second.reasons()).extracting(Violation::code).contains("already-registered");
        GroupRegistrations stored = stored(spring).orElseThrow();
        assertThat(stored.all()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.ACCEPTED));
        assertThat(storedGroup(spring).orElseThrow().members()).hasSize(1);
    }

    @Test
    @DisplayName("registrations for a group that is not stored are refused as group-not-stored, and the rest of that transaction is not stored")
    void registrationsWithoutTheirGroupLeaveNothingHalfStored() {
        GroupId stray = new GroupId("never-stored-" + UUID.randomUUID());
        GroupId other = new GroupId("spring-" + UUID.randomUUID());

        assertThatThrownBy(() -> database.useTransaction(em -> {
            groups(em).save(GroupFixture.anEmptyGroupWithPlacesFor(other, 4));
            registrations(em).save(RegistrationSeason.played(stray).registrations());
        }))
                .isInstanceOfSatisfying(IntegrityViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("group-not-stored");
                    assertThat(refused.violation().message()).contains("store the group first");
                });

        assertThat(storedGroup(other)).as("stored earlier in the failed transaction").isEmpty();
        assertThat(stored(stray)).isEmpty();
    }

    @Test
    @DisplayName("two registrations handled at once for one group: the first is stored, the second is refused as registrations-changed-concurrently")
    void concurrentRegistrations() {
        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        EntityTransaction firstTransaction = first.getTransaction();
        EntityTransaction secondTransaction = second.getTransaction();
        Instant at = Instant.parse("2026-09-03T08:00:00Z");
        try {
            firstTransaction.begin();
            secondTransaction.begin();
            BalintGroup group = groups(first).find(id).orElseThrow();
            GroupRegistrations seenByFirst = registrations(first).forGroup(id).orElseThrow();
            GroupRegistrations seenBySecond = registrations(second).forGroup(id).orElseThrow();

            GroupRegistrations withKim = recorded(seenByFirst.register(
                    RegistrationForm.fullyAttested(RegistrationSeason.person("kim", Profession.socialWorker())), group,
                    new Actor.Person(new MemberId("kim")), at));
            registrations(first).save(withKim);
            firstTransaction.commit();

            GroupRegistrations withLea = recorded(seenBySecond.register(
                    RegistrationForm.fullyAttested(RegistrationSeason.person("lea", Profession.psychologist())), group,
                    new Actor.Person(new MemberId("lea")), at));
            assertThatThrownBy(() -> registrations(second).save(withLea))
                    .isInstanceOfSatisfying(EditConflict.class, refused -> {
                        assertThat(refused.code()).isEqualTo("registrations-changed-concurrently");
                        assertThat(refused.violation().message()).contains("Reload them");
                    });
            secondTransaction.rollback();

            assertThat(stored()).contains(withKim);
        } finally {
            if (secondTransaction.isActive()) {
                secondTransaction.rollback();
            }
            first.close();
            second.close();
        }
    }

    private static GroupRegistrations recorded(RegistrationResult result) {
        return ((RegistrationResult.Recorded) result).registrations();
    }

    private GroupRegistrationsEntity storedRow(EntityManager em) {
        return em.createQuery("SELECT e FROM GroupRegistrations e WHERE e.groupKey = :key", GroupRegistrationsEntity.class)
                .setParameter("key", id.value()).getSingleResult();
    }

    private Optional<GroupRegistrations> stored() {
        return stored(id);
    }

    private Optional<GroupRegistrations> stored(GroupId group) {
        return database.inTransaction(em -> registrations(em).forGroup(group));
    }

    private Optional<BalintGroup> storedGroup(GroupId group) {
        return database.inTransaction(em -> groups(em).find(group));
    }

    private RegistrationDesk desk(EntityManager em, Clock at) {
        return new RegistrationDesk(groups(em), registrations(em), at);
    }

    private JpaGroups groups(EntityManager em) {
        return new JpaGroups(institution, () -> em);
    }

    private JpaRegistrations registrations(EntityManager em) {
        return new JpaRegistrations(institution, () -> em);
    }
}
