package org.balint.devplatform;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource link placed in a course by a deep-linking response: the link as launches send it, the
 * URL the tool asked launches to go to, and the line item created for it.
 *
 * @param courseId   the course it was placed in
 * @param link       id, title, text and custom parameters
 * @param url        the launch URL of the content item; empty means the tool's target link URI
 * @param lineItemId the AGS line item created from the content item's {@code lineItem}
 */
record PlacedLink(String courseId, ResourceLink link, Optional<URI> url, Optional<String> lineItemId) {

    PlacedLink {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lineItemId, "lineItemId");
    }
}
