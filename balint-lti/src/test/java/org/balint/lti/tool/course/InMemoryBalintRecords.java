package org.balint.lti.tool.course;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registrations;
import org.balint.persistence.tenant.Tenant;

/**
 * Balint's records in memory, one map per tenant. Transactions run one at a time on a copy that
 * replaces the records only when the work returns, so a throwing unit of work leaves nothing behind.
 */
public final class InMemoryBalintRecords implements BalintRecords {

    private final Map<Tenant, Map<GroupId, BalintGroup>> groups = new HashMap<>();
    private final Map<Tenant, Map<GroupId, GroupRegistrations>> registrations = new HashMap<>();
    private int transactions;

    @Override
    public synchronized <T> T inTransaction(Tenant tenant, Function<TenantRecords, T> work) {
        transactions++;
        Map<GroupId, BalintGroup> stagedGroups = new HashMap<>(groups.getOrDefault(tenant, Map.of()));
        Map<GroupId, GroupRegistrations> stagedRegistrations = new HashMap<>(registrations.getOrDefault(tenant, Map.of()));
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
        Registrations registrationPort = new Registrations() {
            @Override
            public Optional<GroupRegistrations> forGroup(GroupId group) {
                return Optional.ofNullable(stagedRegistrations.get(group));
            }

            @Override
            public void save(GroupRegistrations saved) {
                stagedRegistrations.put(saved.group(), saved);
            }
        };
        T result = work.apply(new TenantRecords(groupPort, registrationPort));
        groups.put(tenant, stagedGroups);
        registrations.put(tenant, stagedRegistrations);
        return result;
    }

    /** Every group of {@code tenant}. */
    public synchronized Map<GroupId, BalintGroup> groupsOf(Tenant tenant) {
        return Map.copyOf(groups.getOrDefault(tenant, Map.of()));
    }

    /** How many transactions ran. */
    public synchronized int transactions() {
        return transactions;
    }
}
