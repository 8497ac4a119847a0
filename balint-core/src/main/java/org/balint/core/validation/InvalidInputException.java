package org.balint.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Validated#orElseThrow()} when code insists on a value that failed validation.
 * Reaching it with user input is a programming error: user input should be answered with its
 * violations instead.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
