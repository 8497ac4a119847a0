package org.balint.lti.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * The resource link a user opened: one placement of the tool in a context.
 *
 * @param id          the platform's id for the link, stable across launches (Moodle: the activity instance id)
 * @param title       the link title, as the platform sent it (untrusted text: escape before showing)
 * @param description the link description (untrusted text: escape before showing)
 */
public record ResourceLink(String id, Optional<String> title, Optional<String> description) {

    /** Validates the arguments. */
    public ResourceLink {
        Texts.requireText(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
