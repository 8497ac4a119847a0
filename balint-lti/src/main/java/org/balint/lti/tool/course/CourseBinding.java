package org.balint.lti.tool.course;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.group.GroupId;

/**
 * A placement of the tool bound to its Balint group.
 *
 * @param key     the placement
 * @param group   the group it leads to
 * @param boundAt when the first leader set the group up
 */
public record CourseBinding(CourseKey key, GroupId group, Instant boundAt) {

    /** Validates the parts. */
    public CourseBinding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(boundAt, "boundAt");
    }
}
