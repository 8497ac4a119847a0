package org.balint.devplatform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The courses as launches and pages see them: the roster's courses with the resource links placed by
 * deep linking added to them. At most {@value #MAX_PLACED_LINKS} placed links. Thread-safe.
 */
final class Catalog {

    static final int MAX_PLACED_LINKS = 1_000;

    private final Roster roster;
    private final List<PlacedLink> placed = new ArrayList<>();
    private long nextId = 1;

    Catalog(Roster roster) {
        this.roster = roster;
    }

    Roster roster() {
        return roster;
    }

    /** The roster's courses, each with its placed links after its own. */
    synchronized List<Course> courses() {
        return roster.courses().stream().map(this::withPlaced).toList();
    }

    synchronized Optional<Course> course(String courseId) {
        return roster.course(courseId).map(this::withPlaced);
    }

    synchronized Optional<Course> courseOf(String resourceLinkId) {
        return courses().stream().filter(course -> course.resourceLink(resourceLinkId).isPresent()).findFirst();
    }

    synchronized Optional<PlacedLink> placed(String resourceLinkId) {
        return placed.stream().filter(link -> link.link().id().equals(resourceLinkId)).findFirst();
    }

    synchronized List<PlacedLink> placedLinks() {
        return List.copyOf(placed);
    }

    synchronized int room() {
        return MAX_PLACED_LINKS - placed.size();
    }

    /** A fresh resource link id, not used by the roster or an earlier placement. */
    synchronized String nextLinkId() {
        String id;
        do {
            id = "dl-" + nextId++;
        } while (courseOf(id).isPresent());
        return id;
    }

    /** Places the links; all or none when there is not room for all. */
    synchronized boolean place(List<PlacedLink> links) {
        if (placed.size() + links.size() > MAX_PLACED_LINKS) {
            return false;
        }
        placed.addAll(links);
        return true;
    }

    private Course withPlaced(Course course) {
        List<ResourceLink> links = new ArrayList<>(course.resourceLinks());
        placed.stream().filter(link -> link.courseId().equals(course.id())).forEach(link -> links.add(link.link()));
        return new Course(course.id(), course.label(), course.title(), links);
    }
}
