package org.balint.core.attendance;

import java.util.Objects;

/**
 * Identifies an attendance report by its content (a SHA-256 digest of its text, as 64 hexadecimal
 * digits), so that importing the same report twice is recognised and counts only once.
 */
public record ReportId(String value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a report id is a SHA-256 digest in lower-case hexadecimal: " + value);
        }
    }

    /** The first eight digits, enough to tell reports apart in a sentence. */
    public String shortForm() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return shortForm();
    }
}
