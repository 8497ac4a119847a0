package org.balint.devplatform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's gradebook behind AGS 2.0: the line items of each course and the scores tools post
 * to them. For each line item and user it keeps every accepted score in arrival order (the latest is
 * the result), so a test can check that each result arrived exactly once. At most
 * {@value #MAX_LINE_ITEMS} line items and {@value #MAX_SCORES} accepted scores in all. Thread-safe.
 */
public final class Gradebook {

    /** The most line items the platform holds, over all courses. */
    public static final int MAX_LINE_ITEMS = 10_000;
    /** The most accepted scores the platform holds, over all line items. */
    public static final int MAX_SCORES = 200_000;

    /**
     * A gradebook column (AGS 2.0 section 3.2).
     *
     * @param id             the platform's number for it, the last segment but one of its URL
     * @param courseId       the course it belongs to
     * @param label          the column title
     * @param scoreMaximum   the maximum score, above zero
     * @param resourceId     the tool's own resource id, empty string when none
     * @param tag            the tool's tag, empty string when none
     * @param resourceLinkId the resource link it is bound to
     */
    public record LineItem(String id, String courseId, String label, double scoreMaximum, String resourceId,
            String tag, Optional<String> resourceLinkId) {
        /** Requires every component. */
        public LineItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(resourceId, "resourceId");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        }
    }

    /**
     * A score the platform accepted (AGS 2.0 section 3.4).
     *
     * @param userId           whose score
     * @param scoreGiven       the score, when graded
     * @param scoreMaximum     the maximum the score is out of, when given
     * @param activityProgress the learner's progress, e.g. {@code Completed}
     * @param gradingProgress  the grading's progress, e.g. {@code FullyGraded}
     * @param timestamp        when the tool produced it; strictly increasing per user and line item
     * @param comment          the comment, when sent
     */
    public record Score(String userId, Optional<Double> scoreGiven, Optional<Double> scoreMaximum,
            String activityProgress, String gradingProgress, Instant timestamp, Optional<String> comment) {
        /** Requires every component. */
        public Score {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(scoreGiven, "scoreGiven");
            Objects.requireNonNull(scoreMaximum, "scoreMaximum");
            Objects.requireNonNull(activityProgress, "activityProgress");
            Objects.requireNonNull(gradingProgress, "gradingProgress");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** What posting a score did. */
    enum Posted {
        ACCEPTED, LINE_ITEM_GONE, NOT_NEWER, FULL
    }

    private final Map<String, LineItem> lineItems = new LinkedHashMap<>();
    private final java.util.Set<String> excluded = new java.util.HashSet<>();
    private final Map<String, Map<String, List<Score>>> scores = new HashMap<>();
    private long nextId = 1;
    private int scoreCount;

    synchronized Optional<LineItem> create(String courseId, String label, double scoreMaximum, String resourceId,
            String tag, Optional<String> resourceLinkId) {
        if (lineItems.size() >= MAX_LINE_ITEMS) {
            return Optional.empty();
        }
        LineItem item = new LineItem(String.valueOf(nextId++), courseId, label, scoreMaximum, resourceId, tag,
                resourceLinkId);
        lineItems.put(item.id(), item);
        return Optional.of(item);
    }

    /** Replaces the line item's details, keeping its id, course and scores; false when it is gone. */
    synchronized boolean update(LineItem item) {
        return lineItems.replace(item.id(), item) != null;
    }

    /**
     * Excludes the user from the gradebook, as an LMS does for someone enrolled but not graded: their scores
     * are refused with 400 {@code user-not-gradable} while they stay active members of the course.
     */
    public synchronized void excludeFromGrading(String userId) {
        excluded.add(java.util.Objects.requireNonNull(userId, "userId"));
    }

    /** Grades the user again after {@link #excludeFromGrading}. */
    public synchronized void includeInGrading(String userId) {
        excluded.remove(userId);
    }

    /** True while the user is excluded from the gradebook. */
    synchronized boolean isExcludedFromGrading(String userId) {
        return excluded.contains(userId);
    }

    /** Deletes the line item and its scores; false when it was already gone. */
    synchronized boolean delete(String lineItemId) {
        if (lineItems.remove(lineItemId) == null) {
            return false;
        }
        Map<String, List<Score>> removed = scores.remove(lineItemId);
        if (removed != null) {
            scoreCount -= removed.values().stream().mapToInt(List::size).sum();
        }
        return true;
    }

    /** The line item with this id in this course. */
    public synchronized Optional<LineItem> lineItem(String courseId, String lineItemId) {
        return Optional.ofNullable(lineItems.get(lineItemId)).filter(item -> item.courseId().equals(courseId));
    }

    /** The line items of a course, oldest first. */
    public synchronized List<LineItem> lineItems(String courseId) {
        return lineItems.values().stream().filter(item -> item.courseId().equals(courseId)).toList();
    }

    /** Stores the score when its timestamp is newer than the user's latest on this line item. */
    synchronized Posted post(String lineItemId, Score score) {
        if (!lineItems.containsKey(lineItemId)) {
            return Posted.LINE_ITEM_GONE;
        }
        List<Score> history = scores.computeIfAbsent(lineItemId, id -> new HashMap<>())
                .computeIfAbsent(score.userId(), id -> new ArrayList<>());
        if (!history.isEmpty() && !score.timestamp().isAfter(history.get(history.size() - 1).timestamp())) {
            return Posted.NOT_NEWER;
        }
        if (scoreCount >= MAX_SCORES) {
            return Posted.FULL;
        }
        history.add(score);
        scoreCount++;
        return Posted.ACCEPTED;
    }

    /** Every score accepted for the user on the line item, in arrival order; the last is the result. */
    public synchronized List<Score> acceptedScores(String lineItemId, String userId) {
        return List.copyOf(scores.getOrDefault(lineItemId, Map.of()).getOrDefault(userId, List.of()));
    }

    /** The latest accepted score of every user on the line item, by user id. */
    public synchronized Map<String, Score> results(String lineItemId) {
        Map<String, Score> latest = new LinkedHashMap<>();
        scores.getOrDefault(lineItemId, Map.of()).forEach((user, history) ->
                latest.put(user, history.get(history.size() - 1)));
        return latest;
    }

    /** How many scores the platform has accepted and still holds, over all line items. */
    public synchronized int acceptedScoreCount() {
        return scoreCount;
    }
}
