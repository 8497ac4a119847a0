package org.balint.lti.protocol.validation;

import java.util.Objects;

/** The outcome of one step of the chain: a value to pass on, or the problem that stops the launch. */
sealed interface Checked<T> permits Checked.Passed, Checked.Failed {

    record Passed<T>(T value) implements Checked<T> {
        public Passed {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failed<T>(LaunchProblem problem) implements Checked<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> Checked<T> passed(T value) {
        return new Passed<>(value);
    }

    static <T> Checked<T> failed(LaunchProblem problem) {
        return new Failed<>(problem);
    }

    static <T> Checked<T> rejected(LaunchRejection.Reason reason, String message) {
        return new Failed<>(new LaunchRejection(reason, message));
    }
}
