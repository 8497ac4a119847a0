package org.balint.core.evaluation;

import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * Where evaluations are kept (a port: the persistence module provides the adapter). Holds at most one
 * evaluation per member per group.
 */
public interface EvaluationStore {

    /** The evaluation {@code member} submitted for {@code group}, if any. */
    Optional<Evaluation> find(GroupId group, MemberId member);

    /** Every evaluation submitted for {@code group}, in any order. */
    List<Evaluation> forGroup(GroupId group);

    /** Stores {@code evaluation}, replacing any earlier evaluation by the same member for the same group. */
    void save(Evaluation evaluation);
}
