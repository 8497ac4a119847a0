package org.balint.lti.protocol.registration;

import java.util.List;
import java.util.Objects;

/**
 * A message type the platform supports, with the placements it offers for it.
 *
 * @param type       e.g. {@code LtiDeepLinkingRequest}
 * @param placements e.g. {@code ContentArea} (Moodle) or {@code https://canvas.instructure.com/lti/link_selection}
 */
public record SupportedMessage(String type, List<String> placements) {

    /** Validates the arguments and copies the placements. */
    public SupportedMessage {
        Objects.requireNonNull(type, "type");
        placements = List.copyOf(Objects.requireNonNull(placements, "placements"));
    }
}
