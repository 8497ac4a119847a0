package org.balint.lti.protocol.deeplinking;

import java.util.Objects;

/** The chosen items do not fit the platform's deep-linking settings. */
public final class DeepLinkingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DeepLinkingProblem problem;

    DeepLinkingRefused(DeepLinkingProblem problem) {
        super(problem.advice());
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The reason. */
    public DeepLinkingProblem problem() {
        return problem;
    }

    /** The reason code, e.g. {@code multiple-items-not-accepted}. */
    public String code() {
        return problem.code();
    }
}
