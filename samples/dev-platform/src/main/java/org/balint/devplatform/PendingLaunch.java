package org.balint.devplatform;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A launch the platform has initiated and the tool has not yet redeemed: everything the
 * authorization endpoint needs to check the tool's request and issue the id_token.
 *
 * @param messageHint     the single-use {@code lti_message_hint}
 * @param person          who launches
 * @param course          the context
 * @param resourceLink    the activity of a resource-link launch; empty for deep linking
 * @param request         the launch as asked for
 * @param targetLinkUri   where the launch goes
 * @param deepLinkingData the opaque {@code data} of a deep-linking request, echoed by the tool
 * @param lineItem        the AGS line item of the resource link, sent in the endpoint claim
 * @param expiresAt       when the hint can no longer be redeemed
 * @param client          the registered tool the launch goes to: the configured one, or one registered
 *                        dynamically
 */
record PendingLaunch(
        String messageHint,
        Person person,
        Course course,
        Optional<ResourceLink> resourceLink,
        LaunchRequest request,
        URI targetLinkUri,
        String deepLinkingData,
        Optional<URI> lineItem,
        Instant expiresAt,
        ToolClient client) {

    PendingLaunch {
        Objects.requireNonNull(messageHint, "messageHint");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(resourceLink, "resourceLink");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(deepLinkingData, "deepLinkingData");
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(client, "client");
    }
}
