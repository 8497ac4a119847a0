package org.balint.lti.tool.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationReport;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.evaluation.ObjectiveSummary;
import org.balint.core.evaluation.RatingScale;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.evaluation.EvaluationAnswers;
import org.balint.lti.tool.evaluation.LeaderEvaluations;
import org.balint.lti.tool.evaluation.MemberEvaluation;
import org.balint.lti.tool.evaluation.SeriesEvaluations;

/**
 * The evaluation pages' content, as pure functions of what the services answered: a member's evaluation
 * form (each learning objective a group of two radio groups, before and after the series, on the core's
 * rating scale, with the reasons beside the fields) and the faculty's page (the learning objectives form
 * and the summary, which says when figures are withheld so that no member's answers can be recognised).
 */
final class EvaluationPages {

    /** Where a member's evaluation is posted, below the base path. */
    static final String SUBMIT_ACTION = "lti/evaluation/submit";
    /** Where the faculty post the learning objectives, below the base path. */
    static final String OBJECTIVES_ACTION = "lti/evaluation/objectives";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private EvaluationPages() {
    }

    /**
     * A member's evaluation page: the form with {@code shown} filled in and {@code errors} beside their fields,
     * and {@code confirmation} above it after a stored submission.
     */
    static String member(MemberEvaluation view, String basePath, String hidden, EvaluationAnswers shown,
            List<FieldViolation> errors, Optional<String> confirmation) {
        StringBuilder out = new StringBuilder("<h1>Evaluate the series</h1>\n");
        confirmation.ifPresent(text -> out.append("<div class=\"notice\" role=\"status\"><p>").append(Html.escape(text))
                .append("</p></div>\n"));
        if (!view.member()) {
            return out.append("<p>Members of <strong>").append(Html.escape(view.groupTitle())).append("</strong> evaluate"
                    + " the series here. Once your registration is accepted, this page shows the form.</p>").toString();
        }
        if (view.form().isEmpty()) {
            return out.append("<p>The leaders of <strong>").append(Html.escape(view.groupTitle()))
                    .append("</strong> have not set the learning objectives of the evaluation yet. Come back once they"
                            + " have: this page will show the form.</p>\n")
                    .append("<p>").append(Html.escape(view.creditNote())).append("</p>").toString();
        }
        EvaluationForm form = view.form().get();
        out.append("<p>Rate your ability in each learning objective of <strong>").append(Html.escape(view.groupTitle()))
                .append("</strong> as it was <em>before</em> the series and as it is <em>after</em> it, on the scale ")
                .append(Html.escape(form.scale().toString())).append(". Your answers are reported to the leaders"
                        + " only as group figures, never with your name.</p>\n")
                .append("<p>").append(Html.escape(view.creditNote())).append("</p>\n");
        view.own().ifPresent(own -> out.append("<p class=\"hint\">You submitted an evaluation on ")
                .append(Html.escape(WHEN.format(own.submittedAt()))).append(own.isComplete() ? "" : " (not complete)")
                .append(view.open() ? "; submitting again replaces it." : ".").append("</p>\n"));
        if (!view.open()) {
            return out.append("<p>The evaluation closed at ").append(Html.escape(WHEN.format(form.closesAt().orElseThrow())))
                    .append("; it can no longer be submitted or changed.</p>").toString();
        }
        out.append(CoursePages.summary(errors))
                .append("<form method=\"post\" action=\"").append(Html.escape(basePath + SUBMIT_ACTION))
                .append("\" novalidate>\n").append(hidden);
        for (LearningObjective objective : form.objectives()) {
            out.append("<fieldset class=\"objective\"><legend>Objective ").append(objective.number()).append(": ")
                    .append(Html.escape(objective.statement())).append("</legend>\n")
                    .append(scale(form.scale(), SeriesEvaluations.beforeField(objective.number()), "Before the series",
                            shown.before().get(objective.number()), errors))
                    .append(scale(form.scale(), SeriesEvaluations.afterField(objective.number()), "After the series",
                            shown.after().get(objective.number()), errors))
                    .append("</fieldset>\n");
        }
        out.append(CoursePages.field(SeriesEvaluations.COMMENTS, "Comments (optional)", errors,
                EvaluationForm.COMMENTS_NOTICE + " At most " + EvaluationForm.MAX_COMMENT_LENGTH + " characters.",
                "<textarea " + CoursePages.control(SeriesEvaluations.COMMENTS, errors, "x") + " rows=\"5\" maxlength=\""
                        + EvaluationForm.MAX_COMMENT_LENGTH + "\">" + Html.escape(shown.comments()) + "</textarea>"))
                .append("<button type=\"submit\">Submit my evaluation</button>\n</form>");
        return out.toString();
    }

    /** What the form shows of a stored evaluation: its ratings and comments. */
    static EvaluationAnswers answersOf(Optional<Evaluation> evaluation) {
        if (evaluation.isEmpty()) {
            return new EvaluationAnswers(java.util.Map.of(), java.util.Map.of(), "");
        }
        java.util.Map<Integer, String> before = new java.util.HashMap<>();
        java.util.Map<Integer, String> after = new java.util.HashMap<>();
        for (ObjectiveRating rating : evaluation.get().ratings()) {
            rating.before().ifPresent(r -> before.put(rating.objective().number(), Integer.toString(r)));
            rating.after().ifPresent(r -> after.put(rating.objective().number(), Integer.toString(r)));
        }
        return new EvaluationAnswers(before, after, evaluation.get().comments());
    }

