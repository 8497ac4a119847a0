package org.balint.lti.tool.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationReport;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.evaluation.RatingScale;
import org.balint.lti.tool.evaluation.LeaderEvaluations;
import org.balint.lti.tool.evaluation.MemberEvaluation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of a group's evaluation. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /**
     * The rating scale.
     *
     * @param lowest  the lowest point
     * @param highest the highest point
     * @param anchors the labelled points, e.g. {"1": "poor", "5": "excellent"}
     */
    @Schema(name = "RatingScale", description = "The points members rate on, with the labelled ones.")
    public record ScaleView(int lowest, int highest, Map<String, String> anchors) {
        static ScaleView of(RatingScale scale) {
            Map<String, String> anchors = new java.util.LinkedHashMap<>();
            scale.anchors().forEach((point, label) -> anchors.put(Integer.toString(point), label));
            return new ScaleView(scale.lowest(), scale.highest(), anchors);
        }
    }

    /**
     * One learning objective and, in a member's evaluation, their ratings of it.
     *
     * @param number    its number on the form, from 1
     * @param statement what the group intends members to be able to do
     * @param before    the member's rating before the series
     * @param after     the member's rating after the series
     */
    @Schema(name = "EvaluationObjective", description = "A learning objective and the caller's ratings of it.")
    public record ObjectiveView(int number, String statement, Optional<Integer> before, Optional<Integer> after) {
    }

    /**
     * A member's evaluation of their group.
     *
     * @param group             the group id
     * @param formSet           whether the faculty set the learning objectives yet
     * @param open              whether submissions are accepted now
     * @param scale             the rating scale, once the form is set
     * @param objectives        the objectives with the member's ratings
     * @param comments          the member's comments
     * @param commentsNotice    what members must not write in comments
     * @param submittedAt       when the member's evaluation was stored, if it was
     * @param complete          whether it rates every objective before and after
     * @param requiredForCredit whether the group's credit waits for a completed evaluation
     * @param creditNote        what the evaluation means for the member's credit
     */
    @Schema(name = "MemberEvaluation", description = "The group's evaluation form and the caller's own answers.")
    public record MemberEvaluationView(String group, boolean formSet, boolean open, Optional<ScaleView> scale,
            List<ObjectiveView> objectives, String comments, String commentsNotice, Optional<String> submittedAt,
            boolean complete, boolean requiredForCredit, String creditNote) {

        static MemberEvaluationView of(MemberEvaluation view) {
            List<ObjectiveView> objectives = view.form().map(form -> form.objectives().stream().map(objective -> {
                Optional<ObjectiveRating> rating = view.own().flatMap(own -> own.ratings().stream()
                        .filter(r -> r.objective().equals(objective)).findFirst());
                return new ObjectiveView(objective.number(), objective.statement(),
                        rating.flatMap(r -> boxed(r.before())), rating.flatMap(r -> boxed(r.after())));
            }).toList()).orElse(List.of());
            return new MemberEvaluationView(view.group().value(), view.form().isPresent(), view.open(),
                    view.form().map(EvaluationForm::scale).map(ScaleView::of), objectives,
                    view.own().map(own -> own.comments()).orElse(""), EvaluationForm.COMMENTS_NOTICE,
                    view.own().map(own -> own.submittedAt().toString()),
                    view.own().filter(own -> own.isComplete()).isPresent(), view.requiredForCredit(), view.creditNote());
        }

        private static Optional<Integer> boxed(java.util.OptionalInt value) {
            return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
        }
    }

    /**
     * One objective's rating as a member sends it.
     *
     * @param objective the objective's number
     * @param before    the rating before the series
     * @param after     the rating after the series
     */
    @Schema(name = "EvaluationRating", description = "The ratings of one objective, before and after the series.")
    public record RatingInput(Integer objective, Integer before, Integer after) {
    }

    /**
     * A member's evaluation as they send it: the whole evaluation, replacing an earlier one.
     *
     * @param ratings  one entry per objective
     * @param comments optional comments; no patient details
     */
    @Schema(name = "EvaluationInput", description = "The caller's whole evaluation: a rating of every objective "
            + "before and after the series, and optional comments without patient details.")
    public record EvaluationInput(List<RatingInput> ratings, String comments) {
    }

    /**
     * The learning objectives as the faculty send them.
     *
     * @param objectives the statements, in order
     */
    @Schema(name = "ObjectivesInput", description = "The group's learning objectives, in order.")
    public record ObjectivesInput(List<String> objectives) {
    }

    /**
     * One objective's figures in the summary.
     *
     * @param number     the objective's number
     * @param statement  the objective
     * @param meanBefore the mean rating before the series
     * @param meanAfter  the mean rating after the series
     * @param change     after minus before
     */
    @Schema(name = "ObjectiveSummary", description = "Mean ratings of one objective over the complete evaluations.")
    public record ObjectiveSummaryView(int number, String statement, double meanBefore, double meanAfter, double change) {
    }

    /**
     * A group's evaluation summary.
     *
     * @param group            the group id
     * @param objectives       the learning objectives, once set
     * @param members          members on the roster
     * @param responses        complete evaluations counted
     * @param responseRate     responses ÷ members
     * @param published        whether figures are shown (enough responses)
     * @param minimumResponses the fewest responses for figures to be shown
     * @param withheldBecause  why figures are withheld, when they are
     * @param scale            the rating scale, once the form is set
     * @param figures          per objective, when published
     * @param comments         members' comments, alphabetical, without names, when published
     */
    @Schema(name = "EvaluationSummary", description = "Counts and response rate; per-objective means and comments only"
            + " from the reporting threshold on, so that no member's answers can be recognised.")
    public record SummaryView(String group, List<String> objectives, int members, int responses, double responseRate,
            boolean published, int minimumResponses, Optional<String> withheldBecause, Optional<ScaleView> scale,
            List<ObjectiveSummaryView> figures, List<String> comments) {

        static SummaryView of(LeaderEvaluations view) {
            List<String> objectives = view.form().map(f -> f.objectives().stream().map(o -> o.statement()).toList())
                    .orElse(List.of());
            int minimum = view.threshold().minimumResponses();
            Optional<ScaleView> scale = view.form().map(EvaluationForm::scale).map(ScaleView::of);
            if (view.report().isEmpty()) {
                return new SummaryView(view.group().value(), objectives, 0, 0, 0.0, false, minimum,
                        Optional.of("The learning objectives are not set yet, so members cannot evaluate the series."),
                        scale, List.of(), List.of());
            }
            EvaluationReport report = view.report().get();
            if (report instanceof EvaluationReport.Withheld withheld) {
                return new SummaryView(view.group().value(), objectives, report.members(), report.responses(),
                        report.responseRate(), false, minimum, Optional.of(withheld.explanation()), scale, List.of(),
                        List.of());
            }
            EvaluationReport.Published published = (EvaluationReport.Published) report;
            return new SummaryView(view.group().value(), objectives, report.members(), report.responses(),
                    report.responseRate(), true, minimum, Optional.empty(), scale,
                    published.objectives().stream().map(o -> new ObjectiveSummaryView(o.objective().number(),
                            o.objective().statement(), o.meanBefore(), o.meanAfter(), o.change())).toList(),
                    published.comments());
        }
    }

    /** {@code value}, or {@code fallback} where the request's JSON left it out (JSON-B leaves it null). */
    static <T> T orElse(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
