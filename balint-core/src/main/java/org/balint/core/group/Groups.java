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

    /**
     * Stores {@code group} as a new group: unlike {@link #save}, it never replaces one stored with the
     * same id, so two people creating the group for the same id at once cannot overwrite each other.
     * Storage adapters refuse the second creation atomically (a database adapter reports it as a
     * conflict the caller can retry with {@link #find}); this default suits single-threaded stores.
     *
     * @throws IllegalStateException when a group with the same id is already stored
     */
    default void add(BalintGroup group) {
        if (find(group.id()).isPresent()) {
            throw new IllegalStateException("group " + group.id() + " is already stored: edit it instead");
        }
        save(group);
    }
}
