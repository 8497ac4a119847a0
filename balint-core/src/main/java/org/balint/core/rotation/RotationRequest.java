package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;

/**
 * Everything the {@link RotationPlanner} needs to know about a group to plan who presents when: the
 * members (in roster order), the number of sessions and of cases per session, who presented in the
 * sessions already held, volunteers ("I have a case for session 3"), the sessions each member has
 * declared unavailable, the leader's overrides and, for a re-plan, the current plan.
 *
 * <p>A request only exists once its input has been checked: {@link Builder#build()} returns every
 * broken rule at once, or a request the planner can always work with. Apart from the roster order
 * (which breaks ties between otherwise equal members, so the first members on the roster present
 * first), the order in which facts are given does not matter.
 *
 * <p><b>Drop-outs.</b> A member who has left the group is listed as a {@linkplain Builder#formerMember
 * former member}: they may appear among the presenters of held sessions (so the history shows what really
 * happened, and their presentation occupies its place), but they are never planned into a future session,
 * never need a turn and do not count in anyone else's fair order. Their places in the current plan's future
 * sessions go to others, and the re-plan reports those places as changes. A presenter in a held session who
 * is neither a member nor a former member is rejected.
 *
 * <p>Unavailability declared for sessions that have already been held, or by former members, is accepted
 * and has no effect.
 */
public final class RotationRequest {

    /** The largest group the planner accepts (far above the 6–10 members typical of Balint groups). */
    public static final int MAX_MEMBERS = 64;
    /** The longest series the planner accepts. */
    public static final int MAX_SESSIONS = 64;
    /** The most cases per session the planner accepts. */
    public static final int MAX_CASES_PER_SESSION = 8;

    private final List<MemberId> members;
    private final List<MemberId> formerMembers;
    private final Map<MemberId, String> names;
    private final int sessionCount;
    private final int casesPerSession;
    private final int heldSessions;
    private final SortedMap<SessionNumber, SortedSet<MemberId>> history;
    private final SortedSet<PresentationSlot> volunteers;
    private final SortedSet<PresentationSlot> unavailability;
    private final SortedSet<PresentationSlot> overrides;
    private final Optional<RotationPlan> currentPlan;

    private RotationRequest(Builder draft) {
        this.members = List.copyOf(draft.members);
        this.formerMembers = List.copyOf(draft.formerMembers);
        var allNames = new LinkedHashMap<>(draft.formerNames);
        allNames.putAll(draft.names);
        this.names = Collections.unmodifiableMap(allNames);
        this.sessionCount = draft.sessionCount;
        this.casesPerSession = draft.casesPerSession;
        this.heldSessions = draft.held.isEmpty() ? 0 : draft.held.lastKey().value();
        var copy = new TreeMap<SessionNumber, SortedSet<MemberId>>();
        draft.held.forEach((session, presenters) ->
                copy.put(session, Collections.unmodifiableSortedSet(new TreeSet<>(presenters))));
        this.history = Collections.unmodifiableSortedMap(copy);
        this.volunteers = Collections.unmodifiableSortedSet(new TreeSet<>(draft.volunteers));
        this.unavailability = Collections.unmodifiableSortedSet(new TreeSet<>(draft.unavailability));
        this.overrides = Collections.unmodifiableSortedSet(new TreeSet<>(draft.overrides));
        this.currentPlan = draft.currentPlan;
    }

    /** Starts a request for a series of {@code sessionCount} sessions (eight by default for Balint groups). */
    public static Builder forSessions(int sessionCount) {
        return new Builder(sessionCount);
    }

    /**
     * Starts a request for {@code group}: its number of sessions, its cases per session and its members
     * in roster order, with their names. What only the group's record knows is added on the builder:
     * who presented in the sessions held, {@linkplain Builder#formerMember former members} who dropped
     * out, volunteers, absences, overrides and, for a re-plan, the current plan.
     */
    public static Builder forGroup(BalintGroup group) {
        var builder = new Builder(group.numberOfSessions()).casesPerSession(group.rules().casesPerSession());
        group.members().forEach(builder::member);
        return builder;
    }

    /** A builder holding everything in this request, to add what changed and plan again. */
    public Builder toBuilder() {
        var builder = new Builder(sessionCount).casesPerSession(casesPerSession);
        members.forEach(member -> builder.member(member, names.get(member)));
        formerMembers.forEach(former -> builder.formerMember(former, names.get(former)));
        history.forEach(builder::held);
        volunteers.forEach(slot -> builder.volunteer(slot.presenter(), slot.session()));
        unavailability.forEach(slot -> builder.unavailable(slot.presenter(), slot.session()));
        overrides.forEach(slot -> builder.override(slot.session(), slot.presenter()));
        currentPlan.ifPresent(builder::currentPlan);
        return builder;
    }

    /** The members, in roster order. */
    public List<MemberId> members() {
        return members;
    }

    /**
     * The members who have left the group (drop-outs), in the order they were given. They appear only
     * in held sessions and are never planned.
     */
    public List<MemberId> formerMembers() {
        return formerMembers;
    }

    /** Whether {@code member} has left the group (see {@link #formerMembers()}). */
    public boolean isFormerMember(MemberId member) {
        return formerMembers.contains(member);
    }

    /**
     * The name used for {@code member} in sentences (members and former members); the id itself for
     * someone the request does not know.
     */
    public String nameOf(MemberId member) {
        return names.getOrDefault(member, member.value());
    }

    public int sessionCount() {
        return sessionCount;
    }

