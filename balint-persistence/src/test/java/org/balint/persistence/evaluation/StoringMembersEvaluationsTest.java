package org.balint.persistence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationSubmission;
import org.balint.core.evaluation.GroupEvaluations;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.evaluation.SubmissionOutcome;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
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

@DisplayName("Storing members' evaluations of a group series")
class StoringMembersEvaluationsTest {

    private static final GroupId GROUP = new GroupId("spring-2026-hospitalists");
    private static final MemberId AMARA = new MemberId("amara");
    private static final MemberId BEN = new MemberId("ben");
    private static final LearningObjective FEELINGS = new LearningObjective(1,
            "Recognise one's own feelings as information about the clinician–patient relationship");
    private static final LearningObjective STUCK = new LearningObjective(2, "Describe what keeps a difficult relationship stuck");
    private static final LearningObjective LISTENING = new LearningObjective(3, "Listen to a colleague's case without advising");
    private static final Instant SUBMITTED = Instant.parse("2026-06-12T18:05:07.123456Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(SUBMITTED);
    private final TenantScope tenant = TenantFixture.registered(database, clock);

    @BeforeEach
    void theGroupsAreStored() {
        GroupFixture.storedGroups(database, tenant, GROUP, new GroupId("another-group"));
    }

    /** Amara's evaluation: one objective fully rated, one only before, one only after, listed out of number order. */
    private static Evaluation amarasHalfDoneEvaluation() {
        return new Evaluation(GROUP, AMARA, List.of(
                new ObjectiveRating(STUCK, OptionalInt.of(2), OptionalInt.empty()),
                new ObjectiveRating(FEELINGS, OptionalInt.of(1), OptionalInt.of(4)),
                new ObjectiveRating(LISTENING, OptionalInt.empty(), OptionalInt.of(5))),
                "The group felt safe from the second session on.", SUBMITTED);
    }

    private static Evaluation amarasCompleteEvaluation() {
        return new Evaluation(GROUP, AMARA, List.of(
                new ObjectiveRating(FEELINGS, OptionalInt.of(1), OptionalInt.of(5)),
                new ObjectiveRating(STUCK, OptionalInt.of(2), OptionalInt.of(4)),
                new ObjectiveRating(LISTENING, OptionalInt.of(3), OptionalInt.of(5))),
                "More time for the second case, please.", SUBMITTED.plus(Duration.ofDays(30)));
    }

    private JpaEvaluationStore evaluations(EntityManager entityManager) {
        return evaluationsOf(tenant, entityManager);
    }

    private static JpaEvaluationStore evaluationsOf(TenantScope scope, EntityManager entityManager) {
        return new JpaEvaluationStore(scope, () -> entityManager);
    }

    private Optional<Evaluation> stored(TenantScope scope, GroupId group, MemberId member) {
        return database.inTransaction(em -> evaluationsOf(scope, em).find(group, member));
    }

    private List<Evaluation> listed(TenantScope scope, GroupId group) {
        return database.inTransaction(em -> evaluationsOf(scope, em).forGroup(group));
    }

    private Optional<Long> version(GroupId group, MemberId member) {
        return database.inTransaction(em -> evaluations(em).version(group, member));
    }

    @Test
    @DisplayName("an evaluation maps to its rows and back unchanged: missing ratings stay missing and the order of objectives is kept")
    void mappingRoundTrip() {
        Evaluation evaluation = amarasHalfDoneEvaluation();

        assertThat(EvaluationMapper.toCore(EvaluationMapper.toEntity(tenant, evaluation))).isEqualTo(evaluation);
    }

    @Test
    @DisplayName("a stored evaluation reads back equal to the one saved, in a later transaction")
    void saveAndFind() {
        Evaluation evaluation = amarasHalfDoneEvaluation();

        database.useTransaction(em -> evaluations(em).save(evaluation));

        assertThat(stored(tenant, GROUP, AMARA)).contains(evaluation);
        assertThat(version(GROUP, AMARA)).contains(1L);
    }

    @Test
    @DisplayName("a member without an evaluation, or an evaluation of another group, is not found")
    void notFound() {
        database.useTransaction(em -> evaluations(em).save(amarasHalfDoneEvaluation()));

        assertThat(stored(tenant, GROUP, BEN)).isEmpty();
        assertThat(stored(tenant, new GroupId("autumn-2026-residents"), AMARA)).isEmpty();
    }

    @Test
    @DisplayName("a resubmission replaces the stored evaluation in place and increments its version; saving it unchanged does not")
    void replaceInPlace() {
        database.useTransaction(em -> evaluations(em).save(amarasHalfDoneEvaluation()));

        database.useTransaction(em -> evaluations(em).save(amarasCompleteEvaluation()));
        database.useTransaction(em -> evaluations(em).save(amarasCompleteEvaluation()));

        assertThat(stored(tenant, GROUP, AMARA)).contains(amarasCompleteEvaluation());
        assertThat(version(GROUP, AMARA)).contains(2L);
        assertThat(listed(tenant, GROUP)).hasSize(1);
    }

    @Test
    @DisplayName("a replacement rating fewer objectives leaves no rating of the dropped objective behind")
    void droppedObjectiveIsRemoved() {
        GroupId group = new GroupId("group-" + UUID.randomUUID());
        GroupFixture.storedGroups(database, tenant, group);
        Evaluation threeObjectives = new Evaluation(group, AMARA, amarasCompleteEvaluation().ratings(), "", SUBMITTED);
        database.useTransaction(em -> evaluations(em).save(threeObjectives));
        Evaluation twoObjectives = new Evaluation(group, AMARA, List.of(
                new ObjectiveRating(FEELINGS, OptionalInt.of(2), OptionalInt.of(5)),
                new ObjectiveRating(STUCK, OptionalInt.of(2), OptionalInt.of(3))), "", SUBMITTED.plus(Duration.ofDays(31)));

        database.useTransaction(em -> evaluations(em).save(twoObjectives));

        assertThat(stored(tenant, group, AMARA)).contains(twoObjectives);
        Number ratingRows = database.inTransaction(em -> (Number) em.createQuery(
                "SELECT COUNT(r) FROM EvaluationRating r WHERE r.evaluation.groupId = :group").setParameter("group", group.value())
                .getSingleResult());
        assertThat(ratingRows.longValue()).isEqualTo(2);
    }

    @Test
    @DisplayName("submitting through the core's GroupEvaluations stores the member's evaluation, and a second submission replaces it")
    void throughTheCore() {
        EvaluationForm form = EvaluationForm.define(GROUP, List.of(FEELINGS.statement(), STUCK.statement())).orElseThrow();
        EvaluationSubmission before = EvaluationSubmission.by(BEN).withBefore(form.objectives().get(0), 2)
                .withBefore(form.objectives().get(1), 3);
        EvaluationSubmission full = before.withAfter(form.objectives().get(0), 4).withAfter(form.objectives().get(1), 4)
                .withComments("I now notice my irritation earlier.");

        SubmissionOutcome first = database.inTransaction(em -> new GroupEvaluations(evaluations(em), clock).submit(form, Set.of(BEN), before));
        clock.advance(Duration.ofDays(40));
        SubmissionOutcome second = database.inTransaction(em -> new GroupEvaluations(evaluations(em), clock).submit(form, Set.of(BEN), full));

        assertThat(first).isInstanceOf(SubmissionOutcome.Recorded.class);
        assertThat(second).isInstanceOfSatisfying(SubmissionOutcome.Replaced.class,
                replaced -> assertThat(replaced.previous()).isEqualTo(first.storedEvaluation().orElseThrow()));
        boolean completed = database.inTransaction(em -> new GroupEvaluations(evaluations(em), clock).hasCompletedEvaluation(GROUP, BEN));
        assertThat(completed).isTrue();
    }

    @Test
    @DisplayName("the group's evaluations are listed by member")
    void forGroup() {
        Evaluation bens = new Evaluation(GROUP, BEN, List.of(new ObjectiveRating(FEELINGS, OptionalInt.of(3), OptionalInt.empty())),
                "", SUBMITTED);
        database.useTransaction(em -> {
            evaluations(em).save(bens);
            evaluations(em).save(amarasHalfDoneEvaluation());
            evaluations(em).save(new Evaluation(new GroupId("another-group"), BEN, bens.ratings(), "", SUBMITTED));
        });

        assertThat(listed(tenant, GROUP)).containsExactly(amarasHalfDoneEvaluation(), bens);
        assertThat(listed(tenant, new GroupId("no-such-group"))).isEmpty();
    }

    @Test
    @DisplayName("two first submissions racing for the same member and group: the loser gets 'evaluation-submitted-concurrently' and nothing of its transaction is stored")
    void oneEvaluationPerMemberPerGroup() {
        Evaluation bens = new Evaluation(GROUP, BEN, List.of(new ObjectiveRating(FEELINGS, OptionalInt.of(3), OptionalInt.empty())),
                "", SUBMITTED);
        database.useTransaction(em -> evaluations(em).save(amarasHalfDoneEvaluation()));

        // The losing submission checked before the winner committed, found nothing, and now writes.
        assertThatThrownBy(() -> database.useTransaction(em -> {
            evaluations(em).save(bens);
            em.persist(EvaluationMapper.toEntity(tenant, amarasCompleteEvaluation()));
            JpaEvaluationStore.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("evaluation-submitted-concurrently");
            assertThat(violation.constraint()).isEqualTo("uq_evaluation_group_member");
            assertThat(violation.violation().message()).contains("one evaluation per group");
        });

        assertThat(stored(tenant, GROUP, BEN)).as("the loser's other write").isEmpty();
        assertThat(stored(tenant, GROUP, AMARA)).contains(amarasHalfDoneEvaluation());
    }

    @Test
    @DisplayName("another institution cannot read, list or overwrite this institution's evaluations")
    void tenantIsolation() {
        TenantScope otherInstitution = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, otherInstitution, GROUP);
        database.useTransaction(em -> evaluations(em).save(amarasHalfDoneEvaluation()));

        Optional<Evaluation> seenByOther = stored(otherInstitution, GROUP, AMARA);
        List<Evaluation> listedByOther = listed(otherInstitution, GROUP);
        database.useTransaction(em -> evaluationsOf(otherInstitution, em).save(amarasCompleteEvaluation()));

        assertThat(seenByOther).isEmpty();
        assertThat(listedByOther).isEmpty();
        assertThat(stored(tenant, GROUP, AMARA)).contains(amarasHalfDoneEvaluation());
        assertThat(stored(otherInstitution, GROUP, AMARA)).contains(amarasCompleteEvaluation());
    }

    @Test
    @DisplayName("comments longer than the form accepts are a programming error, reported without the comments themselves")
    void overlongComments() {
        String comments = "x".repeat(EvaluationForm.MAX_COMMENT_LENGTH) + " the rest";
        Evaluation tooLong = new Evaluation(GROUP, AMARA, amarasHalfDoneEvaluation().ratings(), comments, SUBMITTED);

        assertThatThrownBy(() -> database.useTransaction(em -> evaluations(em).save(tooLong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(comments.length()))
                .hasMessageNotContaining("the rest");
        assertThat(stored(tenant, GROUP, AMARA)).isEmpty();
    }

    @Test
    @DisplayName("an instant finer than a microsecond reads back cut to the microsecond, as every stored instant")
    void microsecondPrecision() {
        Evaluation nanos = new Evaluation(GROUP, AMARA, amarasHalfDoneEvaluation().ratings(), "", SUBMITTED.plusNanos(789));

        database.useTransaction(em -> evaluations(em).save(nanos));

        assertThat(stored(tenant, GROUP, AMARA).map(Evaluation::submittedAt)).contains(SUBMITTED);
    }

    @Test
    @DisplayName("an evaluation of a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void evaluationForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.useTransaction(em -> evaluations(em).save(new Evaluation(unknown, AMARA, amarasCompleteEvaluation().ratings(), "", SUBMITTED))))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_evaluation_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        assertThat(stored(tenant, unknown, AMARA)).isEmpty();
    }
}
