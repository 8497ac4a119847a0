package org.balint.core.rotation;

import org.balint.core.group.GroupId;

/**
 * Where each group's {@link RotationDesk} is kept (a port: the persistence module provides the adapter):
 * the leader's unpublished changes and the members' swap requests.
 */
public interface RotationDesks {

    /** {@code group}'s desk; {@link RotationDesk#empty()} when nothing was ever put on it. */
    RotationDesk find(GroupId group);

    /** Keeps {@code desk} as {@code group}'s desk, replacing what was kept before. */
    void save(GroupId group, RotationDesk desk);
}
