package org.balint.core.registration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;

/** Both storage ports kept in maps, counting saves, for scenarios that go through the desk. */
final class InMemoryStores implements Groups, Registrations {

    private final Map<GroupId, BalintGroup> groups = new HashMap<>();
    private final Map<GroupId, GroupRegistrations> registrations = new HashMap<>();
    int saves;

    InMemoryStores with(BalintGroup group) {
        groups.put(group.id(), group);
        return this;
    }

    @Override
    public Optional<BalintGroup> find(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public void save(BalintGroup group) {
        saves++;
        groups.put(group.id(), group);
    }

    @Override
    public Optional<GroupRegistrations> forGroup(GroupId group) {
        return Optional.ofNullable(registrations.get(group));
    }

    @Override
    public void save(GroupRegistrations registrations) {
        saves++;
        this.registrations.put(registrations.group(), registrations);
    }
}
