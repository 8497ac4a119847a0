package org.balint.lti.tool.api;

import java.util.Objects;

/**
 * A refusal of the API with its HTTP status.
 *
 * @param status  401, 403, 404, 400 or another 4xx/5xx status
 * @param problem the body
 */
public record ApiRefusal(int status, ApiProblem problem) {

    /** What every refusal of a session tells the caller to do. */
    static final String LAUNCH_AGAIN = "Open the activity from your course again to start a new session.";

    /** Validates the parts. */
    public ApiRefusal {
        Objects.requireNonNull(problem, "problem");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a refusal has a 4xx or 5xx status: " + status);
        }
    }

    /** A refusal with {@code status}, {@code code} and {@code message}. */
    public static ApiRefusal of(int status, String code, String message) {
        return new ApiRefusal(status, new ApiProblem(code, message));
    }

    /** 404 for a group the caller cannot see, whether or not it exists elsewhere. */
    static ApiRefusal groupNotFound() {
        return of(404, "group-not-found", "There is no such group here. Use the group of the activity you opened "
                + "(GET /api/v1/me names it), or open the activity of the other group from its course.");
    }

    /** 404 for a member the caller cannot see. */
    static ApiRefusal memberNotFound() {
        return of(404, "member-not-found", "This group has no such member. Check the member id in the group's roster.");
    }
}
