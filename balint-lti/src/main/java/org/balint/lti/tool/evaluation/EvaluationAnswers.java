package org.balint.lti.tool.evaluation;

import java.util.Map;
import java.util.Objects;

/**
 * What a member sent from the evaluation form (or the JSON API), not yet checked: the rating chosen for
 * each objective before and after the series, by objective number, as sent (a page sends text), and the
 * comments.
 *
 * @param before   the rating before the series, by objective number; an objective left out is unanswered
 * @param after    the rating after the series, by objective number
 * @param comments the comments, possibly empty
 */
public record EvaluationAnswers(Map<Integer, String> before, Map<Integer, String> after, String comments) {

    /** Validates and copies the parts. */
    public EvaluationAnswers {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        comments = Objects.requireNonNull(comments, "comments");
    }
}
