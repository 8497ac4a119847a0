package org.balint.devplatform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course of the platform: the LTI context ({@code context} claim, type CourseOffering) and the
 * resource links placed in it.
 *
 * @param id            stable context id, unique across the roster
 * @param label         short label, e.g. a course code
 * @param title         full title
 * @param resourceLinks the activities that launch the tool, at least one
 */
public record Course(String id, String label, String title, List<ResourceLink> resourceLinks) {

    /** Requires every component and copies the list of links. */
    public Course {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        resourceLinks = List.copyOf(Objects.requireNonNull(resourceLinks, "resourceLinks"));
    }

    /** The link of this course with the given id, if it is placed here. */
    public Optional<ResourceLink> resourceLink(String linkId) {
        return resourceLinks.stream().filter(link -> link.id().equals(linkId)).findFirst();
    }
}
