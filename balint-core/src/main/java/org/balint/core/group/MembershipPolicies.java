package org.balint.core.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.validation.Violation;

/**
 * The rules for joining and leaving a running group, in the order their violations are reported.
 * A join or leave is refused when any rule is violated, with every reason.
 */
final class MembershipPolicies {

    /** One rule about a newcomer joining {@code group} at {@code at}. */
    @FunctionalInterface
    interface JoinPolicy {
        List<Violation> check(BalintGroup group, Member newcomer, Instant at);
    }

    /** One rule about {@code member} leaving {@code group} at {@code at}. */
    @FunctionalInterface
    interface LeavePolicy {
        List<Violation> check(BalintGroup group, MemberId member, Instant at);
    }

    static final List<JoinPolicy> JOINING = List.of(
            MembershipPolicies::groupStillOpen,
            MembershipPolicies::notAlreadyAMember,
            MembershipPolicies::emailNotTaken,
            MembershipPolicies::notOnFaculty,
            MembershipPolicies::placeLeft);

    static final List<LeavePolicy> LEAVING = List.of(
            MembershipPolicies::isAMember,
            MembershipPolicies::seriesNotFinished);

    private MembershipPolicies() {
    }

    static List<Violation> checkJoin(BalintGroup group, Member newcomer, Instant at) {
        var violations = new ArrayList<Violation>();
        JOINING.forEach(p -> violations.addAll(p.check(group, newcomer, at)));
        return violations;
    }

    static List<Violation> checkLeave(BalintGroup group, MemberId member, Instant at) {
        var violations = new ArrayList<Violation>();
        LEAVING.forEach(p -> violations.addAll(p.check(group, member, at)));
        return violations;
    }

    static List<Violation> groupStillOpen(BalintGroup group, Member newcomer, Instant at) {
        var closesAfter = group.rules().closesToNewMembersAfter();
        return group.isClosedToNewMembersAt(at)
                ? List.of(Violation.of("group-closed-to-new-members", closesAfter + " has been held and the group closed to new members after it: "
                        + newcomer.name() + " can join the next series"))
                : List.of();
    }

    static List<Violation> notAlreadyAMember(BalintGroup group, Member newcomer, Instant at) {
        return group.isMember(newcomer.id())
                ? List.of(Violation.of("already-a-member", newcomer.name() + " (" + newcomer.id() + ") is already a member of this group"))
                : List.of();
    }

    static List<Violation> emailNotTaken(BalintGroup group, Member newcomer, Instant at) {
        String email = newcomer.contact().normalizedEmail();
        return group.members().stream()
                .filter(m -> !m.id().equals(newcomer.id()) && m.contact().normalizedEmail().equals(email))
                .findFirst()
                .map(m -> List.of(Violation.of("email-already-in-group", "member " + m.id() + " already uses " + email
                        + ": each member needs their own address, or " + newcomer.name() + " is already in the group")))
                .orElse(List.of());
    }

    static List<Violation> notOnFaculty(BalintGroup group, Member newcomer, Instant at) {
        return group.faculty().includes(newcomer.id()) || group.faculty().usesEmailOf(newcomer.contact())
                ? List.of(Violation.of("member-is-faculty", newcomer.name()
                        + " is on this group's faculty: faculty lead the group and cannot also join it as a member"))
                : List.of();
    }

    static List<Violation> placeLeft(BalintGroup group, Member newcomer, Instant at) {
        if (group.placesLeft() > 0) {
            return List.of();
        }
        int members = group.members().size();
        if (members >= group.rules().maxMembers()) {
            return List.of(Violation.of("group-full", "the group is full (" + members + " of " + group.rules().maxMembers()
                    + " members): " + newcomer.name() + " can wait for a place or join another group"));
        }
        return List.of(Violation.of("group-full", GroupPolicies.plural(members, "member") + " already fill the "
                + GroupPolicies.plural(group.presentationSlots(), "presentation slot") + ": " + newcomer.name()
                + " could not present, so can wait for a place or join another group"));
    }

    static List<Violation> isAMember(BalintGroup group, MemberId member, Instant at) {
        return group.isMember(member)
                ? List.of()
                : List.of(Violation.of("not-a-member", member + " is not a member of this group, so cannot leave it"));
    }

    static List<Violation> seriesNotFinished(BalintGroup group, MemberId member, Instant at) {
        return group.schedule().isFinishedBy(at)
                ? List.of(Violation.of("series-finished", "the series ended with " + group.schedule().last().number()
                        + ": members' records stay with the group for credit and certificates"))
                : List.of();
    }
}
