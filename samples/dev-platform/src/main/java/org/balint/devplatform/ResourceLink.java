package org.balint.devplatform;

import java.util.Map;
import java.util.Objects;

/**
 * An activity placed in a course that launches the tool: the LTI resource link, sent in the
 * {@code resource_link} claim of a resource-link launch.
 *
 * @param id          stable id, unique across the roster
 * @param title       title shown in the course
 * @param description short description shown in the course
 * @param custom      custom parameters of this link; they override the tool-wide ones of the same name
 */
public record ResourceLink(String id, String title, String description, Map<String, String> custom) {

    /** Requires every component and copies the custom parameters. */
    public ResourceLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        custom = Map.copyOf(Objects.requireNonNull(custom, "custom"));
    }

    /** A link without custom parameters of its own. */
    public static ResourceLink of(String id, String title, String description) {
        return new ResourceLink(id, title, description, Map.of());
    }
}
