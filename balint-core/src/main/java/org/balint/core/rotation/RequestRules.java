package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;

/**
 * The rules a planning request must satisfy, listed in one place. Each rule reports every violation
 * it finds; {@link #check} runs them all so the leader sees every problem at once.
 */
final class RequestRules {

    /** The raw facts collected by {@link RotationRequest.Builder}, before any rule has run. */
    record Draft(int sessionCount, int casesPerSession, List<MemberId> members, Map<MemberId, String> names,
            List<MemberId> formerMembers, Map<MemberId, String> formerNames, List<MemberId> duplicateMembers,
            List<MemberId> duplicateFormerMembers, SortedMap<SessionNumber, Set<MemberId>> held,
            Set<PresentationSlot> volunteers, Set<PresentationSlot> unavailability,
            Set<PresentationSlot> overrides, Optional<RotationPlan> currentPlan) {

        boolean isHeld(SessionNumber session) {
            return held.containsKey(session);
        }

        boolean isUnavailable(PresentationSlot slot) {
            return unavailability.contains(slot);
        }

        String nameOf(MemberId member) {
            return names.getOrDefault(member, formerNames.getOrDefault(member, member.value()));
        }

        boolean isFormerMember(MemberId member) {
            return formerNames.containsKey(member) && !names.containsKey(member);
        }
    }

    @FunctionalInterface
    interface RequestRule {
        void check(Draft draft, List<Violation> violations);
    }

    private static final List<RequestRule> RULES = List.of(
            RequestRules::seriesHasSensibleSize,
            RequestRules::rosterIsUsable,
            RequestRules::formerMembersHaveLeft,
            RequestRules::everyoneNamedIsAMember,
            RequestRules::sessionsAreInTheSeries,
            RequestRules::heldSessionsComeFirst,
            RequestRules::heldSessionsHadRoomForTheirPresenters,
            RequestRules::volunteersOfferFutureSessionsTheyCanAttend,
            RequestRules::overridesAreFeasible);

    private RequestRules() {
    }

    static List<Violation> check(Draft draft) {
        var violations = new ArrayList<Violation>();
        for (RequestRule rule : RULES) {
            rule.check(draft, violations);
        }
        return violations;
    }

    static void seriesHasSensibleSize(Draft draft, List<Violation> violations) {
        if (draft.sessionCount() < 1) {
            violations.add(Violation.of("no-sessions",
                    "a series needs at least one session to plan, but " + draft.sessionCount() + " were given"));
        } else if (draft.sessionCount() > RotationRequest.MAX_SESSIONS) {
            violations.add(Violation.of("too-many-sessions", draft.sessionCount()
                    + " sessions is more than the planner handles (" + RotationRequest.MAX_SESSIONS
                    + "); plan the series in parts"));
        }
        if (draft.casesPerSession() < 1) {
            violations.add(Violation.of("no-cases-per-session",
                    "each session needs room for at least one case, but " + draft.casesPerSession() + " were given"));
        } else if (draft.casesPerSession() > RotationRequest.MAX_CASES_PER_SESSION) {
            violations.add(Violation.of("too-many-cases-per-session", draft.casesPerSession()
                    + " cases per session is more than the planner handles ("
                    + RotationRequest.MAX_CASES_PER_SESSION + ")"));
        }
    }

    static void rosterIsUsable(Draft draft, List<Violation> violations) {
        if (draft.members().isEmpty()) {
            violations.add(Violation.of("no-members", "add the group's members before planning who presents when"));
        } else if (draft.members().size() > RotationRequest.MAX_MEMBERS) {
            violations.add(Violation.of("too-many-members", draft.members().size()
                    + " members is more than the planner handles (" + RotationRequest.MAX_MEMBERS + ")"));
        }
        for (MemberId duplicate : new java.util.TreeSet<>(draft.duplicateMembers())) {
            violations.add(Violation.of("duplicate-member", duplicate + " is on the roster more than once;"
                    + " list each member once"));
        }
        for (MemberId member : draft.members()) {
            if (draft.names().get(member).isEmpty()) {
                violations.add(Violation.of("blank-member-name", "give member " + member
                        + " a name so the plan can refer to them"));
            }
        }
    }

    static void formerMembersHaveLeft(Draft draft, List<Violation> violations) {
        for (MemberId duplicate : new java.util.TreeSet<>(draft.duplicateFormerMembers())) {
            violations.add(Violation.of("duplicate-former-member", duplicate + " is listed as a former member"
                    + " more than once; list each former member once"));
        }
        for (MemberId former : draft.formerMembers()) {
            if (draft.names().containsKey(former)) {
                violations.add(Violation.of("former-member-on-roster", draft.nameOf(former) + " (" + former
                        + ") is both on the roster and listed as a former member; remove them from the roster"
                        + " if they have left the group, or from the former members if they are still in it"));
            } else if (draft.formerNames().get(former).isEmpty()) {
                violations.add(Violation.of("blank-member-name", "give former member " + former
                        + " a name so the history can refer to them"));
            }
        }
    }

