package org.balint.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.balint.core.validation.Violation;

/**
 * What makes a rating scale usable: ends in order, not too wide, both ends labelled, anchors on the
 * scale with short non-blank labels. Shared by the validating factory and the constructor.
 */
final class ScaleRules {

    private ScaleRules() {
    }

    static List<Violation> check(int lowest, int highest, SortedMap<Integer, String> anchors) {
        var violations = new ArrayList<Violation>();
        if (highest <= lowest) {
            violations.add(Violation.of("scale-ends-out-of-order", "the top of the rating scale (" + highest
                    + ") must be above its bottom (" + lowest + ")"));
        } else if (highest - lowest + 1 > RatingScale.MAX_POINTS) {
            violations.add(Violation.of("scale-too-wide", "a scale from " + lowest + " to " + highest + " has "
                    + (highest - lowest + 1) + " points; use at most " + RatingScale.MAX_POINTS));
        }
        for (int end : new int[] {lowest, highest}) {
            if (!anchors.containsKey(end) && highest > lowest) {
                violations.add(Violation.of("scale-end-unlabelled", "label the point " + end
                        + " so that members know what it means (for example \"poor\" or \"excellent\")"));
            }
        }
        anchors.forEach((point, label) -> {
            if (highest > lowest && (point < lowest || point > highest)) {
                violations.add(Violation.of("anchor-outside-scale", "the anchor \"" + label + "\" is at " + point
                        + ", outside the scale " + lowest + " to " + highest));
            }
            if (label.isEmpty()) {
                violations.add(Violation.of("blank-anchor", "the anchor at " + point + " has no label"));
            } else if (label.length() > RatingScale.MAX_ANCHOR_LENGTH) {
                violations.add(Violation.of("anchor-too-long", "the anchor at " + point + " is " + label.length()
                        + " characters; keep it to " + RatingScale.MAX_ANCHOR_LENGTH));
            }
        });
        return violations;
    }
}
