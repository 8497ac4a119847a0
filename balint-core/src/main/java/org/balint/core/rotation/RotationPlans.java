package org.balint.core.rotation;

import java.util.Optional;
import org.balint.core.group.GroupId;

/**
 * Where each group's published rotation is kept (a port: the persistence module provides the adapter).
 * A group works from at most one rotation at a time: publishing a re-plan replaces the plan before it.
 *
 * <p>Only who presents in which session is kept, with the publication's audit record; never any case
 * content.
 */
public interface RotationPlans {

    /** The rotation {@code group} currently works from, if a leader has published one. */
    Optional<PublishedPlan> find(GroupId group);

    /**
     * Makes {@code plan} the rotation {@code group} works from, replacing any plan published before.
     * When two leaders re-plan the same group at once, an adapter stores only one of the two plans and
     * reports the other as a conflict, so that a leader never silently overwrites a plan they have not
     * seen.
     */
    void save(GroupId group, PublishedPlan plan);
}
