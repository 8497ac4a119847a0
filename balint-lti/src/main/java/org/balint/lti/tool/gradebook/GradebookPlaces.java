package org.balint.lti.tool.gradebook;

import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * Where a group's results go in the LMS and who its members are there: answered from the course and
 * resource-link bindings the launches record. Implementations are thread-safe.
 */
public interface GradebookPlaces {

    /** Where {@code group}'s gradebook column lives; empty while the group is not placed in a course. */
    Optional<GradebookPlace> placeOf(GroupId group);

    /** The LMS user id of {@code member} of {@code group}; empty if the member has no LMS account bound. */
    Optional<String> lmsUserId(GroupId group, MemberId member);
}
