package org.balint.lti.protocol.message;

import java.util.Objects;

/**
 * An instructor asks the tool for content to place in the course ({@code LtiDeepLinkingRequest}).
 *
 * @param details  what every launch carries
 * @param settings what the platform accepts back and where to send it
 */
public record DeepLinkingRequest(LaunchDetails details, DeepLinkingSettings settings) implements LtiLaunch {

    /** Validates the arguments. */
    public DeepLinkingRequest {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public LtiMessageType messageType() {
        return LtiMessageType.DEEP_LINKING;
    }
}
