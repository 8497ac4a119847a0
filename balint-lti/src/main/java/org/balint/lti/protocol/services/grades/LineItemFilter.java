package org.balint.lti.protocol.services.grades;

import java.util.Objects;
import java.util.Optional;

/**
 * Which line items to list: sent to the platform as query parameters and applied again to the answer,
 * since not every platform honours them.
 *
 * @param resourceLinkId only those of this resource link ({@code resource_link_id})
 * @param tag            only those with this tag ({@code tag})
 * @param resourceId     only those with this resource id ({@code resource_id})
 */
public record LineItemFilter(Optional<String> resourceLinkId, Optional<String> tag, Optional<String> resourceId) {

    /** Validates the arguments. */
    public LineItemFilter {
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(resourceId, "resourceId");
    }

    /** Every line item. */
    public static LineItemFilter all() {
        return new LineItemFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The line items of one resource link with one tag. */
    public static LineItemFilter of(String resourceLinkId, String tag) {
        return new LineItemFilter(Optional.of(resourceLinkId), Optional.of(tag), Optional.empty());
    }
}
