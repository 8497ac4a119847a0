package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationReport;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.evaluation.ObjectiveSummary;
import org.balint.core.evaluation.RatingScale;
import org.balint.core.evaluation.ReportingThreshold;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.evaluation.EvaluationAnswers;
import org.balint.lti.tool.evaluation.LeaderEvaluations;
import org.balint.lti.tool.evaluation.MemberEvaluation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The evaluation pages as HTML")
class RenderingEvaluationPagesTest {

    private static final GroupId GROUP = new GroupId("g1");
    private static final EvaluationForm FORM = EvaluationForm.define(GROUP,
            List.of("Notice <feelings> as information", "Tolerate not knowing")).orElseThrow();
    private static final String HIDDEN = "<input type=\"hidden\" name=\"csrf\" value=\"t\">";
    private static final EvaluationAnswers NONE = new EvaluationAnswers(Map.of(), Map.of(), "");

    private static MemberEvaluation view(Optional<Evaluation> own) {
        return new MemberEvaluation(GROUP, "Tuesday group", true, Optional.of(FORM), true, own, false);
    }

    @Test
    @DisplayName("each objective is a fieldset with a legend holding two radio groups on the scale, labelled")
    void radioGroups() {
        String html = EvaluationPages.member(view(Optional.empty()), "/base/", HIDDEN, NONE, List.of(), Optional.empty());

        assertThat(html).contains("<legend>Objective 1: Notice &lt;feelings&gt; as information</legend>")
                .contains("<legend>Before the series</legend>").contains("<legend>After the series</legend>")
                .contains("<label for=\"f-before-1\"><input type=\"radio\" id=\"f-before-1\" name=\"before-1\" value=\"1\">"
                        + "<span>1 poor</span></label>")
                .contains("id=\"f-after-2-5\" name=\"after-2\" value=\"5\"")
                .contains("action=\"/base/lti/evaluation/submit\"").contains(HIDDEN)
                .contains("do not require an evaluation")
                .contains(EvaluationForm.COMMENTS_NOTICE.substring(0, 40)).contains("maxlength=\"2000\"");
    }

    @Test
    @DisplayName("a missing answer is listed at the top and shown inside its radio group, which is described by it")
    void inlineReason() {
        var errors = List.of(FieldViolation.at("after-2", "rating-missing", "Rate objective 2 after the series."));
        var shown = new EvaluationAnswers(Map.of(1, "2"), Map.of(), "Fine");

        String html = EvaluationPages.member(view(Optional.empty()), "/", HIDDEN, shown, errors, Optional.empty());

        assertThat(html).contains("role=\"alert\"").contains("<a href=\"#f-after-2\">Rate objective 2 after the series.</a>")
                .contains("<fieldset class=\"scale\" aria-describedby=\"e-after-2\"><legend>After the series</legend>"
                        + "<p class=\"error\" id=\"e-after-2\">")
                .contains("name=\"after-2\" value=\"1\" aria-invalid=\"true\"")
                .contains("name=\"before-1\" value=\"2\" checked").contains(">Fine</textarea>");
    }

    @Test
    @DisplayName("after a submission the confirmation is announced and the form shows the stored answers")
    void confirmation() {
        var own = new Evaluation(GROUP, new MemberId("m"), List.of(
                new ObjectiveRating(FORM.objectives().get(0), OptionalInt.of(2), OptionalInt.of(4)),
                new ObjectiveRating(FORM.objectives().get(1), OptionalInt.of(3), OptionalInt.of(5))), "",
                Instant.parse("2026-05-01T10:00:00Z"));

        String html = EvaluationPages.member(view(Optional.of(own)), "/", HIDDEN, EvaluationPages.answersOf(Optional.of(own)),
                List.of(), Optional.of("Your evaluation was recorded."));

        assertThat(html).contains("<div class=\"notice\" role=\"status\"><p>Your evaluation was recorded.</p></div>")
                .contains("You submitted an evaluation on 1 May 2026, 10:00 UTC; submitting again replaces it.")
                .contains("name=\"after-2\" value=\"5\" checked");
    }

    @Test
    @DisplayName("without objectives the member is told to come back; the faculty are asked to set them")
    void noForm() {
        var member = new MemberEvaluation(GROUP, "Tuesday group", true, Optional.empty(), false, Optional.empty(), true);
        assertThat(EvaluationPages.member(member, "/", HIDDEN, NONE, List.of(), Optional.empty()))
                .contains("have not set the learning objectives").doesNotContain("<form")
                .contains("release credit only after a completed evaluation");

        var faculty = new LeaderEvaluations(GROUP, "Tuesday group", Optional.empty(), Optional.empty(),
                ReportingThreshold.standard());
        assertThat(EvaluationPages.faculty(faculty, "/", HIDDEN, "", List.of(), Optional.empty()))
                .contains("set the learning objectives below first").contains("action=\"/lti/evaluation/objectives\"");
    }

    @Test
    @DisplayName("below the threshold the summary says figures are withheld and why; above it, means per objective")
    void summary() {
        var withheld = new LeaderEvaluations(GROUP, "Tuesday group", Optional.of(FORM),
                Optional.of(new EvaluationReport.Withheld(GROUP, 6, 2, 3)), ReportingThreshold.standard());
        assertThat(EvaluationPages.faculty(withheld, "/", HIDDEN, EvaluationPages.objectivesText(Optional.of(FORM)),
                List.of(), Optional.empty()))
                .contains("Figures withheld").contains("figures are shown from 3 responses on")
                .contains("2 complete evaluations from 6 members (response rate 33 %)").doesNotContain("<table")
                .contains("Notice &lt;feelings&gt; as information\nTolerate not knowing</textarea>");

        var published = new LeaderEvaluations(GROUP, "Tuesday group", Optional.of(FORM), Optional.of(
                new EvaluationReport.Published(GROUP, 4, 3, RatingScale.ability(), List.of(
                        new ObjectiveSummary(new LearningObjective(1, "Notice <feelings> as information"), 2.0, 4.333),
                        new ObjectiveSummary(new LearningObjective(2, "Tolerate not knowing"), 3.0, 3.0)),
                        List.of("<b>more</b> time"))), ReportingThreshold.standard());
        assertThat(EvaluationPages.faculty(published, "/", HIDDEN, "", List.of(), Optional.empty()))
                .contains("<caption>Ratings per learning objective</caption>")
                .contains("<th scope=\"row\">1. Notice &lt;feelings&gt; as information</th><td>2.0</td><td>4.3</td>"
                        + "<td>+2.3</td>")
                .contains("<li>&lt;b&gt;more&lt;/b&gt; time</li>").contains("from 3 responses on");
    }
}
