package org.balint.lti.tool.attendance;

import java.util.List;
import java.util.Objects;
import org.balint.core.validation.Violation;

/**
 * What a leader's attendance change came to: done, with the sheet after it and a sentence saying what
 * was done, or refused with every reason and the HTTP status that fits (nothing was written).
 */
public sealed interface AttendanceChange permits AttendanceChange.Done, AttendanceChange.Refused {

    /**
     * The change was saved (or, for a report imported before, nothing needed saving).
     *
     * @param sheet  the session's sheet after the change
     * @param notice what was done, in a sentence for the leader
     */
    record Done(SessionSheet sheet, String notice) implements AttendanceChange {
        /** Validates the parts. */
        public Done {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /**
     * The change was refused; nothing was written.
     *
     * @param status  400 for bad input, 404 for a group or session that is not there, 409 for a sheet
     *                someone else changed meanwhile
     * @param reasons every reason, each with a code and a sentence saying what to do next
     */
    record Refused(int status, List<Violation> reasons) implements AttendanceChange {
        /** Validates and copies the parts. */
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal has at least one reason");
            }
            if (status < 400 || status > 499) {
                throw new IllegalArgumentException("a refusal has a 4xx status: " + status);
            }
        }

        static Refused of(int status, Violation reason) {
            return new Refused(status, List.of(reason));
        }
    }
}
