package org.balint.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.evaluation.EvaluationFixtures.RESIDENTS_GROUP;
import static org.balint.core.evaluation.EvaluationFixtures.THREE_OBJECTIVES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DefiningAnEvaluationFormTest {

    @Test
    @DisplayName("a group's own objectives are numbered in the order the provider gives them")
    void objectivesAreNumberedInOrder() {
        var form = EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES).orElseThrow();

        assertThat(form.objectives()).extracting(LearningObjective::number).containsExactly(1, 2, 3);
        assertThat(form.objectives()).extracting(LearningObjective::statement).containsExactlyElementsOf(THREE_OBJECTIVES);
        assertThat(form.objective(2)).contains(form.objectives().get(1));
        assertThat(form.objective(4)).isEmpty();
        assertThat(form.scale()).isEqualTo(RatingScale.ability());
    }

    @Test
    @DisplayName("a form without objectives is refused")
    void noObjectivesRefused() {
        assertThat(codes(EvaluationForm.define(RESIDENTS_GROUP, List.of()).violations()))
                .containsExactly("no-learning-objectives");
    }

    @Test
    @DisplayName("twenty objectives are accepted but twenty-one are too many to rate")
    void atMostTwentyObjectives() {
        assertThat(EvaluationForm.define(RESIDENTS_GROUP, numbered(20)).isValid()).isTrue();
        assertThat(codes(EvaluationForm.define(RESIDENTS_GROUP, numbered(21)).violations()))
                .containsExactly("too-many-learning-objectives");
    }

    @Test
    @DisplayName("the same objective twice is refused even when case and spacing differ")
    void duplicateObjectivesRefused() {
        var outcome = EvaluationForm.define(RESIDENTS_GROUP,
                List.of("Tolerate uncertainty", "Listen without advising", "tolerate   UNCERTAINTY "));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("duplicate-learning-objective");
        assertThat(outcome.violations().get(0).message()).contains("objective 3 repeats objective 1");
    }

    @Test
    @DisplayName("every problem with the objectives is reported at once, each with its position")
    void everyProblemReported() {
        var outcome = EvaluationForm.define(RESIDENTS_GROUP,
                List.of("Tolerate uncertainty", " ", "x".repeat(301), "Tolerate uncertainty"));

        assertThat(codes(outcome.violations())).containsExactly(
                "blank-learning-objective", "learning-objective-too-long", "duplicate-learning-objective");
        assertThat(outcome.violations().get(0).message()).contains("learning objective 2");
        assertThat(outcome.violations().get(1).message()).contains("learning objective 3 is 301 characters");
    }

    @Test
    @DisplayName("an objective of exactly 300 characters is accepted")
    void longestObjectiveAccepted() {
        assertThat(EvaluationForm.define(RESIDENTS_GROUP, List.of("x".repeat(300))).isValid()).isTrue();
    }

    @Test
    @DisplayName("a form with a closing moment accepts submissions only before that moment")
    void formClosesAtItsClosingMoment() {
        var closing = Instant.parse("2026-06-30T23:59:00Z");
        var form = EvaluationForm.define(RESIDENTS_GROUP, THREE_OBJECTIVES, RatingScale.ability(), Optional.of(closing))
                .orElseThrow();

        assertThat(form.isOpenAt(closing.minusSeconds(1))).isTrue();
        assertThat(form.isOpenAt(closing)).isFalse();
        assertThat(EvaluationFixtures.threeObjectiveForm().isOpenAt(Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    @DisplayName("the comment notice warns members not to include patient details")
    void commentNoticeWarnsAboutPatientDetails() {
        assertThat(EvaluationForm.COMMENTS_NOTICE).contains("do not include patient");
    }

    @Test
    @DisplayName("the default scale runs from 1 poor to 5 excellent with every point labelled")
    void defaultScale() {
        var scale = RatingScale.ability();

        assertThat(scale.anchors()).containsExactly(Map.entry(1, "poor"), Map.entry(2, "fair"), Map.entry(3, "good"),
                Map.entry(4, "very good"), Map.entry(5, "excellent"));
        assertThat(scale.contains(0)).isFalse();
        assertThat(scale.contains(6)).isFalse();
        assertThat(scale).hasToString("1 (poor) to 5 (excellent)");
    }

    @Test
    @DisplayName("a provider may use its own scale, such as 0 to 10 with labelled ends")
    void customScale() {
        var scale = RatingScale.of(0, 10, Map.of(0, "not at all", 10, "completely")).orElseThrow();

        assertThat(scale.contains(0)).isTrue();
        assertThat(scale.label(10)).contains("completely");
        assertThat(scale.label(5)).isEmpty();
    }

    @Test
    @DisplayName("an unusable scale is refused with every reason")
    void unusableScaleRefused() {
        assertThat(codes(RatingScale.of(5, 1, Map.of(5, "excellent", 1, "poor")).violations()))
                .containsExactly("scale-ends-out-of-order");
        assertThat(codes(RatingScale.of(0, 11, Map.of(0, "never", 11, "always")).violations()))
                .containsExactly("scale-too-wide");
        assertThat(codes(RatingScale.of(1, 5, Map.of(1, "poor", 7, " ", 3, "y".repeat(41))).violations()))
                .containsExactly("scale-end-unlabelled", "anchor-too-long", "anchor-outside-scale", "blank-anchor");
    }

    private static List<String> numbered(int count) {
        var statements = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            statements.add("Objective number " + i);
        }
        return Collections.unmodifiableList(statements);
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
