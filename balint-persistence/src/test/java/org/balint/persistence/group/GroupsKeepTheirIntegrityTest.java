package org.balint.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.persistence.group.GroupFixture.aGroupOfSixWithFullFaculty;
import static org.balint.persistence.group.GroupFixture.anEmptyGroupWithPlacesFor;
import static org.balint.persistence.group.GroupFixture.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Discipline;
import org.balint.core.group.GroupId;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.Profession;
import org.balint.core.validation.InvalidInputException;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stored groups keep their integrity: no member twice, no group twice, no edit lost, nothing half-stored")
class GroupsKeepTheirIntegrityTest {

    private static final Instant BEFORE_THE_SERIES = Instant.parse("2026-09-20T10:00:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(BEFORE_THE_SERIES);
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope institution;

    @BeforeEach
    void anInstitutionWithAGroup() {
        institution = TenantFixture.registered(database, clock);
        database.useTransaction(em -> groups(em).save(aGroupOfSixWithFullFaculty(id)));
    }

    @Test
    @DisplayName("a member cannot be stored twice in the same group: the database refuses it as member-already-in-group")
    void memberStoredTwice() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            GroupEntity stored = storedRow(em, id);
            MemberEntity again = new MemberEntity(institution, stored, "member-ahmed");
            again.listOrder = 6;
            again.name = "Dr. Sara Ahmed";
            again.discipline = Discipline.PHYSICIAN;
            again.professionDetail = "family medicine";
            again.email = "sara.ahmed@elsewhere.example";
            stored.members.add(again);
            JpaGroups.CONSTRAINTS.flush(em);
        }))
                .isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("member-already-in-group");
                    assertThat(violation.constraint()).isEqualTo("uq_group_member");
                    assertThat(violation.violation().message()).contains("already a member of this group");
                });

        assertThat(stored(id)).contains(aGroupOfSixWithFullFaculty(id));
    }

    @Test
    @DisplayName("a second group with the same id is refused as group-created-concurrently, and the rest of that transaction is not stored")
    void groupStoredTwiceLeavesNothingHalfStored() {
        GroupId other = new GroupId("spring-" + UUID.randomUUID());

        assertThatThrownBy(() -> database.useTransaction(em -> {
            groups(em).save(anEmptyGroupWithPlacesFor(other, 4));
            GroupEntity duplicate = new GroupEntity(institution, id.value());
            GroupMapper.write(institution, anEmptyGroupWithPlacesFor(id, 4), duplicate);
            em.persist(duplicate);
            JpaGroups.CONSTRAINTS.flush(em);
        }))
                .isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("group-created-concurrently");
                    assertThat(violation.violation().message()).contains("same id");
                });

        assertThat(stored(other)).as("stored earlier in the failed transaction").isEmpty();
        assertThat(stored(id)).contains(aGroupOfSixWithFullFaculty(id));
    }

    @Test
    @DisplayName("adding a group never replaces one stored with its id: a creation that looked before another committed is refused as group-created-concurrently")
    void addingNeverReplaces() {
        EntityManager late = database.entityManagerFactory().createEntityManager();
        try {
            late.getTransaction().begin();
            assertThat(groups(late).find(new GroupId("not-" + id.value()))).isEmpty();

            assertThatThrownBy(() -> groups(late).add(anEmptyGroupWithPlacesFor(id, 4)))
                    .isInstanceOfSatisfying(IntegrityViolation.class,
                            violation -> assertThat(violation.code()).isEqualTo("group-created-concurrently"));
            assertThat(late.getTransaction().getRollbackOnly()).isTrue();
        } finally {
            if (late.getTransaction().isActive()) {
                late.getTransaction().rollback();
            }
            late.close();
        }

        GroupId fresh = new GroupId("added-" + UUID.randomUUID());
        database.useTransaction(em -> groups(em).add(anEmptyGroupWithPlacesFor(fresh, 4)));
        assertThat(stored(fresh)).contains(anEmptyGroupWithPlacesFor(fresh, 4));
        assertThat(stored(id)).contains(aGroupOfSixWithFullFaculty(id));
    }

    @Test
    @DisplayName("two leaders editing the same group at once: the first save wins, the second is refused as group-changed-concurrently")
    void concurrentEdits() {
        EntityManager first = database.entityManagerFactory().createEntityManager();
        EntityManager second = database.entityManagerFactory().createEntityManager();
        EntityTransaction firstTransaction = first.getTransaction();
        EntityTransaction secondTransaction = second.getTransaction();
        try {
            firstTransaction.begin();
            secondTransaction.begin();
            BalintGroup seenByFirst = groups(first).find(id).orElseThrow();
            BalintGroup seenBySecond = groups(second).find(id).orElseThrow();

            BalintGroup retitled = seenByFirst.toDraft().title("Balint group for residents, autumn (Tuesdays)").validate().orElseThrow();
            groups(first).save(retitled);
            firstTransaction.commit();

            BalintGroup joined = ((MembershipChange.Joined) seenBySecond.join(
                    member("member-garcia", "Dr. Luis García", Profession.physician("internal medicine"), ""), BEFORE_THE_SERIES)).group();
            assertThatThrownBy(() -> groups(second).save(joined))
                    .isInstanceOfSatisfying(EditConflict.class, refused -> {
                        assertThat(refused.code()).isEqualTo("group-changed-concurrently");
                        assertThat(refused.violation().message()).contains("Reload the group");
                    });
            assertThat(secondTransaction.getRollbackOnly()).isTrue();
            secondTransaction.rollback();

            assertThat(stored(id)).contains(retitled);
        } finally {
            if (secondTransaction.isActive()) {
                secondTransaction.rollback();
            }
            first.close();
            second.close();
        }
    }

    @Test
    @DisplayName("a title longer than the database holds is refused with too-long-to-store before anything is written")
    void tooLong() {
        BalintGroup wordy = aGroupOfSixWithFullFaculty(id).toDraft().title("A".repeat(1001)).validate().orElseThrow();

        assertThatThrownBy(() -> database.useTransaction(em -> groups(em).save(wordy)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("too-long-to-store");
                            assertThat(v.message()).contains("title has 1001 characters").contains("at most 1000");
                        }));

        assertThat(stored(id)).contains(aGroupOfSixWithFullFaculty(id));
    }

    private static GroupEntity storedRow(EntityManager em, GroupId id) {
        return em.createQuery("SELECT e FROM BalintGroup e WHERE e.groupKey = :key", GroupEntity.class)
                .setParameter("key", id.value()).getSingleResult();
    }

    private Optional<BalintGroup> stored(GroupId group) {
        return database.inTransaction(em -> groups(em).find(group));
    }

    private JpaGroups groups(EntityManager em) {
        return new JpaGroups(institution, () -> em);
    }
}
