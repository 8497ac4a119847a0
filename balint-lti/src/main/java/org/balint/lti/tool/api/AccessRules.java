package org.balint.lti.tool.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.launch.BalintRole;

/**
 * Decides whether a caller may call an endpoint, from the endpoint's declared {@link Access} rules and
 * the {@code {group}} and {@code {member}} of its path.
 *
 * <p>The group is looked up only among the caller's tenant's groups, so a group of another deployment
 * or platform is simply not found ({@code 404 group-not-found}). Each declared rule then answers
 * granted, forbidden ({@code 403}) or not found ({@code 404}); one granted rule lets the caller in,
 * otherwise a forbidden answer wins over a not-found one only when the caller is in the group's
 * reach (it launched from that group's placement, or administers the platform), so nothing tells an
 * outsider which groups and members exist. A path without a group is about the caller alone
 * ({@link Access#ANY_CALLER}) or about the caller's platform as a whole ({@link Access#ADMIN_OF_PLATFORM}
 * alone: its administrators only, for instance the grievance committee).
 */
public final class AccessRules {

    /** The word that stands for the caller in a {@code {member}} path segment. */
    public static final String ME = "me";

    private AccessRules() {
    }

    /** The outcome: let in with what the path named, or refused. */
    public sealed interface Decision permits Granted, Refused {
    }

    /**
     * The caller is let in.
     *
     * @param group  the group the path named, when it named one
     * @param member the member the path named ({@code me} resolved), when it named one
     */
    public record Granted(Optional<GroupPeople> group, Optional<MemberId> member) implements Decision {
        /** Validates the parts. */
        public Granted {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(member, "member");
        }
    }

    /** The caller is refused. */
    public record Refused(ApiRefusal refusal) implements Decision {
        /** Validates the part. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * The decision for {@code caller} on an endpoint that admits {@code allowed}, with the path's
     * {@code group} and {@code member} segments.
     *
     * @param groups finds a group of the caller's tenant by id
     */
    public static Decision decide(Set<Access> allowed, Caller caller, Optional<String> group, Optional<String> member,
            Function<GroupId, Optional<GroupPeople>> groups) {
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(groups, "groups");
        if (allowed.isEmpty()) {
            return new Refused(undeclared());
        }
        Optional<MemberId> named = member.map(m -> ME.equals(m) ? caller.member() : memberId(m).orElse(null));
        if (member.isPresent() && named.isEmpty()) {
            return new Refused(ApiRefusal.memberNotFound());
        }
        if (group.isEmpty()) {
            if (allowed.contains(Access.ADMIN_OF_PLATFORM) && !allowed.contains(Access.ANY_CALLER)) {
                // The platform's own records (its grievance committee): its administrators, nobody else.
                if (!caller.has(BalintRole.ADMIN)) {
                    return new Refused(adminOnly());
                }
                return named.isEmpty() ? new Granted(Optional.empty(), Optional.empty())
                        : new Refused(ApiRefusal.memberNotFound());
            }
            if (!allowed.contains(Access.ANY_CALLER)) {
                return new Refused(undeclared());
            }
            if (named.isPresent() && !named.get().equals(caller.member())) {
                return new Refused(ownRecordsOnly());
            }
            return new Granted(Optional.empty(), named);
        }
        Optional<GroupPeople> people = groupId(group.get()).flatMap(groups);
        if (people.isEmpty()) {
            return new Refused(ApiRefusal.groupNotFound());
        }
        GroupPeople found = people.get();
        boolean launchedHere = caller.group().filter(found.group()::equals).isPresent();
        boolean inReach = launchedHere || caller.has(BalintRole.ADMIN);
        Outcome chosen = null;
        for (Access rule : Access.values()) {
            if (!allowed.contains(rule)) {
                continue;
            }
            Outcome outcome = check(rule, caller, found, named, launchedHere);
            if (outcome.refusal().isEmpty()) {
                return new Granted(people, named);
            }
            if (chosen == null || outcome.rank() > chosen.rank()) {
                chosen = outcome;
            }
        }
        if (!inReach || chosen == null) {
            return new Refused(ApiRefusal.groupNotFound());
        }
        return new Refused(chosen.refusal().get());
    }