    public int casesPerSession() {
        return casesPerSession;
    }

    /** How many sessions have been held: sessions 1 to this number. */
    public int heldSessions() {
        return heldSessions;
    }

    /** Who presented in each held session (an empty set when nobody did). */
    public SortedMap<SessionNumber, SortedSet<MemberId>> history() {
        return history;
    }

    /** Members' offers to present in a particular session. */
    public SortedSet<PresentationSlot> volunteers() {
        return volunteers;
    }

    /** Sessions members have declared they cannot attend, each as (session, member). */
    public SortedSet<PresentationSlot> unavailability() {
        return unavailability;
    }

    public boolean isUnavailable(MemberId member, SessionNumber session) {
        return unavailability.contains(new PresentationSlot(session, member));
    }

    /** Places the leader has assigned by hand; the planner never moves them. */
    public SortedSet<PresentationSlot> overrides() {
        return overrides;
    }

    /** The plan to change as little as possible when re-planning; empty for a first plan. */
    public Optional<RotationPlan> currentPlan() {
        return currentPlan;
    }

    /** Collects the facts of a planning request; {@link #build()} checks them all at once. */
    public static final class Builder {

        private final int sessionCount;
        private int casesPerSession = 1;
        private final List<MemberId> members = new ArrayList<>();
        private final Map<MemberId, String> names = new LinkedHashMap<>();
        private final List<MemberId> formerMembers = new ArrayList<>();
        private final Map<MemberId, String> formerNames = new LinkedHashMap<>();
        private final List<MemberId> duplicateMembers = new ArrayList<>();
        private final List<MemberId> duplicateFormerMembers = new ArrayList<>();
        private final TreeMap<SessionNumber, Set<MemberId>> held = new TreeMap<>();
        private final Set<PresentationSlot> volunteers = new TreeSet<>();
        private final Set<PresentationSlot> unavailability = new TreeSet<>();
        private final Set<PresentationSlot> overrides = new TreeSet<>();
        private Optional<RotationPlan> currentPlan = Optional.empty();

        private Builder(int sessionCount) {
            this.sessionCount = sessionCount;
        }

        /** How many cases are presented in each session (1 unless the group decided otherwise). */
        public Builder casesPerSession(int cases) {
            this.casesPerSession = cases;
            return this;
        }

        /** Adds a member at the end of the roster, with the name sentences should use. */
        public Builder member(MemberId id, String name) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (names.containsKey(id)) {
                duplicateMembers.add(id);
            } else {
                members.add(id);
                names.put(id, name.strip());
            }
            return this;
        }

        /** Adds a group member at the end of the roster. */
        public Builder member(Member member) {
            return member(member.id(), member.name());
        }

        /**
         * Records that {@code id} has left the group (a drop-out), with the name sentences should use. A
         * former member may be recorded as a presenter in held sessions but is never planned into a
         * future session and does not need a turn.
         */
        public Builder formerMember(MemberId id, String name) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (formerNames.containsKey(id)) {
                duplicateFormerMembers.add(id);
            } else {
                formerMembers.add(id);
                formerNames.put(id, name.strip());
            }
            return this;
        }

        /**
         * Records that {@code member} has left the group, for instance the member of a
         * {@link org.balint.core.group.MembershipChange.Left}.
         */
        public Builder formerMember(Member member) {
            return formerMember(member.id(), member.name());
        }

        /**
         * Records that {@code session} was held with these presenters (none if nobody presented). What
         * happened settles the volunteer offers made for that session earlier, so they are dropped; an
         * offer for a held session made after this call is still refused.
         */
        public Builder held(SessionNumber session, Collection<MemberId> presenters) {
            Objects.requireNonNull(session, "session");
            presenters.forEach(presenter -> Objects.requireNonNull(presenter, "presenter"));
            held.computeIfAbsent(session, s -> new TreeSet<>()).addAll(presenters);
            volunteers.removeIf(offer -> offer.session().equals(session));
            return this;
        }

        /** Records that {@code session} was held with these presenters (none if nobody presented). */
        public Builder held(SessionNumber session, MemberId... presenters) {
            return held(session, List.of(presenters));
        }

        /** Records that {@code member} has a case to present in {@code session}. */
        public Builder volunteer(MemberId member, SessionNumber session) {
            volunteers.add(new PresentationSlot(session, member));
            return this;
        }

        /** Records that {@code member} cannot attend {@code session}. */
        public Builder unavailable(MemberId member, SessionNumber session) {
            unavailability.add(new PresentationSlot(session, member));
            return this;
        }

        /** Records that the leader assigns {@code member} to present in {@code session}. */
        public Builder override(SessionNumber session, MemberId member) {
            overrides.add(new PresentationSlot(session, member));
            return this;
        }

        /** The plan in force, so that a re-plan keeps as much of it as possible. */
        public Builder currentPlan(RotationPlan plan) {
            this.currentPlan = Optional.of(plan);
            return this;
        }

        /** The request, or every rule the collected facts break. Nothing is built when any rule fails. */
        public Validated<RotationRequest> build() {
            return Validated.of(RequestRules.check(new RequestRules.Draft(sessionCount, casesPerSession,
                    List.copyOf(members), Map.copyOf(names), List.copyOf(formerMembers), Map.copyOf(formerNames),
                    List.copyOf(duplicateMembers), List.copyOf(duplicateFormerMembers), held, volunteers,
                    unavailability, overrides, currentPlan)), () -> new RotationRequest(this));
        }
    }
}
