package org.balint.lti.tool.platform;

import java.util.List;
import java.util.Objects;
import org.balint.lti.tool.course.FieldViolation;

/**
 * What an LMS administrator's action on their platform came to: done, with what to tell them, or
 * refused with every reason (each beside the form field it concerns) and the HTTP status, nothing
 * written.
 *
 * @param <T> what a done action gives back
 */
public sealed interface AdminOutcome<T> permits AdminOutcome.Done, AdminOutcome.Refused {

    /**
     * Done.
     *
     * @param value  what the action gives back
     * @param notice one sentence saying what changed
     */
    record Done<T>(T value, String notice) implements AdminOutcome<T> {
        /** Validates the parts. */
        public Done {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /**
     * Refused; nothing was written.
     *
     * @param status  the HTTP status (400 for bad input, 404, 409)
     * @param reasons every reason, never empty
     */
    record Refused<T>(int status, List<FieldViolation> reasons) implements AdminOutcome<T> {
        /** Validates and copies the parts. */
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
            if (status < 400 || status > 499) {
                throw new IllegalArgumentException("a refusal of input has a 4xx status: " + status);
            }
        }

        /** The first reason's code, for answers that carry one code. */
        public String code() {
            return reasons.get(0).violation().code();
        }

        /** Every reason's sentence, joined. */
        public String message() {
            return String.join(" ", reasons.stream().map(r -> r.violation().message()).toList());
        }
    }

    /** A refusal with one reason about {@code field}. */
    static <T> AdminOutcome<T> refused(int status, String field, String code, String message) {
        return new Refused<>(status, List.of(FieldViolation.at(field, code, message)));
    }
}
