package org.balint.lti.protocol.validation;

import java.util.Optional;

/** Shorthand for steps that either pass or reject. */
final class Rejections {

    private Rejections() {
    }

    static Optional<LaunchRejection> reject(LaunchRejection.Reason reason, String message) {
        return Optional.of(new LaunchRejection(reason, message));
    }

    static Optional<LaunchRejection> pass() {
        return Optional.empty();
    }
}
