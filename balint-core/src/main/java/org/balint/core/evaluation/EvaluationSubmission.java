package org.balint.core.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * What a member sends from the evaluation form: ratings before and after the series for some or all of
 * the form's objectives, and comments. It is checked against the form by
 * {@link GroupEvaluations#submit}; nothing here is trusted until then.
 *
 * <p>A submission is the member's whole evaluation, not a change to it: a later submission replaces
 * the earlier one, so a form that collects ratings before the series and again after it sends the
 * earlier ratings back with the new ones.
 */
public record EvaluationSubmission(MemberId member, Map<LearningObjective, Integer> before,
        Map<LearningObjective, Integer> after, String comments) {

    public EvaluationSubmission {
        Objects.requireNonNull(member, "member");
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        comments = Objects.requireNonNull(comments, "comments").strip();
    }

    /** An empty submission by {@code member}, to be filled with the {@code with…} methods. */
    public static EvaluationSubmission by(MemberId member) {
        return new EvaluationSubmission(member, Map.of(), Map.of(), "");
    }

    /** This submission with {@code objective} rated {@code rating} before the series. */
    public EvaluationSubmission withBefore(LearningObjective objective, int rating) {
        var ratings = new HashMap<>(before);
        ratings.put(objective, rating);
        return new EvaluationSubmission(member, ratings, after, comments);
    }

    /** This submission with {@code objective} rated {@code rating} after the series. */
    public EvaluationSubmission withAfter(LearningObjective objective, int rating) {
        var ratings = new HashMap<>(after);
        ratings.put(objective, rating);
        return new EvaluationSubmission(member, before, ratings, comments);
    }

    /** This submission with {@code text} as its comments. */
    public EvaluationSubmission withComments(String text) {
        return new EvaluationSubmission(member, before, after, text);
    }
}
