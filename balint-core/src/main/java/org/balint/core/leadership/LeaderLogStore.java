package org.balint.core.leadership;

import java.util.Optional;
import org.balint.core.group.MemberId;

/** Where leader development logs are kept (a port: the persistence module provides the adapter). */
public interface LeaderLogStore {

    /** The log of {@code candidate}, if anything was ever recorded for them. */
    Optional<LeaderLog> find(MemberId candidate);

    /** Stores {@code log}, replacing the stored log of the same candidate. */
    void save(LeaderLog log);
}
