package org.balint.lti.protocol.validation;

import java.util.Objects;
import org.balint.lti.protocol.message.LtiLaunch;

/**
 * The launch passed every check; its state and nonce are now used up.
 *
 * @param launch the typed launch
 */
public record LaunchAccepted(LtiLaunch launch) implements LaunchResult {

    /** Validates the argument. */
    public LaunchAccepted {
        Objects.requireNonNull(launch, "launch");
    }
}
