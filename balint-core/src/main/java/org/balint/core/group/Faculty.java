package org.balint.core.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who leads a group series: one leader, any number of co-leaders, and optionally a candidate leader
 * in training, who always comes with a supervisor. The supervisor may be the leader or a co-leader,
 * but never the candidate.
 *
 * <p>Groups get their faculty checked by {@link GroupDraft}, which reports a missing leader or an
 * unsupervised candidate as violations; this record only guards the invariants.
 */
public record Faculty(FacultyMember leader, List<FacultyMember> coLeaders,
        Optional<FacultyMember> candidateLeader, Optional<FacultyMember> supervisor) {

    public Faculty {
        Objects.requireNonNull(leader, "leader");
        coLeaders = List.copyOf(coLeaders);
        Objects.requireNonNull(candidateLeader, "candidateLeader");
        Objects.requireNonNull(supervisor, "supervisor");
        if (candidateLeader.isPresent() && supervisor.isEmpty()) {
            throw new IllegalArgumentException("a candidate leader needs a supervisor");
        }
        if (candidateLeader.isPresent() && candidateLeader.get().id().equals(supervisor.get().id())) {
            throw new IllegalArgumentException("a candidate leader cannot supervise themselves");
        }
    }

    /** A faculty of one: the leader alone. */
    public static Faculty ledBy(FacultyMember leader) {
        return new Faculty(leader, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Everyone who leads sessions: the leader, co-leaders and candidate leader, in that order. The
     * supervisor is only included through {@link #everyone()}.
     */
    public List<FacultyMember> sessionLeaders() {
        var all = new ArrayList<FacultyMember>();
        all.add(leader);
        all.addAll(coLeaders);
        candidateLeader.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** Every faculty member once, in role order (leader, co-leaders, candidate, supervisor). */
    public List<FacultyMember> everyone() {
        var all = new ArrayList<>(sessionLeaders());
        supervisor.filter(s -> all.stream().noneMatch(f -> f.id().equals(s.id()))).ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The role {@code person} plays on this faculty (the first, if a leader also supervises). */
    public Optional<FacultyRole> roleOf(MemberId person) {
        if (leader.id().equals(person)) {
            return Optional.of(FacultyRole.LEADER);
        }
        if (coLeaders.stream().anyMatch(c -> c.id().equals(person))) {
            return Optional.of(FacultyRole.CO_LEADER);
        }
        if (candidateLeader.filter(c -> c.id().equals(person)).isPresent()) {
            return Optional.of(FacultyRole.CANDIDATE_LEADER);
        }
        if (supervisor.filter(s -> s.id().equals(person)).isPresent()) {
            return Optional.of(FacultyRole.SUPERVISOR);
        }
        return Optional.empty();
    }

    /** Whether {@code person} is on this faculty in any role. */
    public boolean includes(MemberId person) {
        return roleOf(person).isPresent();
    }

    /** Whether someone on this faculty uses {@code email} (compared case-insensitively). */
    public boolean usesEmailOf(ContactDetails contact) {
        return everyone().stream()
                .anyMatch(f -> f.contact().normalizedEmail().equals(contact.normalizedEmail()));
    }
}
