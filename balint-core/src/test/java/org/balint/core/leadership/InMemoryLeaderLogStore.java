package org.balint.core.leadership;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.MemberId;

/** The leader log store the tests use: one log per candidate in a map. */
final class InMemoryLeaderLogStore implements LeaderLogStore {

    private final Map<MemberId, LeaderLog> logs = new HashMap<>();

    @Override
    public Optional<LeaderLog> find(MemberId candidate) {
        return Optional.ofNullable(logs.get(candidate));
    }

    @Override
    public void save(LeaderLog log) {
        logs.put(log.candidate(), log);
    }
}
