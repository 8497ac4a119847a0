package org.balint.lti.tool.admin;

import java.util.Objects;
import java.util.Optional;
import org.balint.lti.tool.web.Problem;

/**
 * What an admin operation answers, before it becomes an HTTP response: a status, a JSON body (a view
 * or a {@link Problem}) and, for a single registration, its version for the {@code ETag}.
 *
 * @param status  the HTTP status
 * @param body    the JSON body; empty for 204
 * @param version the registration's version, sent as {@code ETag: "<version>"}
 */
public record AdminAnswer(int status, Optional<Object> body, Optional<Long> version) {

    /** Validates the arguments. */
    public AdminAnswer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(version, "version");
    }

    static AdminAnswer ok(Object body) {
        return new AdminAnswer(200, Optional.of(body), Optional.empty());
    }

    static AdminAnswer registration(int status, RegistrationView view) {
        return new AdminAnswer(status, Optional.of(view), Optional.of(view.version()));
    }

    static AdminAnswer noContent() {
        return new AdminAnswer(204, Optional.empty(), Optional.empty());
    }

    static AdminAnswer problem(String code, int status, String message) {
        return new AdminAnswer(status, Optional.of(new Problem(code, status, message)), Optional.empty());
    }

    /** The problem in the body, if this answer is a refusal. */
    public Optional<Problem> problem() {
        return body.filter(Problem.class::isInstance).map(Problem.class::cast);
    }
}
