package org.balint.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.balint.core.evaluation.DefiningAnEvaluationFormTest.codes;
import static org.balint.core.evaluation.EvaluationFixtures.AFTER_THE_LAST_SESSION;
import static org.balint.core.evaluation.EvaluationFixtures.AMARA;
import static org.balint.core.evaluation.EvaluationFixtures.BEN;
import static org.balint.core.evaluation.EvaluationFixtures.CHIDI;
import static org.balint.core.evaluation.EvaluationFixtures.CLOCK;
import static org.balint.core.evaluation.EvaluationFixtures.DANA;
import static org.balint.core.evaluation.EvaluationFixtures.ELIF;
import static org.balint.core.evaluation.EvaluationFixtures.FINN;
import static org.balint.core.evaluation.EvaluationFixtures.GROUP_OF_SIX;
import static org.balint.core.evaluation.EvaluationFixtures.RESIDENTS_GROUP;
import static org.balint.core.evaluation.EvaluationFixtures.THREE_OBJECTIVES;
import static org.balint.core.evaluation.EvaluationFixtures.rated;
import static org.balint.core.evaluation.EvaluationFixtures.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportingOnAGroupTest {

    private final InMemoryEvaluationStore store = new InMemoryEvaluationStore();
    private final GroupEvaluations evaluations = new GroupEvaluations(store, CLOCK);
    private final EvaluationForm form = EvaluationFixtures.threeObjectiveForm();

    /** Four of six members complete the evaluation; a fifth leaves the after-series ratings out. */
    private void fourOfSixComplete() {
        submit(rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3)).withComments("Safer to speak up now."));
        submit(rated(form, BEN, ratings(1, 2, 3), ratings(3, 4, 3)));
        submit(rated(form, CHIDI, ratings(3, 3, 1), ratings(4, 5, 2)).withComments("Evenings were hard to attend."));
        submit(rated(form, DANA, ratings(2, 2, 2), ratings(5, 3, 4)).withComments("Aim for fewer sessions."));
        submit(EvaluationSubmission.by(ELIF).withBefore(form.objectives().get(0), 1).withComments("Unfinished"));
    }

    @Test
    @DisplayName("four complete evaluations of six members give per-objective means computed by hand")
    void meansComputedByHand() {
        fourOfSixComplete();

        var report = (EvaluationReport.Published) evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.standard());

        assertThat(report.responses()).isEqualTo(4);
        assertThat(report.members()).isEqualTo(6);
        assertThat(report.responseRate()).isCloseTo(4.0 / 6.0, within(1e-12));
        // objective 1: before 2+1+3+2 = 8 → 2.0, after 4+3+4+5 = 16 → 4.0
        // objective 2: before 3+2+3+2 = 10 → 2.5, after 4+4+5+3 = 16 → 4.0
        // objective 3: before 2+3+1+2 = 8 → 2.0, after 3+3+2+4 = 12 → 3.0
        assertThat(report.objectives()).containsExactly(
                new ObjectiveSummary(form.objectives().get(0), 2.0, 4.0),
                new ObjectiveSummary(form.objectives().get(1), 2.5, 4.0),
                new ObjectiveSummary(form.objectives().get(2), 2.0, 3.0));
        assertThat(report.objectives()).extracting(ObjectiveSummary::change).containsExactly(2.0, 1.5, 1.0);
        assertThat(report.scale()).isEqualTo(RatingScale.ability());
    }

    @Test
    @DisplayName("comments of the responses are listed alphabetically and without names")
    void commentsAlphabeticalWithoutNames() {
        fourOfSixComplete();

        var report = (EvaluationReport.Published) evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.standard());

        assertThat(report.comments()).containsExactly(
                "Aim for fewer sessions.", "Evenings were hard to attend.", "Safer to speak up now.");
    }

    @Test
    @DisplayName("with two complete evaluations the figures and comments are withheld, but the response rate is given")
    void fewResponsesWithheld() {
        submit(rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3)).withComments("Safer to speak up now."));
        submit(rated(form, BEN, ratings(1, 2, 3), ratings(3, 4, 3)));

        var report = evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.standard());

        assertThat(report).isInstanceOf(EvaluationReport.Withheld.class);
        var withheld = (EvaluationReport.Withheld) report;
        assertThat(withheld.responses()).isEqualTo(2);
        assertThat(withheld.responseRate()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(withheld.minimumResponses()).isEqualTo(3);
        assertThat(withheld.explanation())
                .isEqualTo("2 members have completed the evaluation; figures are shown from 3 responses on"
                        + " so that no member's answers can be recognised");
    }

    @Test
    @DisplayName("exactly three complete evaluations reach the default threshold")
    void threeResponsesPublished() {
        submit(rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3)));
        submit(rated(form, BEN, ratings(1, 2, 3), ratings(3, 4, 3)));
        submit(rated(form, CHIDI, ratings(3, 3, 1), ratings(4, 5, 2)));

        assertThat(evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.standard()))
                .isInstanceOf(EvaluationReport.Published.class);
    }

    @Test
    @DisplayName("a provider may lower the threshold, for example to publish a pair's figures")
    void configurableThreshold() {
        submit(rated(form, AMARA, ratings(2, 3, 2), ratings(4, 4, 3)));
        submit(rated(form, BEN, ratings(1, 2, 3), ratings(3, 4, 3)));

        var report = evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.of(2).orElseThrow());

        assertThat(report).isInstanceOf(EvaluationReport.Published.class);
        assertThat(((EvaluationReport.Published) report).objectives().get(0).meanBefore()).isEqualTo(1.5);
    }

    @Test
    @DisplayName("a threshold below one response is refused")
    void impossibleThresholdRefused() {
        assertThat(codes(ReportingThreshold.of(0).violations())).containsExactly("reporting-threshold-too-low");
    }

    @Test
    @DisplayName("incomplete evaluations are not responses")
    void incompleteNotCounted() {
        fourOfSixComplete();

        assertThat(evaluations.report(form, GROUP_OF_SIX, ReportingThreshold.standard()).responses()).isEqualTo(4);
    }

    @Test
    @DisplayName("evaluations by people no longer on the roster are not counted")
    void departedMembersNotCounted() {
        fourOfSixComplete();
        var withoutDana = Set.of(AMARA, BEN, CHIDI, ELIF);

        var report = evaluations.report(form, withoutDana, ReportingThreshold.standard());

        assertThat(report.responses()).isEqualTo(3);
        assertThat(report.responseRate()).isEqualTo(0.75);
    }

    @Test
    @DisplayName("evaluations made before the objectives were changed are not counted against the new form")
    void outdatedEvaluationsNotCounted() {
        fourOfSixComplete();
        var revised = EvaluationForm.define(RESIDENTS_GROUP, List.of("A new first objective",
                form.objectives().get(1).statement(), form.objectives().get(2).statement())).orElseThrow();

        var report = evaluations.report(revised, GROUP_OF_SIX, ReportingThreshold.standard());

        assertThat(report).isInstanceOf(EvaluationReport.Withheld.class);
        assertThat(report.responses()).isZero();
    }

    @Test
    @DisplayName("evaluations of another group are not counted in this group's report")
    void otherGroupsNotCounted() {
        fourOfSixComplete();
        var otherGroup = new GroupId("nurses-autumn");
        var otherForm = EvaluationForm.define(otherGroup, THREE_OBJECTIVES).orElseThrow();
        var mixed = new ArrayList<>(store.forGroup(RESIDENTS_GROUP));
        mixed.add(new Evaluation(otherGroup, FINN, mixed.get(0).ratings(), "", AFTER_THE_LAST_SESSION));

        assertThat(EvaluationReport.compile(form, GROUP_OF_SIX, mixed, ReportingThreshold.standard()).responses())
                .isEqualTo(4);
        assertThat(EvaluationReport.compile(otherForm, GROUP_OF_SIX, mixed, ReportingThreshold.standard()).responses())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a group with no members reports a response rate of zero")
    void emptyGroup() {
        var report = evaluations.report(form, Set.<MemberId>of(), ReportingThreshold.standard());

        assertThat(report.responses()).isZero();
        assertThat(report.responseRate()).isZero();
    }

    private void submit(EvaluationSubmission submission) {
        assertThat(evaluations.submit(form, GROUP_OF_SIX, submission).isAccepted()).isTrue();
    }
}
