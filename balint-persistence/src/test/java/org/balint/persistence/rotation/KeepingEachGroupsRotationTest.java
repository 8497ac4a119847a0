package org.balint.persistence.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.PublishedPlan;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping each group's rotation")
class KeepingEachGroupsRotationTest {

    private static final GroupId GROUP = new GroupId("spring-2026-hospitalists");
    private static final GroupId OTHER_GROUP = new GroupId("autumn-2026-residents");
    private static final Actor LEADER_OKAFOR = new Actor.Person(new MemberId("leader-okafor"));
    private static final Actor CO_LEADER_LINDQVIST = new Actor.Person(new MemberId("co-leader-lindqvist"));
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T18:45:10.123456Z");
    private static final List<String> GROUP_OF_SIX = List.of("ames", "baker", "chen", "diaz", "evans", "fox");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final TenantScope tenant = TenantFixture.registered(database, new MutableClock(PUBLISHED));

    @BeforeEach
    void theGroupsAreStored() {
        GroupFixture.storedGroups(database, tenant, GROUP, OTHER_GROUP);
    }

    /**
     * A group of six over eight sessions, one case a session: everyone presents once in roster order,
     * then Ames and Baker take the two spare places; the first {@code held} sessions have been held.
     */
    private static PublishedPlan rosterOrderPlan(int held, Instant at, Actor by) {
        List<PresentationSlot> slots = new ArrayList<>();
        for (int session = 1; session <= 8; session++) {
            slots.add(slot(session, GROUP_OF_SIX.get((session - 1) % GROUP_OF_SIX.size())));
        }
        return PublishedPlan.restore(8, 1, held, slots, at, by).orElseThrow();
    }

    /** The same group re-planned after session 3: Diaz and Evans swap sessions 4 and 5, Chen takes the last spare place. */
    private static PublishedPlan replanAfterSessionThree(Instant at, Actor by) {
        return PublishedPlan.restore(8, 1, 3, List.of(slot(1, "ames"), slot(2, "baker"), slot(3, "chen"), slot(4, "evans"),
                slot(5, "diaz"), slot(6, "fox"), slot(7, "ames"), slot(8, "chen")), at, by).orElseThrow();
    }

    private static PresentationSlot slot(int session, String presenter) {
        return PresentationSlot.of(SessionNumber.of(session), new MemberId(presenter));
    }

    private static JpaRotationPlans plansOf(TenantScope scope, EntityManager entityManager) {
        return new JpaRotationPlans(scope, () -> entityManager);
    }

    private JpaRotationPlans plans(EntityManager entityManager) {
        return plansOf(tenant, entityManager);
    }

    private Optional<PublishedPlan> stored(TenantScope scope, GroupId group) {
        return database.inTransaction(em -> plansOf(scope, em).find(group));
    }

    private Optional<Long> version(GroupId group) {
        return database.inTransaction(em -> plans(em).version(group));
    }

    private void save(GroupId group, PublishedPlan plan) {
        database.useTransaction(em -> plans(em).save(group, plan));
    }

    @Test
    @DisplayName("a plan maps to its rows and back unchanged: sessions, places, held sessions, slots in order and the publisher, person or process")
    void mappingRoundTrip() {
        PublishedPlan byLeader = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        PublishedPlan byImport = replanAfterSessionThree(PUBLISHED, new Actor.Process("rotation import"));
        PublishedPlan nothingPlannedYet = PublishedPlan.restore(8, 2, 0, List.of(), PUBLISHED, LEADER_OKAFOR).orElseThrow();

        for (PublishedPlan plan : List.of(byLeader, byImport, nothingPlannedYet)) {
            PublishedPlan back = RotationPlanMapper.toCore(RotationPlanMapper.toEntity(tenant, GROUP, plan));
            assertThat(back).isEqualTo(plan);
            assertThat(back.slots()).containsExactlyElementsOf(plan.slots());
            assertThat(back.auditEntry()).isEqualTo(plan.auditEntry());
        }
    }

