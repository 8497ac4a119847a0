package org.balint.lti.protocol.deeplinking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The gradebook column the platform should create with a resource link.
 *
 * @param scoreMaximum the maximum score, positive
 * @param label        the column's title, if it should differ from the link's
 * @param resourceId   the tool's own id for the activity, if any
 * @param tag          the tool's qualifier, if any
 */
public record ContentLineItem(double scoreMaximum, Optional<String> label, Optional<String> resourceId,
        Optional<String> tag) {

    /** Validates the arguments. */
    public ContentLineItem {
        if (!(scoreMaximum > 0) || !Double.isFinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(tag, "tag");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scoreMaximum", scoreMaximum);
        label.ifPresent(l -> json.put("label", l));
        resourceId.ifPresent(r -> json.put("resourceId", r));
        tag.ifPresent(t -> json.put("tag", t));
        return json;
    }
}
