package org.balint.persistence.attendance;

import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * A sheet could not be saved because someone else saved the same session's sheet since this copy
 * was read: two leaders corrected attendance at the same moment, or a report was imported or a
 * launch recorded meanwhile. Saving it would silently undo their change, so nothing was saved.
 *
 * <p>It carries the reason as a {@link Violation} (code {@value #CODE}) with a sentence for the
 * leader. The caller's transaction has been marked for rollback; the remedy is to read the sheet
 * again and make the change on the current version.
 */
public final class AttendanceSheetConflict extends RuntimeException {

    /** The reason code of every conflict. */
    public static final String CODE = "attendance-sheet-changed-concurrently";

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    AttendanceSheetConflict(Violation violation, Throwable cause) {
        super(Objects.requireNonNull(violation, "violation").toString(), cause);
        this.violation = violation;
    }

    /** The reason, with its code and a sentence for the leader. */
    public Violation violation() {
        return violation;
    }

    /** {@value #CODE}. */
    public String code() {
        return violation.code();
    }
}
