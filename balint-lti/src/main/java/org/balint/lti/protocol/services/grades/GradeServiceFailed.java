package org.balint.lti.protocol.services.grades;

import java.util.Objects;

/** A line-item call that failed: the reason, the detail, and what to do next. */
public final class GradeServiceFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GradeProblem problem;
    private final String detail;

    GradeServiceFailed(GradeProblem problem, String detail) {
        super(problem.advice() + " (" + detail + ")");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = detail;
    }

    /** The reason. */
    public GradeProblem problem() {
        return problem;
    }

    /** The reason code, e.g. {@code line-items-response-malformed}. */
    public String code() {
        return problem.code();
    }

    /** What exactly was wrong, for the log. */
    public String detail() {
        return detail;
    }
}
