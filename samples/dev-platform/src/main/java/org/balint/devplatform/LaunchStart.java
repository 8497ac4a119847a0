package org.balint.devplatform;

import java.util.List;
import java.util.Objects;

/**
 * What became of a {@link LaunchRequest}: the launch started, with the login initiation to send to
 * the tool, or it was refused with every reason.
 */
public sealed interface LaunchStart {

    /**
     * The launch is waiting for the tool's authentication request.
     *
     * @param initiation what the browser sends to the tool's login URL
     */
    record Started(LoginInitiation initiation) implements LaunchStart {
        /** Requires the initiation. */
        public Started {
            Objects.requireNonNull(initiation, "initiation");
        }
    }

    /**
     * Nothing was started.
     *
     * @param violations every reason, at least one
     */
    record Refused(List<Violation> violations) implements LaunchStart {
        /** Requires at least one violation. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("A refusal needs at least one reason");
            }
        }
    }
}
