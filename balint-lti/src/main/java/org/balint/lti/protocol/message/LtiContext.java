package org.balint.lti.protocol.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context the launch comes from, usually a course or course section.
 *
 * @param id    the platform's id for the context, unique within the deployment (Moodle: the course id)
 * @param label short name, e.g. {@code CS-101}
 * @param title full name, e.g. {@code Computer Science 101}
 * @param types context type URIs or short names, e.g. {@code CourseSection}
 */
public record LtiContext(String id, Optional<String> label, Optional<String> title, List<String> types) {

    /** Validates the arguments and copies the type list. */
    public LtiContext {
        Texts.requireText(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        types = List.copyOf(Objects.requireNonNull(types, "types"));
    }
}
