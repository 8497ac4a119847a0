package org.balint.lti.tool.api;

import java.util.Objects;
import java.util.Set;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;

/**
 * Who belongs to a group, as the access rules need it: its id, its members and its faculty.
 *
 * @param group   the group
 * @param members the ids of its members
 * @param faculty the ids of its leader, co-leaders and other faculty
 */
public record GroupPeople(GroupId group, Set<MemberId> members, Set<MemberId> faculty) {

    /** Validates and copies the parts. */
    public GroupPeople {
        Objects.requireNonNull(group, "group");
        members = Set.copyOf(members);
        faculty = Set.copyOf(faculty);
    }

    /** The people of {@code group}. */
    public static GroupPeople of(BalintGroup group) {
        return new GroupPeople(group.id(),
                group.members().stream().map(Member::id).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                group.faculty().everyone().stream().map(FacultyMember::id)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
