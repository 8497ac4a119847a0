package org.balint.core.grievance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.GroupId;

/** The grievance store the tests use: references G-1, G-2, … and a map by reference. */
final class InMemoryGrievanceStore implements GrievanceStore {

    private final Map<GrievanceId, Grievance> grievances = new LinkedHashMap<>();
    private int issued;

    @Override
    public GrievanceId nextId() {
        issued++;
        return new GrievanceId("G-" + issued);
    }

    @Override
    public Optional<Grievance> find(GrievanceId id) {
        return Optional.ofNullable(grievances.get(id));
    }

    @Override
    public List<Grievance> forGroup(GroupId group) {
        return grievances.values().stream().filter(g -> g.group().equals(group)).toList();
    }

    @Override
    public void save(Grievance grievance) {
        grievances.put(grievance.id(), grievance);
    }

    int size() {
        return grievances.size();
    }
}
