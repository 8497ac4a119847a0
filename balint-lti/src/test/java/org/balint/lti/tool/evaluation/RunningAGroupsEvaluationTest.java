package org.balint.lti.tool.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.evaluation.GroupOnRecord.ADA;
import static org.balint.lti.tool.evaluation.GroupOnRecord.BEN;
import static org.balint.lti.tool.evaluation.GroupOnRecord.CARLA;
import static org.balint.lti.tool.evaluation.GroupOnRecord.CLOCK;
import static org.balint.lti.tool.evaluation.GroupOnRecord.GROUP;
import static org.balint.lti.tool.evaluation.GroupOnRecord.OTHER_PLATFORM;
import static org.balint.lti.tool.evaluation.GroupOnRecord.OUTSIDER;
import static org.balint.lti.tool.evaluation.GroupOnRecord.TENANT;

import java.util.List;
import java.util.Map;
import org.balint.core.evaluation.EvaluationReport;
import org.balint.core.evaluation.ReportingThreshold;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A group's evaluation: objectives set by its faculty, members' answers, the summary")
class RunningAGroupsEvaluationTest {

    private static final String OBJECTIVES = "Recognise one's own feelings as information about the relationship\n\n"
            + "  Tolerate not knowing while a case is discussed  \n";

    private final StandaloneDatabase database = GroupOnRecord.open();
    private final SeriesEvaluations evaluations = new SeriesEvaluations(database::inTransaction, new Tenants(CLOCK),
            CLOCK, ReportingThreshold.standard());

    @AfterEach
    void close() {
        database.close();
    }

    private void objectivesSet() {
        var outcome = evaluations.setObjectives(TENANT, GROUP, SeriesEvaluations.objectivesOf(OBJECTIVES)).orElseThrow();
        assertThat(outcome).isInstanceOf(EvaluationOutcome.Stored.class);
    }

    private static EvaluationAnswers complete(int before, int after) {
        return new EvaluationAnswers(Map.of(1, "" + before, 2, "" + before), Map.of(1, "" + after, 2, "" + after), "");
    }

    private EvaluationOutcome<SeriesEvaluations.Submitted> submit(MemberId member, EvaluationAnswers answers) {
        return evaluations.submit(TENANT, GROUP, member, answers).orElseThrow();
    }

    @Test
    @DisplayName("until the faculty set the objectives members see no form, and an answer is refused saying why")
    void noObjectivesYet() {
        assertThat(evaluations.forMember(TENANT, GROUP, ADA).orElseThrow().form()).isEmpty();

        var outcome = submit(ADA, complete(2, 4));

        assertThat(((EvaluationOutcome.Refused<?>) outcome).violations()).extracting(v -> v.violation().code())
                .containsExactly("no-evaluation-form");
    }

    @Test
    @DisplayName("objectives are one a line, blank lines left out; a repeated one is refused beside the field")
    void settingObjectives() {
        objectivesSet();

        var form = evaluations.forFaculty(TENANT, GROUP).orElseThrow().form().orElseThrow();
        assertThat(form.objectives()).extracting(o -> o.statement()).containsExactly(
                "Recognise one's own feelings as information about the relationship",
                "Tolerate not knowing while a case is discussed");
        var refused = (EvaluationOutcome.Refused<?>) evaluations.setObjectives(TENANT, GROUP,
                List.of("Listen", "listen")).orElseThrow();
        assertThat(refused.violations()).extracting(FieldViolation::field, v -> v.violation().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("objectives"),
                        "duplicate-learning-objective"));
    }

    @Test
    @DisplayName("an answer left out is refused beside its field and nothing is stored; a complete one is stored")
    void missingAnswer() {
        objectivesSet();

        var refused = (EvaluationOutcome.Refused<?>) submit(ADA, new EvaluationAnswers(Map.of(1, "2", 2, "3"),
                Map.of(1, "4"), "Good group"));

        assertThat(refused.violations()).extracting(v -> v.field().orElseThrow(), v -> v.violation().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("after-2", "rating-missing"));
        assertThat(refused.violations().get(0).violation().message()).contains("objective 2 after the series")
                .contains("1 (poor) to 5 (excellent)");
        assertThat(evaluations.forMember(TENANT, GROUP, ADA).orElseThrow().own()).isEmpty();

        var stored = (EvaluationOutcome.Stored<SeriesEvaluations.Submitted>) submit(ADA, complete(2, 4));
        assertThat(stored.value().replaced()).isFalse();
        assertThat(stored.value().view().own().orElseThrow().isComplete()).isTrue();
        assertThat(stored.value().view().creditNote()).contains("do not require an evaluation");
    }

    @Test
    @DisplayName("a rating off the scale and overlong comments are refused beside their fields")
    void offTheScale() {
        objectivesSet();

        var refused = (EvaluationOutcome.Refused<?>) submit(ADA, new EvaluationAnswers(Map.of(1, "9", 2, "x"),
                Map.of(1, "3", 2, "3"), "c".repeat(2001)));

        assertThat(refused.violations()).extracting(v -> v.field().orElseThrow()).containsExactly("before-1", "before-2",
                "comments");
    }

    @Test
    @DisplayName("someone who is not a member of the group is refused by the core's rules")
    void outsiderRefused() {
        objectivesSet();

        var refused = (EvaluationOutcome.Refused<?>) submit(OUTSIDER, complete(3, 3));

        assertThat(refused.violations()).extracting(v -> v.violation().code()).containsExactly("not-a-group-member");
    }

    @Test
    @DisplayName("the summary withholds figures below three responses and shows the means from three on")
    void summaryRespectsTheThreshold() {
        objectivesSet();
        submit(ADA, complete(2, 4));
        submit(BEN, complete(3, 5));

        var withheld = (EvaluationReport.Withheld) evaluations.forFaculty(TENANT, GROUP).orElseThrow().report().orElseThrow();
        assertThat(withheld.responses()).isEqualTo(2);
        assertThat(withheld.explanation()).contains("from 3 responses on");

        submit(CARLA, complete(1, 3));
        var published = (EvaluationReport.Published) evaluations.forFaculty(TENANT, GROUP).orElseThrow().report()
                .orElseThrow();
        assertThat(published.responses()).isEqualTo(3);
        assertThat(published.members()).isEqualTo(4);
        assertThat(published.objectives().get(0).meanBefore()).isEqualTo(2.0);
        assertThat(published.objectives().get(0).meanAfter()).isEqualTo(4.0);
    }

    @Test
    @DisplayName("another platform does not find the group")
    void nothingCrossesPlatforms() {
        objectivesSet();

        assertThat(evaluations.forFaculty(OTHER_PLATFORM, GROUP)).isEmpty();
        assertThat(evaluations.submit(OTHER_PLATFORM, GROUP, ADA, complete(2, 4))).isEmpty();
    }
}
