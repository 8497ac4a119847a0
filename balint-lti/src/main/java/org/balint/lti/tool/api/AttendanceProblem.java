package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A refused attendance change with every reason: the first one's code and message, and all of them (a
 * refused report lists each bad line, its message starting with {@code line N:}).
 *
 * @param code    the first reason's code
 * @param message the first reason's message
 * @param reasons every reason
 */
@Schema(name = "AttendanceProblem", description = "Why an attendance change was refused; nothing was written.")
public record AttendanceProblem(String code, String message, List<ApiProblem> reasons) {

    /** Validates and copies the parts. */
    public AttendanceProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        reasons = List.copyOf(reasons);
    }
}
