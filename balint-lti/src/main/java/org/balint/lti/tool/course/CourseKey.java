package org.balint.lti.tool.course;

import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.ResourceLinkLaunch;

/**
 * One placement of the tool in an LMS: the platform registration (issuer and client_id), the
 * deployment, the course (context) and the resource link. A placement leads to one Balint group.
 *
 * @param deployment     the platform registration and deployment the launch came through
 * @param contextId      the course's id, when the launch named a context
 * @param resourceLinkId the resource link's id
 */
public record CourseKey(PlatformDeployment deployment, Optional<String> contextId, String resourceLinkId) {

    /** Validates the parts. */
    public CourseKey {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(contextId, "contextId");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        if (resourceLinkId.isBlank()) {
            throw new IllegalArgumentException("a resource link id cannot be blank");
        }
    }

    /** The placement a resource-link launch opened. */
    public static CourseKey of(ResourceLinkLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        return new CourseKey(launch.deployment(), launch.context().map(LtiContext::id), launch.resourceLink().id());
    }

    /** The SHA-256 of every part, as the stores' primary key. */
    String digest() {
        return Digests.sha256Hex(deployment.issuer(), deployment.clientId(), deployment.deploymentId(),
                contextId.orElse(""), resourceLinkId);
    }
}
