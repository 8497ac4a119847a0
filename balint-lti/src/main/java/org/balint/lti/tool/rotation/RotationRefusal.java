package org.balint.lti.tool.rotation;

import java.util.List;
import java.util.Objects;
import org.balint.lti.tool.course.FieldViolation;

/**
 * A rotation action that was not done, with the HTTP status that fits it (400 for input to correct, 404
 * for a group or request that is not there, 409 for a change that no longer fits the plan) and every
 * reason, each next to the form field it concerns.
 *
 * @param status  the HTTP status
 * @param reasons the reasons, each with its code and a sentence saying what to do next
 */
public record RotationRefusal(int status, List<FieldViolation> reasons) {

    /** Validates the parts. */
    public RotationRefusal {
        reasons = List.copyOf(reasons);
        if (status < 400 || status > 499 || reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has a 4xx status and at least one reason");
        }
    }

    static RotationRefusal of(int status, FieldViolation... reasons) {
        Objects.requireNonNull(reasons, "reasons");
        return new RotationRefusal(status, List.of(reasons));
    }
}
