package org.balint.devplatform;

import java.util.Map;
import java.util.Optional;

/**
 * Typed reading of the fields of a JSON object sent to a service, refusing wrongly typed or oversized
 * values with a 400 that names the field.
 */
final class Fields {

    static final int MAX_TEXT = 1_000;

    private Fields() {
    }

    static Optional<String> text(Map<String, Object> json, String name, int maxLength) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new Refusal(400, "field-not-text", "The field " + name + " must be a string.");
        }
        if (text.length() > maxLength) {
            throw new Refusal(400, "field-too-long", "The field " + name + " is longer than " + maxLength
                    + " characters; send less.");
        }
        return Optional.of(text);
    }

    static String requiredText(Map<String, Object> json, String name, int maxLength) {
        return text(json, name, maxLength).filter(text -> !text.isBlank()).orElseThrow(() ->
                new Refusal(400, "field-missing", "The field " + name + " is required; send it as a non-empty string."));
    }

    static Optional<Double> number(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new Refusal(400, "field-not-number", "The field " + name + " must be a number.");
        }
        return Optional.of(number.doubleValue());
    }

    /** A number as JSON writes it best: integral values without a fraction, as Moodle prints them. */
    static Number plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
