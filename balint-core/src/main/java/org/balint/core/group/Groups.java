package org.balint.core.group;

import java.util.Optional;

/**
 * Where group series are kept. The core defines the port; a storage module implements it.
 * Implementations store a {@link BalintGroup} as it is and give back an equal one.
 */
public interface Groups {

    /** The group with this id, or empty when there is none. */
    Optional<BalintGroup> find(GroupId id);

    /** Stores {@code group}, replacing any earlier version with the same id. */
    void save(BalintGroup group);
}
