package org.balint.lti.protocol.registration;

import java.util.Objects;

/** A dynamic registration that failed: the reason, the detail, and what to do next. */
public final class RegistrationFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RegistrationProblem problem;
    private final String detail;

    RegistrationFailed(RegistrationProblem problem, String detail) {
        super(problem.advice() + " (" + detail + ")");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = detail;
    }

    /** The reason. */
    public RegistrationProblem problem() {
        return problem;
    }

    /** The reason code, e.g. {@code openid-configuration-issuer-mismatch}. */
    public String code() {
        return problem.code();
    }

    /** What exactly was wrong, for the log. */
    public String detail() {
        return detail;
    }
}
