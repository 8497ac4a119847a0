package org.balint.lti.protocol.services.grades;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The score a platform currently holds for one user on one line item
 * ({@code application/vnd.ims.lis.v2.resultcontainer+json}), as the AGS results service reports it.
 *
 * @param userId        the platform's user id
 * @param resultScore   the current score, if any
 * @param resultMaximum the maximum it is out of, if stated
 * @param comment       the comment shown with it, if any
 * @param timestamp     when the score was given, where the platform says so (not every platform does)
 */
public record Result(String userId, Optional<Double> resultScore, Optional<Double> resultMaximum,
        Optional<String> comment, Optional<Instant> timestamp) {

    /** Validates the arguments. */
    public Result {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(resultScore, "resultScore");
        Objects.requireNonNull(resultMaximum, "resultMaximum");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * True if this result holds what {@code score} says: the same score out of the same maximum (to a
     * thousandth) and, where both carry one, the same comment.
     */
    public boolean holds(Score score) {
        Objects.requireNonNull(score, "score");
        if (!userId.equals(score.userId()) || resultScore.isEmpty()
                || Math.abs(resultScore.get() - score.scoreGiven()) > 0.0005) {
            return false;
        }
        if (resultMaximum.isPresent() && Math.abs(resultMaximum.get() - score.scoreMaximum()) > 0.0005) {
            return false;
        }
        return comment.isEmpty() || score.comment().isEmpty() || comment.equals(score.comment());
    }
}
