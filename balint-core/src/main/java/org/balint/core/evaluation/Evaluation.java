package org.balint.core.evaluation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * One member's evaluation of a group series: a rating for each of the form's learning objectives
 * before and after the series (each possibly still missing), free-text comments, and when it was
 * submitted. A member has at most one evaluation per group; a later submission replaces it.
 *
 * <p>An evaluation is {@linkplain #isComplete() complete} when every objective is rated both before and
 * after. A credit policy that requires "a completed evaluation before credit is released" asks exactly
 * that question.
 */
public record Evaluation(GroupId group, MemberId member, List<ObjectiveRating> ratings, String comments,
        Instant submittedAt) {

    public Evaluation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(submittedAt, "submittedAt");
        ratings = List.copyOf(ratings);
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("an evaluation covers the form's objectives; there are none");
        }
        var numbers = new HashSet<Integer>();
        for (var rating : ratings) {
            if (!numbers.add(rating.objective().number())) {
                throw new IllegalArgumentException("objective " + rating.objective().number() + " rated twice");
            }
        }
        comments = comments.strip();
    }

    /** Whether every objective is rated both before and after the series. */
    public boolean isComplete() {
        return ratings.stream().allMatch(ObjectiveRating::isComplete);
    }

    /** The objectives this evaluation rates, in form order. */
    public List<LearningObjective> objectives() {
        return ratings.stream().map(ObjectiveRating::objective).toList();
    }

    /** Whether the member wrote any comments. */
    public boolean hasComments() {
        return !comments.isEmpty();
    }
}
