package org.balint.lti.protocol.services.grades;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A gradebook column the platform holds.
 *
 * @param id             the line item's URL
 * @param label          the column's title
 * @param scoreMaximum   the maximum score
 * @param resourceId     the tool's own id for the activity, if set
 * @param tag            the tool's qualifier, if set
 * @param resourceLinkId the resource link the line item belongs to, if any
 */
public record LineItem(URI id, String label, double scoreMaximum, Optional<String> resourceId, Optional<String> tag,
        Optional<String> resourceLinkId) {

    /** Validates the arguments. */
    public LineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    }

    /** True if this line item passes {@code filter}. */
    public boolean matches(LineItemFilter filter) {
        return filter.resourceLinkId().map(id -> resourceLinkId.equals(Optional.of(id))).orElse(true)
                && filter.tag().map(t -> tag.equals(Optional.of(t))).orElse(true)
                && filter.resourceId().map(r -> resourceId.equals(Optional.of(r))).orElse(true);
    }
}
