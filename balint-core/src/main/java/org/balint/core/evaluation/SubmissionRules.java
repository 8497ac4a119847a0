package org.balint.core.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * The rules a submission must satisfy before it is stored: from a member of the group, while the form
 * is open, rating only the form's objectives and only on its scale, comments within bounds, not empty,
 * and never turning a complete evaluation back into an incomplete one (a credit decision may already
 * rest on it).
 */
final class SubmissionRules {

    private static final Comparator<LearningObjective> FORM_ORDER =
            Comparator.comparingInt(LearningObjective::number).thenComparing(LearningObjective::statement);

    private SubmissionRules() {
    }

    static List<Violation> check(EvaluationForm form, Set<MemberId> roster, Optional<Evaluation> previous,
            EvaluationSubmission submission, Instant now) {
        var violations = new ArrayList<Violation>();
        if (!roster.contains(submission.member())) {
            violations.add(Violation.of("not-a-group-member", submission.member() + " is not a member of group "
                    + form.group() + "; only the group's members evaluate it"));
        }
        if (!form.isOpenAt(now)) {
            violations.add(Violation.of("evaluation-closed", "the evaluation of group " + form.group()
                    + " closed at " + form.closesAt().orElseThrow()
                    + "; evaluations can no longer be submitted or changed"));
        }
        checkRatings(form, submission.before(), "before the series", violations);
        checkRatings(form, submission.after(), "after the series", violations);
        if (submission.comments().length() > EvaluationForm.MAX_COMMENT_LENGTH) {
            violations.add(Violation.of("comments-too-long", "the comments are " + submission.comments().length()
                    + " characters; shorten them to at most " + EvaluationForm.MAX_COMMENT_LENGTH));
        }
        if (submission.before().isEmpty() && submission.after().isEmpty() && submission.comments().isEmpty()) {
            violations.add(Violation.of("empty-evaluation",
                    "the evaluation has no ratings and no comments; rate the learning objectives before submitting"));
        }
        if (previous.filter(Evaluation::isComplete).isPresent()) {
            var missing = missingRatings(form, submission);
            if (!missing.isEmpty()) {
                violations.add(Violation.of("complete-evaluation-cannot-become-incomplete",
                        "the evaluation already submitted rates every objective before and after the series;"
                                + " a replacement must too, but it leaves out " + String.join(", ", missing)));
            }
        }
        return violations;
    }

    private static void checkRatings(EvaluationForm form, Map<LearningObjective, Integer> ratings, String when,
            List<Violation> violations) {
        ratings.entrySet().stream().sorted(Map.Entry.comparingByKey(FORM_ORDER)).forEach(rating -> {
            var objective = rating.getKey();
            if (!form.objectives().contains(objective)) {
                violations.add(Violation.of("unknown-objective", "a rating " + when + " is for " + objective
                        + ", which is not on the form of group " + form.group()
                        + "; reload the form and rate its objectives"));
            } else if (!form.scale().contains(rating.getValue())) {
                violations.add(Violation.of("rating-out-of-scale", "objective " + objective.number() + " is rated "
                        + rating.getValue() + " " + when + "; use the scale " + form.scale()));
            }
        });
    }

    /** The form's objectives the submission leaves unrated, as "objective 2 after the series". */
    static List<String> missingRatings(EvaluationForm form, EvaluationSubmission submission) {
        var missing = new ArrayList<String>();
        for (var objective : form.objectives()) {
            boolean before = submission.before().containsKey(objective);
            boolean after = submission.after().containsKey(objective);
            if (!before || !after) {
                String when = !before && !after ? "before and after the series"
                        : !before ? "before the series" : "after the series";
                missing.add("objective " + objective.number() + " " + when);
            }
        }
        return missing;
    }

    /** The evaluation a valid submission becomes: one rating per form objective, in form order. */
    static Evaluation evaluationOf(EvaluationForm form, EvaluationSubmission submission, Instant now) {
        var ratings = form.objectives().stream()
                .map(objective -> new ObjectiveRating(objective,
                        optional(submission.before().get(objective)), optional(submission.after().get(objective))))
                .collect(Collectors.toList());
        return new Evaluation(form.group(), submission.member(), ratings, submission.comments(), now);
    }

    private static OptionalInt optional(Integer rating) {
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }
}