    static void everyoneNamedIsAMember(Draft draft, List<Violation> violations) {
        Set<MemberId> roster = draft.names().keySet();
        draft.held().forEach((session, presenters) -> presenters.stream()
                .filter(m -> !roster.contains(m) && !draft.isFormerMember(m)).sorted()
                .forEach(m -> violations.add(Violation.of("unknown-member", m + " is recorded as presenting in "
                        + session + " but is neither on the roster nor a former member; add them to the roster,"
                        + " list them as a former member if they have left the group, or correct the history"))));
        draft.volunteers().stream().filter(slot -> !roster.contains(slot.presenter())).forEach(slot -> {
            if (draft.isFormerMember(slot.presenter())) {
                violations.add(Violation.of("volunteer-has-left", draft.nameOf(slot.presenter()) + " volunteers for "
                        + slot.session() + " but has left the group; withdraw the offer"));
            } else {
                violations.add(Violation.of("unknown-member", slot.presenter() + " volunteers for "
                        + slot.session() + " but is not on the roster"));
            }
        });
        draft.unavailability().stream()
                .filter(slot -> !roster.contains(slot.presenter()) && !draft.isFormerMember(slot.presenter()))
                .forEach(slot -> violations.add(Violation.of("unknown-member", slot.presenter()
                        + " is declared unavailable for " + slot.session() + " but is not on the roster")));
        draft.overrides().stream().filter(slot -> !roster.contains(slot.presenter())).forEach(slot -> {
            if (draft.isFormerMember(slot.presenter())) {
                violations.add(Violation.of("override-for-former-member", "the leader assigns "
                        + draft.nameOf(slot.presenter()) + " to " + slot.session()
                        + " but they have left the group; assign someone still in it"));
            } else {
                violations.add(Violation.of("unknown-member", "the leader assigns " + slot.presenter() + " to "
                        + slot.session() + " but they are not on the roster"));
            }
        });
    }

    static void sessionsAreInTheSeries(Draft draft, List<Violation> violations) {
        int count = draft.sessionCount();
        if (count < 1) {
            return;
        }
        String series = "the series has " + count + (count == 1 ? " session" : " sessions");
        draft.held().keySet().stream().filter(s -> s.value() > count).forEach(s -> violations.add(
                Violation.of("session-out-of-range", s + " is recorded as held but " + series)));
        draft.volunteers().stream().filter(slot -> slot.session().value() > count).forEach(slot -> violations.add(
                Violation.of("session-out-of-range", draft.nameOf(slot.presenter()) + " volunteers for "
                        + slot.session() + " but " + series)));
        draft.unavailability().stream().filter(slot -> slot.session().value() > count).forEach(slot -> violations.add(
                Violation.of("session-out-of-range", draft.nameOf(slot.presenter()) + " is declared unavailable for "
                        + slot.session() + " but " + series)));
        draft.overrides().stream().filter(slot -> slot.session().value() > count).forEach(slot -> violations.add(
                Violation.of("session-out-of-range", "the leader assigns " + draft.nameOf(slot.presenter()) + " to "
                        + slot.session() + " but " + series)));
        draft.currentPlan().ifPresent(plan -> plan.slots().stream().filter(slot -> slot.session().value() > count)
                .forEach(slot -> violations.add(Violation.of("session-out-of-range", "the current plan has "
                        + draft.nameOf(slot.presenter()) + " presenting in " + slot.session() + " but " + series
                        + "; re-plan from a plan of this series"))));
    }

    static void heldSessionsComeFirst(Draft draft, List<Violation> violations) {
        if (draft.held().isEmpty()) {
            return;
        }
        SessionNumber last = draft.held().lastKey();
        for (int value = 1; value < last.value(); value++) {
            var session = SessionNumber.of(value);
            if (!draft.isHeld(session)) {
                violations.add(Violation.of("held-sessions-out-of-order", session + " is not recorded as held but "
                        + last + " is; record who presented in " + session + " (or that nobody did) before planning"));
            }
        }
    }

    static void heldSessionsHadRoomForTheirPresenters(Draft draft, List<Violation> violations) {
        if (draft.casesPerSession() < 1) {
            return;
        }
        draft.held().forEach((session, presenters) -> {
            if (presenters.size() > draft.casesPerSession()) {
                violations.add(Violation.of("too-many-presenters", session + " is recorded with "
                        + presenters.size() + " presenters but has room for " + draft.casesPerSession()
                        + (draft.casesPerSession() == 1 ? " case" : " cases")
                        + "; correct the history or the number of cases per session"));
            }
        });
    }

    static void volunteersOfferFutureSessionsTheyCanAttend(Draft draft, List<Violation> violations) {
        for (PresentationSlot offer : draft.volunteers()) {
            String name = draft.nameOf(offer.presenter());
            if (draft.isHeld(offer.session())) {
                violations.add(Violation.of("volunteer-for-held-session", name + " volunteers for " + offer.session()
                        + ", which has already been held; record what happened there in the history instead"));
            }
            if (draft.isUnavailable(offer)) {
                violations.add(Violation.of("volunteer-unavailable", name + " volunteers for " + offer.session()
                        + " but is also declared unavailable for it; keep one of the two"));
            }
        }
    }

    static void overridesAreFeasible(Draft draft, List<Violation> violations) {
        var perSession = new TreeMap<SessionNumber, Integer>();
        for (PresentationSlot override : draft.overrides()) {
            String name = draft.nameOf(override.presenter());
            if (draft.isHeld(override.session())) {
                violations.add(Violation.of("override-for-held-session", "the leader assigns " + name + " to "
                        + override.session() + ", which has already been held; correct the history instead"));
            }
            if (draft.isUnavailable(override)) {
                violations.add(Violation.of("override-unavailable", "the leader assigns " + name + " to "
                        + override.session() + " but " + name + " is unavailable for it"));
            }
            perSession.merge(override.session(), 1, Integer::sum);
        }
        if (draft.casesPerSession() < 1) {
            return;
        }
        perSession.forEach((session, count) -> {
            if (count > draft.casesPerSession()) {
                violations.add(Violation.of("too-many-overrides", "the leader assigns " + count + " presenters to "
                        + session + ", which has room for " + draft.casesPerSession()
                        + (draft.casesPerSession() == 1 ? " case" : " cases")));
            }
        });
    }
}