    @Test
    @DisplayName("a published plan reads back as published, with its audit entry; the publication time is kept to the microsecond")
    void saveAndFind() {
        PublishedPlan plan = rosterOrderPlan(0, PUBLISHED.plusNanos(789), LEADER_OKAFOR);

        save(GROUP, plan);

        PublishedPlan back = stored(tenant, GROUP).orElseThrow();
        assertThat(back.slots()).containsExactlyElementsOf(plan.slots());
        assertThat(back.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(back.auditEntry().actor()).isEqualTo(LEADER_OKAFOR);
        assertThat(version(GROUP)).contains(1L);
    }

    @Test
    @DisplayName("a re-plan replaces the group's plan and increments its version; saving the same plan again changes nothing")
    void replanIncrementsTheVersion() {
        PublishedPlan first = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, first);
        PublishedPlan replan = replanAfterSessionThree(PUBLISHED.plusSeconds(86_400 * 14), CO_LEADER_LINDQVIST)
                .replacing(first);

        save(GROUP, replan);
        save(GROUP, replan);

        assertThat(stored(tenant, GROUP)).contains(replan);
        assertThat(version(GROUP)).contains(2L);
    }

    @Test
    @DisplayName("a group nobody has published a rotation for has none")
    void notFound() {
        save(GROUP, rosterOrderPlan(0, PUBLISHED, LEADER_OKAFOR));

        assertThat(stored(tenant, OTHER_GROUP)).isEmpty();
        assertThat(version(OTHER_GROUP)).isEmpty();
    }

    @Test
    @DisplayName("another institution cannot read this institution's rotation, and its group of the same id has a rotation of its own")
    void tenantIsolation() {
        TenantScope otherInstitution = TenantFixture.registered(database, new MutableClock(PUBLISHED));
        GroupFixture.storedGroups(database, otherInstitution, GROUP);
        PublishedPlan ours = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, ours);

        assertThat(stored(otherInstitution, GROUP)).isEmpty();
        PublishedPlan theirs = replanAfterSessionThree(PUBLISHED, CO_LEADER_LINDQVIST);
        database.useTransaction(em -> plansOf(otherInstitution, em).save(GROUP, theirs));

