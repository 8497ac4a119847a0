package org.balint.lti.tool.course;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.validation.Violation;

/**
 * A reason a form was not accepted, placed next to the field it concerns.
 *
 * @param field     the form field's name, or empty for the form as a whole
 * @param violation the reason code and the sentence saying what to do
 */
public record FieldViolation(Optional<String> field, Violation violation) {

    /** Validates the parts. */
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(violation, "violation");
    }

    /** A reason about {@code field}. */
    public static FieldViolation at(String field, String code, String message) {
        return new FieldViolation(Optional.of(field), Violation.of(code, message));
    }

    /** A reason about {@code field}, from the core. */
    public static FieldViolation at(String field, Violation violation) {
        return new FieldViolation(Optional.of(field), violation);
    }

    /** A reason about the whole form. */
    public static FieldViolation general(Violation violation) {
        return new FieldViolation(Optional.empty(), violation);
    }
}
