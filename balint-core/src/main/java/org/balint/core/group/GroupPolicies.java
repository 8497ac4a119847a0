package org.balint.core.group;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.validation.Violation;

/**
 * Every rule a group series must satisfy before it exists, in the order violations are reported.
 * Each rule looks at a {@link GroupDraft} and names what is wrong; rules that depend on a value
 * another rule already rejects stay silent, so one mistake is reported once.
 *
 * <p>Members below the minimum is not a violation: groups are created first and filled through
 * registration ({@link BalintGroup#isBelowMinimum()} tells the coordinator).
 */
final class GroupPolicies {

    /** One rule: the violations it finds in a draft (usually none or one). */
    @FunctionalInterface
    interface GroupPolicy {
        List<Violation> check(GroupDraft draft);
    }

    static final List<GroupPolicy> ALL = List.of(
            GroupPolicies::titleGiven,
            GroupPolicies::videoLinkIsHttps,
            GroupPolicies::seriesHasSessions,
            GroupPolicies::scheduleGiven,
            GroupPolicies::scheduleMatchesNumberOfSessions,
            GroupPolicies::sessionsNumberedInSequence,
            GroupPolicies::sessionsInChronologicalOrder,
            GroupPolicies::sessionsDoNotOverlap,
            GroupPolicies::leaderNamed,
            GroupPolicies::candidateLeaderHasSupervisor,
            GroupPolicies::candidateDoesNotSuperviseThemselves,
            GroupPolicies::facultyListedOnce,
            GroupPolicies::facultyAreNotMembers,
            GroupPolicies::membersListedOnce,
            GroupPolicies::memberEmailsDistinct,
            GroupPolicies::minimumMembersPositive,
            GroupPolicies::minimumNotAboveMaximum,
            GroupPolicies::membersWithinCapacity,
            GroupPolicies::casesPerSessionPositive,
            GroupPolicies::enoughPresentationSlots,
            GroupPolicies::quorumPositive,
            GroupPolicies::quorumWithinCapacity,
            GroupPolicies::quorumReachableAtMinimum,
            GroupPolicies::closingSessionInSeries);

    private GroupPolicies() {
    }

    /** Every violation in {@code draft}, in rule order. */
    static List<Violation> check(GroupDraft draft) {
        var violations = new ArrayList<Violation>();
        for (GroupPolicy policy : ALL) {
            violations.addAll(policy.check(draft));
        }
        return List.copyOf(violations);
    }

    static List<Violation> titleGiven(GroupDraft d) {
        return d.title().isBlank()
                ? List.of(Violation.of("title-missing", "the group has no title: give it a name members will recognise"))
                : List.of();
    }

    static List<Violation> videoLinkIsHttps(GroupDraft d) {
        if (d.videoLink().isEmpty() || d.videoLink().get().isEmpty()) {
            return List.of(Violation.of("video-link-missing",
                    "the group has no video-meeting link: add the https link members will use to join"));
        }
        String link = d.videoLink().get();
        Optional<URI> uri = parse(link);
        if (uri.isEmpty() || !uri.get().isAbsolute() || uri.get().getHost() == null) {
            return List.of(Violation.of("video-link-malformed",
                    "the video-meeting link \"" + link + "\" is not a web address: copy it again from the meeting invitation"));
        }
        if (!"https".equalsIgnoreCase(uri.get().getScheme())) {
            return List.of(Violation.of("video-link-not-https",
                    "the video-meeting link \"" + link + "\" is not https: sessions are confidential, use the meeting's https link"));
        }
        return List.of();
    }

    static List<Violation> seriesHasSessions(GroupDraft d) {
        return d.numberOfSessions() < 1
                ? List.of(Violation.of("number-of-sessions-invalid",
                        "the series has " + d.numberOfSessions() + " sessions: a series needs at least one (usually 8)"))
                : List.of();
    }

    static List<Violation> scheduleGiven(GroupDraft d) {
        return d.zone().isEmpty() || d.sessions().isEmpty()
                ? List.of(Violation.of("schedule-missing",
                        "the group has no schedule: give each session's start time and length, and the time zone to show them in"))
                : List.of();
    }

    static List<Violation> scheduleMatchesNumberOfSessions(GroupDraft d) {
        int scheduled = d.sessions().size();
        if (scheduled == 0 || d.numberOfSessions() < 1 || scheduled == d.numberOfSessions()) {
            return List.of();
        }
        return List.of(Violation.of("schedule-length-mismatch", "the schedule lists " + plural(scheduled, "session")
                + " but the series has " + d.numberOfSessions() + ": schedule every session, or change the number of sessions"));
    }

