package org.balint.lti.tool.leaderlog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;
import org.balint.core.group.MemberId;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LeaderLogStore;
import org.balint.persistence.tenant.Tenant;

/** Groups and leader logs in memory, per tenant; a throwing unit of work leaves nothing behind. */
final class InMemoryLogRecords implements LeaderLogRecords {

    private final Map<Tenant, Map<GroupId, BalintGroup>> groups = new HashMap<>();
    private final Map<Tenant, Map<MemberId, LeaderLog>> logs = new HashMap<>();

    void store(Tenant tenant, BalintGroup group) {
        groups.computeIfAbsent(tenant, t -> new HashMap<>()).put(group.id(), group);
    }

    @Override
    public synchronized <T> T inTransaction(Tenant tenant, Function<LogRecords, T> work) {
        Map<GroupId, BalintGroup> stagedGroups = new HashMap<>(groups.getOrDefault(tenant, Map.of()));
        Map<MemberId, LeaderLog> stagedLogs = new HashMap<>(logs.getOrDefault(tenant, Map.of()));
        Groups groupPort = new Groups() {
            @Override
            public Optional<BalintGroup> find(GroupId id) {
                return Optional.ofNullable(stagedGroups.get(id));
            }

            @Override
            public void save(BalintGroup group) {
                stagedGroups.put(group.id(), group);
            }
        };
        LeaderLogStore logPort = new LeaderLogStore() {
            @Override
            public Optional<LeaderLog> find(MemberId candidate) {
                return Optional.ofNullable(stagedLogs.get(candidate));
            }

            @Override
            public void save(LeaderLog log) {
                stagedLogs.put(log.candidate(), log);
            }
        };
        T result = work.apply(new LogRecords(groupPort, logPort));
        groups.put(tenant, stagedGroups);
        logs.put(tenant, stagedLogs);
        return result;
    }
}