    /** The faculty's page: the summary first, then the learning objectives form. */
    static String faculty(LeaderEvaluations view, String basePath, String hidden, String objectivesText,
            List<FieldViolation> errors, Optional<String> confirmation) {
        StringBuilder out = new StringBuilder("<h1>Evaluation summary</h1>\n");
        confirmation.ifPresent(text -> out.append("<div class=\"notice\" role=\"status\"><p>").append(Html.escape(text))
                .append("</p></div>\n"));
        out.append(summary(view));
        out.append("<h2>Learning objectives</h2>\n");
        if (view.form().isPresent()) {
            out.append("<p>Members rate these before and after the series. Changing them starts the count again:"
                    + " evaluations made on the earlier objectives are no longer counted in the summary.</p>\n");
        } else {
            out.append("<p>Members can evaluate the series once you set its learning objectives: what the group"
                    + " intends members to be able to do, in your own words (typically eight to ten).</p>\n");
        }
        out.append(CoursePages.summary(errors))
                .append("<form method=\"post\" action=\"").append(Html.escape(basePath + OBJECTIVES_ACTION))
                .append("\" novalidate>\n").append(hidden)
                .append(CoursePages.field(SeriesEvaluations.OBJECTIVES, "Learning objectives, one a line", errors,
                        "At most " + EvaluationForm.MAX_OBJECTIVES + " objectives of at most "
                                + EvaluationForm.MAX_OBJECTIVE_LENGTH + " characters each; no patient details.",
                        "<textarea " + CoursePages.control(SeriesEvaluations.OBJECTIVES, errors, "x") + " rows=\"8\">"
                                + Html.escape(objectivesText) + "</textarea>"))
                .append("<button type=\"submit\">Save the learning objectives</button>\n</form>");
        return out.toString();
    }

    /** The text the objectives form shows for {@code form}: its statements, one a line. */
    static String objectivesText(Optional<EvaluationForm> form) {
        return form.map(f -> f.objectives().stream().map(LearningObjective::statement).collect(Collectors.joining("\n")))
                .orElse("");
    }

    private static String summary(LeaderEvaluations view) {
        if (view.report().isEmpty()) {
            return "<p>No evaluation yet: set the learning objectives below first.</p>\n";
        }
        EvaluationReport report = view.report().get();
        StringBuilder out = new StringBuilder("<p>").append(CoursePages.plural(report.responses(), "complete evaluation"))
                .append(" from ").append(CoursePages.plural(report.members(), "member")).append(" (response rate ")
                .append(Math.round(report.responseRate() * 100)).append(" %).</p>\n");
        if (report instanceof EvaluationReport.Withheld withheld) {
            return out.append("<p><strong>Figures withheld.</strong> ").append(Html.escape(sentence(withheld.explanation())))
                    .append(" With so few answers a mean would show one member's own ratings.</p>\n").toString();
        }
        EvaluationReport.Published published = (EvaluationReport.Published) report;
        out.append("<p class=\"hint\">Mean ratings on the scale ").append(Html.escape(published.scale().toString()))
                .append(", over complete evaluations by current members. Figures appear only from ")
                .append(view.threshold().minimumResponses()).append(" responses on, so that no member's answers can be"
                        + " recognised.</p>\n")
                .append("<div class=\"scroll\"><table><caption>Ratings per learning objective</caption><thead><tr>"
                        + "<th scope=\"col\">Objective</th><th scope=\"col\">Before</th><th scope=\"col\">After</th>"
                        + "<th scope=\"col\">Change</th></tr></thead><tbody>");
        for (ObjectiveSummary objective : published.objectives()) {
            out.append("<tr><th scope=\"row\">").append(objective.objective().number()).append(". ")
                    .append(Html.escape(objective.objective().statement())).append("</th><td>")
                    .append(number(objective.meanBefore())).append("</td><td>").append(number(objective.meanAfter()))
                    .append("</td><td>").append(objective.change() > 0 ? "+" : "").append(number(objective.change()))
                    .append("</td></tr>");
        }
        out.append("</tbody></table></div>\n<h2>Comments</h2>\n");
        if (published.comments().isEmpty()) {
            out.append("<p>No comments.</p>\n");
        } else {
            out.append("<p class=\"hint\">In alphabetical order, without names.</p>\n<ul>")
                    .append(published.comments().stream().map(c -> "<li>" + Html.escape(c) + "</li>")
                            .collect(Collectors.joining()))
                    .append("</ul>\n");
        }
        return out.toString();
    }

    private static String scale(RatingScale scale, String name, String legend, String chosen, List<FieldViolation> errors) {
        List<FieldViolation> mine = errors.stream().filter(e -> e.field().filter(name::equals).isPresent()).toList();
        boolean invalid = !mine.isEmpty();
        StringBuilder out = new StringBuilder("<fieldset class=\"scale\"")
                .append(invalid ? " aria-describedby=\"e-" + name + "\"" : "").append("><legend>").append(legend)
                .append("</legend>");
        if (invalid) {
            out.append("<p class=\"error\" id=\"e-").append(name).append("\">")
                    .append(mine.stream().map(e -> Html.escape(sentence(e.violation().message()))
                            + " <span class=\"reason\">(<code>" + Html.escape(e.violation().code()) + "</code>)</span>")
                            .collect(Collectors.joining("<br>")))
                    .append("</p>");
        }
        out.append("<div class=\"points\">");
        for (int point = scale.lowest(); point <= scale.highest(); point++) {
            String id = point == scale.lowest() ? "f-" + name : "f-" + name + "-" + point;
            String label = point + scale.label(point).map(l -> " " + l).orElse("");
            out.append("<label for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                    .append("\" name=\"").append(name).append("\" value=\"").append(point).append("\"")
                    .append(Integer.toString(point).equals(chosen) ? " checked" : "")
                    .append(invalid ? " aria-invalid=\"true\"" : "").append("><span>").append(Html.escape(label))
                    .append("</span></label>");
        }
        return out.append("</div></fieldset>\n").toString();
    }

    private static String number(double value) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
