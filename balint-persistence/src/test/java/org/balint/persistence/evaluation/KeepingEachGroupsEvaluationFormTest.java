package org.balint.persistence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.RatingScale;
import org.balint.core.group.GroupId;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping each group's evaluation form")
class KeepingEachGroupsEvaluationFormTest {

    private static final GroupId GROUP = new GroupId("spring-2026-hospitalists");
    private static final Instant CLOSES = Instant.parse("2026-07-01T03:59:59.999999Z");
    private static final List<String> OBJECTIVES = List.of(
            "Recognise one's own feelings as information about the clinician–patient relationship",
            "Describe what keeps a difficult relationship stuck",
            "Listen to a colleague's case without advising");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final TenantScope tenant = TenantFixture.registered(database, clock);

    @BeforeEach
    void theGroupsAreStored() {
        GroupFixture.storedGroups(database, tenant, GROUP, new GroupId("autumn-2026-residents"));
    }

    /** Three objectives on a 0–10 scale with a labelled middle, closing at the end of June (Eastern time). */
    private static EvaluationForm aThreeObjectiveFormOnATenPointScale() {
        RatingScale zeroToTen = RatingScale.of(0, 10, Map.of(0, "not at all", 5, "somewhat", 10, "fully")).orElseThrow();
        return EvaluationForm.define(GROUP, OBJECTIVES, zeroToTen, Optional.of(CLOSES)).orElseThrow();
    }

    private JpaEvaluationForms forms(EntityManager entityManager) {
        return new JpaEvaluationForms(tenant, () -> entityManager);
    }

    private Optional<EvaluationForm> stored(TenantScope scope, GroupId group) {
        return database.inTransaction(em -> new JpaEvaluationForms(scope, () -> em).find(group));
    }

    private Optional<Long> version(GroupId group) {
        return database.inTransaction(em -> forms(em).version(group));
    }

    @Test
    @DisplayName("a form maps to its rows and back unchanged, with its objectives in order, its scale's anchors and its closing moment")
    void mappingRoundTrip() {
        EvaluationForm form = aThreeObjectiveFormOnATenPointScale();
        EvaluationForm neverClosing = EvaluationForm.define(GROUP, OBJECTIVES).orElseThrow();

        assertThat(EvaluationFormMapper.toCore(EvaluationFormMapper.toEntity(tenant, form))).isEqualTo(form);
        assertThat(EvaluationFormMapper.toCore(EvaluationFormMapper.toEntity(tenant, neverClosing))).isEqualTo(neverClosing);
    }

    @Test
    @DisplayName("a stored form reads back equal to the one saved; a group without a form has none")
    void saveAndFind() {
        database.useTransaction(em -> forms(em).save(aThreeObjectiveFormOnATenPointScale()));

        assertThat(stored(tenant, GROUP)).contains(aThreeObjectiveFormOnATenPointScale());
        assertThat(stored(tenant, new GroupId("autumn-2026-residents"))).isEmpty();
        assertThat(version(GROUP)).contains(1L);
    }

    @Test
    @DisplayName("editing the form (an objective reworded, one dropped, the default scale, no closing) changes it in place and increments its version")
    void editInPlace() {
        database.useTransaction(em -> forms(em).save(aThreeObjectiveFormOnATenPointScale()));
        EvaluationForm edited = EvaluationForm.define(GROUP,
                List.of(OBJECTIVES.get(0), "Describe what keeps a difficult clinician–patient relationship stuck")).orElseThrow();

        database.useTransaction(em -> forms(em).save(edited));
        database.useTransaction(em -> forms(em).save(edited));

        assertThat(stored(tenant, GROUP)).contains(edited);
        assertThat(version(GROUP)).contains(2L);
    }

    @Test
    @DisplayName("two leaders defining a group's first form at the same moment: the loser gets 'evaluation-form-defined-concurrently' and nothing of its transaction is stored")
    void oneFormPerGroup() {
        GroupId otherGroup = new GroupId("autumn-2026-residents");
        database.useTransaction(em -> forms(em).save(aThreeObjectiveFormOnATenPointScale()));

        assertThatThrownBy(() -> database.useTransaction(em -> {
            forms(em).save(EvaluationForm.define(otherGroup, OBJECTIVES).orElseThrow());
            em.persist(EvaluationFormMapper.toEntity(tenant, EvaluationForm.define(GROUP, OBJECTIVES).orElseThrow()));
            JpaEvaluationForms.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("evaluation-form-defined-concurrently");
            assertThat(violation.constraint()).isEqualTo("uq_evaluation_form_group");
        });

        assertThat(stored(tenant, otherGroup)).isEmpty();
        assertThat(stored(tenant, GROUP)).contains(aThreeObjectiveFormOnATenPointScale());
    }

    @Test
    @DisplayName("another institution cannot read this institution's form, and keeps its own form for a group of the same id")
    void tenantIsolation() {
        TenantScope otherInstitution = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, otherInstitution, GROUP);
        database.useTransaction(em -> forms(em).save(aThreeObjectiveFormOnATenPointScale()));

        assertThat(stored(otherInstitution, GROUP)).isEmpty();
        EvaluationForm theirs = EvaluationForm.define(GROUP, List.of("Something else entirely")).orElseThrow();
        database.useTransaction(em -> new JpaEvaluationForms(otherInstitution, () -> em).save(theirs));
        assertThat(stored(tenant, GROUP)).contains(aThreeObjectiveFormOnATenPointScale());
        assertThat(stored(otherInstitution, GROUP)).contains(theirs);
    }

    @Test
    @DisplayName("a form for a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void formForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.useTransaction(em -> forms(em).save(EvaluationForm.define(unknown, OBJECTIVES).orElseThrow())))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_evaluation_form_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        assertThat(stored(tenant, unknown)).isEmpty();
    }
}