        assertThat(stored(otherInstitution, GROUP)).contains(theirs);
        assertThat(stored(tenant, GROUP)).contains(ours);
    }

    @Test
    @DisplayName("two leaders re-plan the same group from the same plan: the first save wins, the second gets 'rotation-edited-concurrently' and nothing of it is stored")
    void twoLeadersReplanAtOnce() {
        PublishedPlan original = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, original);
        save(OTHER_GROUP, original);
        PublishedPlan okaforsReplan = replanAfterSessionThree(PUBLISHED.plusSeconds(600), LEADER_OKAFOR).replacing(original);
        PublishedPlan lindqvistsReplan = rosterOrderPlan(3, PUBLISHED.plusSeconds(660), CO_LEADER_LINDQVIST).replacing(original);
        PublishedPlan lindqvistsOtherGroup = replanAfterSessionThree(PUBLISHED.plusSeconds(660), CO_LEADER_LINDQVIST)
                .replacing(original);
        EntityManager okafor = database.entityManagerFactory().createEntityManager();
        EntityManager lindqvist = database.entityManagerFactory().createEntityManager();
        try {
            okafor.getTransaction().begin();
            lindqvist.getTransaction().begin();
            assertThat(plans(okafor).find(GROUP)).contains(original);
            assertThat(plans(lindqvist).find(GROUP)).contains(original);

            plans(okafor).save(GROUP, okaforsReplan);
            okafor.getTransaction().commit();
            plans(lindqvist).save(OTHER_GROUP, lindqvistsOtherGroup);

            assertThatThrownBy(() -> plans(lindqvist).save(GROUP, lindqvistsReplan))
                    .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                        assertThat(conflict.code()).isEqualTo("rotation-edited-concurrently");
                        assertThat(conflict.violation().message())
                                .startsWith("Another leader changed this rotation plan while you were editing it")
                                .contains("Reload the rotation and re-plan");
                    });
            assertThat(lindqvist.getTransaction().getRollbackOnly()).isTrue();
        } finally {
            for (EntityManager entityManager : List.of(okafor, lindqvist)) {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                entityManager.close();
            }
        }

        assertThat(stored(tenant, GROUP)).contains(okaforsReplan);
        assertThat(version(GROUP)).contains(2L);
        assertThat(stored(tenant, OTHER_GROUP)).as("the losing leader's other write").contains(original);
        assertThat(version(OTHER_GROUP)).contains(1L);
    }

    @Test
    @DisplayName("a second plan stored for the same group at the same moment: the loser gets 'rotation-published-concurrently' and nothing of its transaction is stored")
    void onePlanPerGroup() {
        PublishedPlan first = rosterOrderPlan(0, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, first);

        assertThatThrownBy(() -> database.useTransaction(em -> {
            plans(em).save(OTHER_GROUP, first);
            em.persist(RotationPlanMapper.toEntity(tenant, GROUP, replanAfterSessionThree(PUBLISHED, CO_LEADER_LINDQVIST)));
            JpaRotationPlans.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("rotation-published-concurrently");
            assertThat(violation.constraint()).isEqualTo("uq_rotation_plan_group");
        });

        assertThat(stored(tenant, OTHER_GROUP)).as("the loser's other write").isEmpty();
        assertThat(stored(tenant, GROUP)).contains(first);
    }

    @Test
    @DisplayName("a member listed twice in one session of a stored plan is refused as 'duplicate-rotation-slot' and the plan stays as it was")
    void oneSlotPerMemberAndSession() {
        PublishedPlan plan = rosterOrderPlan(0, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, plan);

        assertThatThrownBy(() -> database.useTransaction(em -> {
            RotationPlanEntity entity = plans(em).rows(GROUP).orElseThrow();
            entity.slots().add(new RotationSlotEntity(tenant, entity, 1, "ames"));
            JpaRotationPlans.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("duplicate-rotation-slot");
            assertThat(violation.constraint()).isEqualTo("uq_rotation_plan_slot");
        });

        assertThat(stored(tenant, GROUP)).contains(plan);
    }

    @Test
    @DisplayName("a plan for a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void planForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> save(unknown, rosterOrderPlan(0, PUBLISHED, LEADER_OKAFOR)))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_rotation_plan_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        assertThat(stored(tenant, unknown)).isEmpty();
    }

    @Test
    @DisplayName("a leader who loaded 'no plan yet' cannot overwrite the first plan another leader published meanwhile, even in a later request")
    void firstPlanIsNotOverwrittenByAStaleFirstPlan() {
        PublishedPlan okaforsFirst = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        PublishedPlan lindqvistsFirst = replanAfterSessionThree(PUBLISHED.plusSeconds(60), CO_LEADER_LINDQVIST);
        save(GROUP, okaforsFirst);

        assertThatThrownBy(() -> save(GROUP, lindqvistsFirst))
                .isInstanceOfSatisfying(EditConflict.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("rotation-edited-concurrently"));

        assertThat(stored(tenant, GROUP)).contains(okaforsFirst);
        assertThat(version(GROUP)).contains(1L);
    }

    @Test
    @DisplayName("a re-plan made from a plan that has since been replaced is refused in a later request; one made from the plan in force is stored")
    void replanFromAReplacedPlanIsRefused() {
        PublishedPlan original = rosterOrderPlan(2, PUBLISHED, LEADER_OKAFOR);
        save(GROUP, original);
        PublishedPlan okaforsReplan = replanAfterSessionThree(PUBLISHED.plusSeconds(600), LEADER_OKAFOR).replacing(original);
        save(GROUP, okaforsReplan);

        PublishedPlan staleReplan = rosterOrderPlan(3, PUBLISHED.plusSeconds(900), CO_LEADER_LINDQVIST).replacing(original);
        assertThatThrownBy(() -> save(GROUP, staleReplan))
                .isInstanceOfSatisfying(EditConflict.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("rotation-edited-concurrently"));
        assertThat(stored(tenant, GROUP)).contains(okaforsReplan);

        PublishedPlan freshReplan = rosterOrderPlan(3, PUBLISHED.plusSeconds(960), CO_LEADER_LINDQVIST)
                .replacing(stored(tenant, GROUP).orElseThrow());
        save(GROUP, freshReplan);
        assertThat(stored(tenant, GROUP)).contains(freshReplan);
        assertThat(version(GROUP)).contains(3L);
    }
}
