package org.balint.core.grievance;

import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;

/** Where grievances are kept (a port: the persistence module provides the adapter). */
public interface GrievanceStore {

    /** A reference no stored grievance has yet. */
    GrievanceId nextId();

    Optional<Grievance> find(GrievanceId id);

    /** Every grievance filed about {@code group}, in any order. */
    List<Grievance> forGroup(GroupId group);

    /** Stores {@code grievance}, replacing the stored grievance with the same id. */
    void save(Grievance grievance);
}
