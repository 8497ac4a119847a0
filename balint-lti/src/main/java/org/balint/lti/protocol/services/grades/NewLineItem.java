package org.balint.lti.protocol.services.grades;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item to create.
 *
 * @param label          the column's title
 * @param scoreMaximum   the maximum score, positive
 * @param resourceId     the tool's own id for the activity, if any
 * @param tag            the tool's qualifier, if any
 * @param resourceLinkId the resource link to attach it to, if any
 */
public record NewLineItem(String label, double scoreMaximum, Optional<String> resourceId, Optional<String> tag,
        Optional<String> resourceLinkId) {

    /** Validates the arguments. */
    public NewLineItem {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A line item needs a label");
        }
        if (!(scoreMaximum > 0) || !Double.isFinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive");
        }
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scoreMaximum", scoreMaximum);
        json.put("label", label);
        resourceId.ifPresent(r -> json.put("resourceId", r));
        tag.ifPresent(t -> json.put("tag", t));
        resourceLinkId.ifPresent(r -> json.put("resourceLinkId", r));
        return json;
    }
}
