package org.balint.core.validation;

import java.util.Objects;

/**
 * One broken rule: a stable, machine-readable {@code code} (for example {@code not-enough-slots}) and
 * a {@code message} written for the person who has to fix it (for example "10 members but only 8
 * presentation slots: not everyone can present").
 *
 * @param code    lower-case, hyphenated reason code; stable across releases so clients can react to it
 * @param message human sentence explaining the problem and, where possible, what to do
 */
public record Violation(String code, String message) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("reason code must be lower-case and hyphenated: " + code);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a message for the person reading it");
        }
    }

    /** Shorthand for {@code new Violation(code, message)}. */
    public static Violation of(String code, String message) {
        return new Violation(code, message);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
