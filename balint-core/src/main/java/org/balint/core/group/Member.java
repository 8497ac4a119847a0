package org.balint.core.group;

import java.util.Objects;

/**
 * A clinician taking part in a group as a member (presenting cases), with what the group needs to know
 * about them: name for certificates, profession for the kind of CE credit, and contact details.
 */
public record Member(MemberId id, String name, Profession profession, ContactDetails contact) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(contact, "contact");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a member needs a name");
        }
    }
}
