package org.balint.core.attendance;

import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * A problem with one line of an attendance report (line 1 is the heading line), with its reason. A
 * report with any bad row is not imported at all; every bad row is listed so the leader can fix the
 * file in one go.
 *
 * @param line   the line of the file where the problem is (where the row starts, for a row whose
 *               quoted text spans lines)
 * @param reason a stable reason code and a sentence saying what is wrong and what to do
 */
public record BadRow(int line, Violation reason) {

    public BadRow {
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1: " + line);
        }
    }

    static BadRow of(int line, String code, String message) {
        return new BadRow(line, Violation.of(code, message));
    }

    public String code() {
        return reason.code();
    }

    public String message() {
        return reason.message();
    }

    /** The problem as a violation whose message starts with the line, e.g. "line 7: …". */
    public Violation toViolation() {
        return Violation.of(reason.code(), "line " + line + ": " + reason.message());
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
