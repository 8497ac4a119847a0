package org.balint.lti.protocol.message;

import java.util.Objects;

/**
 * A user opened a resource link ({@code LtiResourceLinkRequest}).
 *
 * @param details      what every launch carries
 * @param resourceLink the link that was opened
 */
public record ResourceLinkLaunch(LaunchDetails details, ResourceLink resourceLink) implements LtiLaunch {

    /** Validates the arguments. */
    public ResourceLinkLaunch {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(resourceLink, "resourceLink");
    }

    @Override
    public LtiMessageType messageType() {
        return LtiMessageType.RESOURCE_LINK;
    }
}
