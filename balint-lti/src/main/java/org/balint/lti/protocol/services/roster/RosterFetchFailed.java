package org.balint.lti.protocol.services.roster;

import java.util.Objects;

/** A roster read refused as a whole: the reason, the detail, and what to do next. */
public final class RosterFetchFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RosterProblem problem;
    private final String detail;

    RosterFetchFailed(RosterProblem problem, String detail) {
        super(problem.advice() + " (" + detail + ")");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = detail;
    }

    /** The reason. */
    public RosterProblem problem() {
        return problem;
    }

    /** The reason code, e.g. {@code roster-response-malformed}. */
    public String code() {
        return problem.code();
    }

    /** What exactly was wrong, for the log. */
    public String detail() {
        return detail;
    }
}
