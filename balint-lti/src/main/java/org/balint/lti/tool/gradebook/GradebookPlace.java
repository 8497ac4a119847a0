package org.balint.lti.tool.gradebook;

import java.net.URI;
import java.util.Objects;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * Where a Balint group's results go: the platform, the course's line-items service and the resource
 * link the group was placed as.
 *
 * @param platform       the platform registration the scores are published with
 * @param lineItems      the course's line-items container URL (the launch's AGS {@code lineitems})
 * @param resourceLinkId the resource link the group's gradebook column belongs to
 */
public record GradebookPlace(PlatformRegistration platform, URI lineItems, String resourceLinkId) {

    /** Validates the arguments. */
    public GradebookPlace {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        if (resourceLinkId.isBlank()) {
            throw new IllegalArgumentException("A gradebook place needs the resource link id");
        }
    }
}