    static List<Violation> sessionsNumberedInSequence(GroupDraft d) {
        var sessions = d.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).number().value() != i + 1) {
                return List.of(Violation.of("session-numbers-out-of-sequence", "schedule entry " + (i + 1) + " is numbered "
                        + sessions.get(i).number() + ": number the sessions 1, 2, 3… in the order they take place"));
            }
        }
        return List.of();
    }

    static List<Violation> sessionsInChronologicalOrder(GroupDraft d) {
        var sessions = d.sessions();
        var violations = new ArrayList<Violation>();
        for (int i = 1; i < sessions.size(); i++) {
            var before = sessions.get(i - 1);
            var after = sessions.get(i);
            if (!after.start().isAfter(before.start())) {
                violations.add(Violation.of("sessions-out-of-order", after.number() + " starts at " + after.start()
                        + ", not after " + before.number() + " (" + before.start() + "): list the sessions in date order"));
            }
        }
        return violations;
    }

    static List<Violation> sessionsDoNotOverlap(GroupDraft d) {
        var sessions = d.sessions();
        var violations = new ArrayList<Violation>();
        for (int i = 1; i < sessions.size(); i++) {
            var before = sessions.get(i - 1);
            var after = sessions.get(i);
            if (after.start().isAfter(before.start()) && after.start().isBefore(before.end())) {
                violations.add(Violation.of("sessions-overlap", after.number() + " starts at " + after.start()
                        + ", before " + before.number() + " ends at " + before.end() + ": move it or shorten " + before.number()));
            }
        }
        return violations;
    }

    static List<Violation> leaderNamed(GroupDraft d) {
        return d.leader().isEmpty()
                ? List.of(Violation.of("leader-missing", "the group has no leader: name the faculty member who leads it"))
                : List.of();
    }

    static List<Violation> candidateLeaderHasSupervisor(GroupDraft d) {
        return d.candidateLeader().isPresent() && d.supervisor().isEmpty()
                ? List.of(Violation.of("candidate-without-supervisor", "candidate leader " + d.candidateLeader().get().name()
                        + " has no supervisor: name the accredited leader who supervises them"))
                : List.of();
    }

    static List<Violation> candidateDoesNotSuperviseThemselves(GroupDraft d) {
        if (d.candidateLeader().isPresent() && d.supervisor().isPresent()
                && d.candidateLeader().get().id().equals(d.supervisor().get().id())) {
            return List.of(Violation.of("candidate-supervises-self", "candidate leader " + d.candidateLeader().get().name()
                    + " is named as their own supervisor: name another, accredited leader"));
        }
        return List.of();
    }

    static List<Violation> facultyListedOnce(GroupDraft d) {
        var seen = new HashSet<MemberId>();
        var reported = new LinkedHashSet<FacultyMember>();
        for (FacultyMember f : d.facultyAsEntered()) {
            if (!seen.add(f.id())) {
                reported.add(f);
            }
        }
        return reported.stream()
                .map(f -> Violation.of("faculty-listed-twice", f.name() + " (" + f.id()
                        + ") is named in more than one leading role: give each person one role"))
                .toList();
    }

    static List<Violation> facultyAreNotMembers(GroupDraft d) {
        var faculty = new ArrayList<>(d.facultyAsEntered());
        d.supervisor().ifPresent(faculty::add);
        var violations = new ArrayList<Violation>();
        for (Member m : distinctById(d.members())) {
            boolean clash = faculty.stream().anyMatch(f -> f.id().equals(m.id())
                    || f.contact().normalizedEmail().equals(m.contact().normalizedEmail()));
            if (clash) {
                violations.add(Violation.of("faculty-also-member", m.name() + " (" + m.id()
                        + ") is both on the faculty and a member: faculty lead the group and do not present, so remove one of the two"));
            }
        }
        return violations;
    }

    static List<Violation> membersListedOnce(GroupDraft d) {
        var seen = new HashSet<MemberId>();
        var reported = new LinkedHashSet<MemberId>();
        for (Member m : d.members()) {
            if (!seen.add(m.id())) {
                reported.add(m.id());
            }
        }
        return reported.stream()
                .map(id -> Violation.of("duplicate-member", "member " + id + " is listed more than once: list each member once"))
                .toList();
    }

    static List<Violation> memberEmailsDistinct(GroupDraft d) {
        var byEmail = d.members().stream().collect(Collectors.groupingBy(m -> m.contact().normalizedEmail(),
                java.util.LinkedHashMap::new, Collectors.mapping(Member::id, Collectors.toCollection(LinkedHashSet::new))));
        return byEmail.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> Violation.of("duplicate-member-email", "members " + e.getValue().stream().map(MemberId::value)
                        .collect(Collectors.joining(", ")) + " share the e-mail address " + e.getKey()
                        + ": each member needs their own address, or they are the same person listed twice"))
                .toList();
    }

    static List<Violation> minimumMembersPositive(GroupDraft d) {
        return d.rules().minMembers() < 1
                ? List.of(Violation.of("minimum-members-invalid", "the minimum of " + d.rules().minMembers()
                        + " members is not a group: set it to at least 1 (typically 6)"))
                : List.of();
    }

    static List<Violation> minimumNotAboveMaximum(GroupDraft d) {
        var r = d.rules();
        return r.minMembers() > r.maxMembers()
                ? List.of(Violation.of("capacity-minimum-above-maximum", "the minimum of " + r.minMembers()
                        + " members is above the maximum of " + r.maxMembers() + ": lower the minimum or raise the maximum"))
                : List.of();
    }

    static List<Violation> membersWithinCapacity(GroupDraft d) {
        int members = distinctById(d.members()).size();
        int max = d.rules().maxMembers();
        return members > max
                ? List.of(Violation.of("over-capacity", plural(members, "member") + " but the group takes at most " + max
                        + ": move " + (members - max) + " to another group or raise the maximum"))
                : List.of();
    }

    static List<Violation> casesPerSessionPositive(GroupDraft d) {
        return d.rules().casesPerSession() < 1
                ? List.of(Violation.of("cases-per-session-invalid", d.rules().casesPerSession()
                        + " cases per session leaves nobody a turn: allow at least 1 case per session"))
                : List.of();
    }

    /**
     * Every member presents at least once, so the series needs a presentation slot for each member who
     * still needs a turn; in a group being set up that is every member.
     */
    static List<Violation> enoughPresentationSlots(GroupDraft d) {
        if (d.numberOfSessions() < 1 || d.rules().casesPerSession() < 1) {
            return List.of();
        }
        int slots = d.numberOfSessions() * d.rules().casesPerSession();
        int needingTurn = distinctById(d.members()).size();
        return needingTurn > slots
                ? List.of(Violation.of("not-enough-presentation-slots", plural(needingTurn, "member") + " but only "
                        + plural(slots, "presentation slot") + ": not everyone can present. Add sessions, allow more cases per session, or move "
                        + (needingTurn - slots) + " to another group"))
                : List.of();
    }

    static List<Violation> quorumPositive(GroupDraft d) {
        return d.rules().quorum() < 1
                ? List.of(Violation.of("quorum-invalid", "a quorum of " + d.rules().quorum()
                        + " would hold sessions with no members: require at least 1 member present"))
                : List.of();
    }

    static List<Violation> quorumWithinCapacity(GroupDraft d) {
        var r = d.rules();
        return r.quorum() > r.maxMembers()
                ? List.of(Violation.of("quorum-above-capacity", "a quorum of " + r.quorum() + " is more than the "
                        + r.maxMembers() + " members the group can take: no session could ever be held. Lower the quorum"))
                : List.of();
    }

    static List<Violation> quorumReachableAtMinimum(GroupDraft d) {
        var r = d.rules();
        return r.quorum() <= r.maxMembers() && r.quorum() > r.minMembers() && r.minMembers() >= 1
                ? List.of(Violation.of("quorum-above-minimum", "a quorum of " + r.quorum() + " is more than the minimum of "
                        + r.minMembers() + " members: a group at its minimum size could never meet. Lower the quorum or raise the minimum"))
                : List.of();
    }

    static List<Violation> closingSessionInSeries(GroupDraft d) {
        var closesAfter = d.rules().closesToNewMembersAfter();
        return d.numberOfSessions() >= 1 && closesAfter.value() > d.numberOfSessions()
                ? List.of(Violation.of("closing-session-beyond-series", "the group closes to new members after " + closesAfter
                        + " but the series has only " + d.numberOfSessions() + " sessions: close it after an earlier session (usually 2)"))
                : List.of();
    }

    private static Optional<URI> parse(String link) {
        try {
            return Optional.of(new URI(link));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<Member> distinctById(List<Member> members) {
        Set<MemberId> seen = new HashSet<>();
        return members.stream().filter(m -> seen.add(m.id())).toList();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
