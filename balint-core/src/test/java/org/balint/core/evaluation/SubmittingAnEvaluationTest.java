package org.balint.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.evaluation.DefiningAnEvaluationFormTest.codes;
import static org.balint.core.evaluation.EvaluationFixtures.AFTER_THE_LAST_SESSION;
import static org.balint.core.evaluation.EvaluationFixtures.AMARA;
import static org.balint.core.evaluation.EvaluationFixtures.BEN;
import static org.balint.core.evaluation.EvaluationFixtures.CLOCK;
import static org.balint.core.evaluation.EvaluationFixtures.GROUP_OF_SIX;
import static org.balint.core.evaluation.EvaluationFixtures.RESIDENTS_GROUP;
import static org.balint.core.evaluation.EvaluationFixtures.THREE_OBJECTIVES;
import static org.balint.core.evaluation.EvaluationFixtures.rated;
import static org.balint.core.evaluation.EvaluationFixtures.ratings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.balint.core.group.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubmittingAnEvaluationTest {

    private final InMemoryEvaluationStore store = new InMemoryEvaluationStore();
    private final GroupEvaluations evaluations = new GroupEvaluations(store, CLOCK);
    private final EvaluationForm form = EvaluationFixtures.threeObjectiveForm();

    @Test
    @DisplayName("a member's first evaluation is recorded with one rating per objective and the clock's time")
    void firstEvaluationRecorded() {
        var outcome = evaluations.submit(form, GROUP_OF_SIX,
                rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3)).withComments("  Safer to speak up now. "));

        assertThat(outcome).isInstanceOf(SubmissionOutcome.Recorded.class);
        var evaluation = outcome.storedEvaluation().orElseThrow();
        assertThat(evaluation.submittedAt()).isEqualTo(AFTER_THE_LAST_SESSION);
        assertThat(evaluation.comments()).isEqualTo("Safer to speak up now.");
        assertThat(evaluation.ratings()).extracting(ObjectiveRating::change)
                .containsExactly(OptionalInt.of(2), OptionalInt.of(1), OptionalInt.of(1));
        assertThat(evaluation.isComplete()).isTrue();
        assertThat(evaluations.evaluationOf(RESIDENTS_GROUP, AMARA)).contains(evaluation);
    }

    @Test
    @DisplayName("an evaluation missing one after-series rating is stored but not complete")
    void partialEvaluationIsNotComplete() {
        var third = form.objective(3).orElseThrow();
        var full = rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3));
        var withoutThirdAfter = new EvaluationSubmission(AMARA, full.before(),
                java.util.Map.of(form.objective(1).orElseThrow(), 4, form.objective(2).orElseThrow(), 4), "");

        var outcome = evaluations.submit(form, GROUP_OF_SIX, withoutThirdAfter);

        var evaluation = outcome.storedEvaluation().orElseThrow();
        assertThat(evaluation.isComplete()).isFalse();
        assertThat(evaluation.ratings().get(2)).isEqualTo(new ObjectiveRating(third, OptionalInt.of(2), OptionalInt.empty()));
        assertThat(evaluations.hasCompletedEvaluation(RESIDENTS_GROUP, AMARA)).isFalse();
    }

    @Test
    @DisplayName("only a complete evaluation counts as completed for credit")
    void completedEvaluationForCredit() {
        assertThat(evaluations.hasCompletedEvaluation(RESIDENTS_GROUP, AMARA)).isFalse();

        evaluations.submit(form, GROUP_OF_SIX, rated(form, AMARA, ratings(1, 1, 1), ratings(5, 5, 5)));

        assertThat(evaluations.hasCompletedEvaluation(RESIDENTS_GROUP, AMARA)).isTrue();
        assertThat(evaluations.hasCompletedEvaluation(RESIDENTS_GROUP, BEN)).isFalse();
    }

    @Test
    @DisplayName("ratings given before the series can be completed later by submitting again, which replaces the first")
    void resubmissionReplaces() {
        var first = form.objectives().get(0);
        var beforeOnly = EvaluationSubmission.by(AMARA).withBefore(first, 2);
        evaluations.submit(form, GROUP_OF_SIX, beforeOnly);

        var outcome = evaluations.submit(form, GROUP_OF_SIX, rated(form, AMARA, ratings(2, 3, 3), ratings(4, 4, 4)));

        assertThat(outcome).isInstanceOf(SubmissionOutcome.Replaced.class);
        var replaced = (SubmissionOutcome.Replaced) outcome;
        assertThat(replaced.previous().isComplete()).isFalse();
        assertThat(replaced.evaluation().isComplete()).isTrue();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("a complete evaluation cannot be replaced by an incomplete one, and the message names what is missing")
    void completeCannotBecomeIncomplete() {
        evaluations.submit(form, GROUP_OF_SIX, rated(form, AMARA, ratings(2, 3, 3), ratings(4, 4, 4)));
        var stored = evaluations.evaluationOf(RESIDENTS_GROUP, AMARA).orElseThrow();

        var outcome = evaluations.submit(form, GROUP_OF_SIX,
                EvaluationSubmission.by(AMARA).withBefore(form.objectives().get(0), 3).withComments("changed my mind"));

        assertThat(codes(outcome.violations())).containsExactly("complete-evaluation-cannot-become-incomplete");
        assertThat(outcome.violations().get(0).message()).contains("objective 1 after the series",
                "objective 2 before and after the series", "objective 3 before and after the series");
        assertThat(evaluations.evaluationOf(RESIDENTS_GROUP, AMARA)).contains(stored);
    }

    @Test
    @DisplayName("after the form closes, submissions and changes are refused")
    void closedFormRefuses() {
        var closed = EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES, RatingScale.ability(),
                Optional.of(AFTER_THE_LAST_SESSION)).orElseThrow();

        var outcome = evaluations.submit(closed, GROUP_OF_SIX, rated(closed, AMARA, ratings(2, 3, 3), ratings(4, 4, 4)));

        assertThat(codes(outcome.violations())).containsExactly("evaluation-closed");
        assertThat(store.size()).isZero();
    }

    @Test
    @DisplayName("one second before the form closes a submission is still accepted")
    void openUntilClosing() {
        var closing = AFTER_THE_LAST_SESSION.plusSeconds(1);
        var closesSoon = EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES, RatingScale.ability(),
                Optional.of(closing)).orElseThrow();

        assertThat(evaluations.submit(closesSoon, GROUP_OF_SIX,
                rated(closesSoon, AMARA, ratings(2, 3, 3), ratings(4, 4, 4))).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("someone who is not on the group's roster cannot evaluate it")
    void nonMemberRefused() {
        var visitor = new MemberId("visiting-resident");

        var outcome = evaluations.submit(form, GROUP_OF_SIX, rated(form, visitor, ratings(2, 3, 3), ratings(4, 4, 4)));

        assertThat(codes(outcome.violations())).containsExactly("not-a-group-member");
        assertThat(outcome.violations().get(0).message()).contains("visiting-resident");
    }

    @Test
    @DisplayName("a rating outside the scale is refused, naming the objective, the moment and the scale")
    void ratingOutOfScaleRefused() {
        var outcome = evaluations.submit(form, GROUP_OF_SIX, rated(form, AMARA, ratings(2, 0, 3), ratings(4, 4, 6)));

        assertThat(codes(outcome.violations())).containsExactly("rating-out-of-scale", "rating-out-of-scale");
        assertThat(outcome.violations().get(0).message())
                .isEqualTo("objective 2 is rated 0 before the series; use the scale 1 (poor) to 5 (excellent)");
        assertThat(outcome.violations().get(1).message()).contains("objective 3 is rated 6 after the series");
    }

    @Test
    @DisplayName("a rating for an objective that is not on the group's form is refused")
    void unknownObjectiveRefused() {
        var fromAnotherForm = new LearningObjective(4, "Objective of another programme");

        var outcome = evaluations.submit(form, GROUP_OF_SIX,
                rated(form, AMARA, ratings(2, 3, 3), ratings(4, 4, 4)).withAfter(fromAnotherForm, 3));

        assertThat(codes(outcome.violations())).containsExactly("unknown-objective");
    }

    @Test
    @DisplayName("comments of 2,000 characters are accepted and 2,001 are refused")
    void commentLengthBounded() {
        var longest = rated(form, AMARA, ratings(2, 3, 3), ratings(4, 4, 4)).withComments("c".repeat(2000));
        assertThat(evaluations.submit(form, GROUP_OF_SIX, longest).isAccepted()).isTrue();

        var tooLong = rated(form, BEN, ratings(2, 3, 3), ratings(4, 4, 4)).withComments("c".repeat(2001));
        var outcome = evaluations.submit(form, GROUP_OF_SIX, tooLong);
        assertThat(codes(outcome.violations())).containsExactly("comments-too-long");
        assertThat(outcome.violations().get(0).message()).contains("2001 characters", "at most 2000");
    }

    @Test
    @DisplayName("an evaluation with neither ratings nor comments is refused")
    void emptyEvaluationRefused() {
        var outcome = evaluations.submit(form, GROUP_OF_SIX, EvaluationSubmission.by(AMARA).withComments("   "));

        assertThat(codes(outcome.violations())).containsExactly("empty-evaluation");
    }

    @Test
    @DisplayName("comments alone are accepted as an incomplete evaluation")
    void commentsAloneAccepted() {
        var outcome = evaluations.submit(form, GROUP_OF_SIX, EvaluationSubmission.by(AMARA).withComments("Thank you"));

        assertThat(outcome.storedEvaluation().orElseThrow().isComplete()).isFalse();
    }

    @Test
    @DisplayName("a submission breaking several rules gets every reason and nothing is stored")
    void everyReasonAndNothingStored() {
        var lateClock = Clock.fixed(AFTER_THE_LAST_SESSION.plusSeconds(3600), ZoneOffset.UTC);
        var late = new GroupEvaluations(store, lateClock);
        var closed = EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES, RatingScale.ability(),
                Optional.of(AFTER_THE_LAST_SESSION)).orElseThrow();
        var outsider = new MemberId("outsider");

        var outcome = late.submit(closed, GROUP_OF_SIX,
                rated(closed, outsider, ratings(9, 3, 3), ratings(4, 4, 4)).withComments("c".repeat(2001)));

        assertThat(outcome).isInstanceOf(SubmissionOutcome.Refused.class);
        assertThat(codes(outcome.violations()))
                .containsExactly("not-a-group-member", "evaluation-closed", "rating-out-of-scale", "comments-too-long");
        assertThat(outcome.storedEvaluation()).isEmpty();
        assertThat(store.size()).isZero();
    }
}
