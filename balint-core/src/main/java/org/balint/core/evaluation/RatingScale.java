package org.balint.core.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.balint.core.validation.Validated;

/**
 * The scale on which members rate each learning objective, before and after the series: whole
 * points from {@code lowest} to {@code highest}, with a label ("anchor") for at least the two ends so
 * that every member reads the numbers the same way.
 *
 * <p>The default, {@link #ability()}, asks "How would you rate your ability to …?" on five points
 * from 1 (poor) to 5 (excellent), the self-assessment scale most CE providers use for before-and-after
 * questions.
 */
public final class RatingScale {

    /** The widest scale accepted: eleven points, as in a 0–10 scale. */
    public static final int MAX_POINTS = 11;
    /** The longest anchor label accepted. */
    public static final int MAX_ANCHOR_LENGTH = 40;

    private static final RatingScale ABILITY = new RatingScale(1, 5,
            Map.of(1, "poor", 2, "fair", 3, "good", 4, "very good", 5, "excellent"));

    private final int lowest;
    private final int highest;
    private final SortedMap<Integer, String> anchors;

    private RatingScale(int lowest, int highest, Map<Integer, String> anchors) {
        var sorted = new TreeMap<Integer, String>();
        anchors.forEach((point, label) -> sorted.put(point, label.strip()));
        var violations = ScaleRules.check(lowest, highest, sorted);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        this.lowest = lowest;
        this.highest = highest;
        this.anchors = Collections.unmodifiableSortedMap(sorted);
    }

    /** Five points, 1 poor, 2 fair, 3 good, 4 very good, 5 excellent. */
    public static RatingScale ability() {
        return ABILITY;
    }

    /**
     * A scale from {@code lowest} to {@code highest} with labelled anchors, or every reason it cannot be
     * used: the ends must be in order, at most {@value #MAX_POINTS} points apart, both ends labelled,
     * no anchor outside the scale and no blank or overlong label.
     */
    public static Validated<RatingScale> of(int lowest, int highest, Map<Integer, String> anchors) {
        var sorted = new TreeMap<Integer, String>();
        anchors.forEach((point, label) -> sorted.put(point, label.strip()));
        return Validated.of(ScaleRules.check(lowest, highest, sorted),
                () -> new RatingScale(lowest, highest, sorted));
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** The labelled points, in ascending order. */
    public SortedMap<Integer, String> anchors() {
        return anchors;
    }

    /** Whether {@code rating} is a point on this scale. */
    public boolean contains(int rating) {
        return rating >= lowest && rating <= highest;
    }

    /** The label of {@code point}, when it is an anchor. */
    public Optional<String> label(int point) {
        return Optional.ofNullable(anchors.get(point));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatingScale other && lowest == other.lowest && highest == other.highest
                && anchors.equals(other.anchors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lowest, highest, anchors);
    }

    /** Reads as "1 (poor) to 5 (excellent)". */
    @Override
    public String toString() {
        return lowest + " (" + anchors.get(lowest) + ") to " + highest + " (" + anchors.get(highest) + ")";
    }
}
