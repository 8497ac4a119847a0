package org.balint.core.registration;

import java.util.Optional;
import org.balint.core.group.GroupId;

/**
 * Where each group's registrations are kept. The core defines the port; a storage module implements
 * it, keeping the registrations in submission order and the waitlist in its order (see
 * {@link GroupRegistrations#restore}).
 */
public interface Registrations {

    /** The registrations for this group; empty when nobody has registered yet. */
    Optional<GroupRegistrations> forGroup(GroupId group);

    /** Stores {@code registrations}, replacing any earlier version for the same group. */
    void save(GroupRegistrations registrations);
}