    /**
     * What one rule says: admitted (no refusal) or refused, ranked by how closely the rule fits the
     * caller: 2 when the caller holds the rule's role in this group (their refusal is the relevant
     * one, for instance a member asking for someone else's records), 1 when the launch granted the
     * rule's role, 0 otherwise.
     */
    private record Outcome(Optional<ApiRefusal> refusal, int rank) {
        static Outcome admitted() {
            return new Outcome(Optional.empty(), 2);
        }

        static Outcome refused(ApiRefusal refusal, int rank) {
            return new Outcome(Optional.of(refusal), rank);
        }
    }

    private static Outcome check(Access rule, Caller caller, GroupPeople group, Optional<MemberId> named,
            boolean launchedHere) {
        switch (rule) {
            case ANY_CALLER:
                return Outcome.refused(ApiRefusal.groupNotFound(), 0);
            case GROUP_PARTICIPANT:
                return launchedHere && named.isEmpty() ? Outcome.admitted()
                        : Outcome.refused(ApiRefusal.groupNotFound(), 0);
            case MEMBER_SELF: {
                int rank = caller.has(BalintRole.MEMBER) ? 1 : 0;
                if (!launchedHere) {
                    return Outcome.refused(ApiRefusal.groupNotFound(), 0);
                }
                if (!caller.has(BalintRole.MEMBER) || !group.members().contains(caller.member())) {
                    return Outcome.refused(ApiRefusal.of(403, "not-a-member", "Only members of this group have "
                            + "records here. If you registered, wait until your registration is accepted, then try "
                            + "again."), rank);
                }
                if (named.isPresent() && !named.get().equals(caller.member())) {
                    return Outcome.refused(ownRecordsOnly(), 2);
                }
                return Outcome.admitted();
            }
            case FACULTY_OF_GROUP: {
                int rank = caller.has(BalintRole.LEADER) ? 1 : 0;
                if (!launchedHere) {
                    return Outcome.refused(ApiRefusal.groupNotFound(), 0);
                }
                if (!caller.has(BalintRole.LEADER) || !group.faculty().contains(caller.member())) {
                    return Outcome.refused(ApiRefusal.of(403, "faculty-only", "Only the faculty of this group may do "
                            + "this. If you lead it, join its faculty from the activity's page first."), rank);
                }
                return named.isEmpty() || group.members().contains(named.get())
                        ? Outcome.admitted() : Outcome.refused(ApiRefusal.memberNotFound(), 2);
            }
            case ADMIN_OF_PLATFORM: {
                if (!caller.has(BalintRole.ADMIN)) {
                    return Outcome.refused(adminOnly(), 0);
                }
                return named.isEmpty() || group.members().contains(named.get())
                        ? Outcome.admitted() : Outcome.refused(ApiRefusal.memberNotFound(), 2);
            }
            default:
                throw new IllegalStateException("unknown access rule " + rule);
        }
    }

    private static ApiRefusal adminOnly() {
        return ApiRefusal.of(403, "admin-only", "Only an administrator of this platform may do this. Ask your LMS "
                + "administrator.");
    }

    private static ApiRefusal ownRecordsOnly() {
        return ApiRefusal.of(403, "own-records-only", "Members see only their own records. Ask for your own with "
                + "'me' in place of the member id.");
    }

    private static ApiRefusal undeclared() {
        return ApiRefusal.of(403, "access-rule-missing", "This endpoint declares no access rule, so nobody may call it. "
                + "Report it to the tool's maintainers.");
    }

    private static Optional<GroupId> groupId(String text) {
        try {
            return Optional.of(new GroupId(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<MemberId> memberId(String text) {
        try {
            return Optional.of(new MemberId(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
