package org.balint.core.group;

import java.util.Objects;

/**
 * A person on a group's faculty (leader, co-leader, candidate leader or supervisor): who they are and
 * how to reach them. Their role in a particular group is recorded by {@link Faculty}.
 */
public record FacultyMember(MemberId id, String name, ContactDetails contact) {

    public FacultyMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a faculty member needs a name");
        }
    }
}
