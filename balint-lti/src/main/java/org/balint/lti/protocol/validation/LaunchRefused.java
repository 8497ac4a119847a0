package org.balint.lti.protocol.validation;

import java.util.Objects;

/**
 * The launch was refused; nothing was stored.
 *
 * @param problem why
 */
public record LaunchRefused(LaunchProblem problem) implements LaunchResult {

    /** Validates the argument. */
    public LaunchRefused {
        Objects.requireNonNull(problem, "problem");
    }
}
