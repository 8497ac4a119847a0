package org.balint.lti.protocol.services.grades;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A score for one user on one line item ({@code application/vnd.ims.lis.v1.score+json}).
 *
 * <p>Platforms keep a score only if its timestamp is newer than the last one they stored for that
 * user and line item. The timestamp is sent in milliseconds, so two scores for the same user and line
 * item need timestamps at least a millisecond apart.
 *
 * @param userId           the platform's user id
 * @param scoreGiven       the score, not negative
 * @param scoreMaximum     the maximum, positive
 * @param comment          a comment shown with the grade, if any
 * @param timestamp        when the score was decided
 * @param activityProgress the learner's progress
 * @param gradingProgress  where grading stands
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, Optional<String> comment, Instant timestamp,
        ActivityProgress activityProgress, GradingProgress gradingProgress) {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    /** Validates the arguments. */
    public Score {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("A score needs a user id");
        }
        if (!(scoreGiven >= 0) || !Double.isFinite(scoreGiven)) {
            throw new IllegalArgumentException("scoreGiven must not be negative");
        }
        if (!(scoreMaximum > 0) || !Double.isFinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive");
        }
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
    }

    /** The timestamp as sent: ISO-8601 in UTC with milliseconds, e.g. {@code 2026-11-28T22:48:20.064Z}. */
    public String timestampText() {
        return TIMESTAMP.format(timestamp.truncatedTo(ChronoUnit.MILLIS));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", userId);
        json.put("scoreGiven", scoreGiven);
        json.put("scoreMaximum", scoreMaximum);
        comment.ifPresent(c -> json.put("comment", c));
        json.put("timestamp", timestampText());
        json.put("activityProgress", activityProgress.wireName());
        json.put("gradingProgress", gradingProgress.wireName());
        return json;
    }
}
