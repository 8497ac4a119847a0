package org.balint.lti.tool.members;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.DeferralReason;
import org.balint.core.registration.FacultyDecision;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationResult;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.core.registration.WaitlistPromotion;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.Retry;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.roster.RosterSyncStates;
import org.balint.persistence.tenant.Tenant;

/**
 * A group's registrations as its leader works with them, through the core's {@link RegistrationDesk}:
 * the roster with every registration's standing and screening, the faculty-review queue, a faculty
 * decision on a referred registration (accept, or recommend a later series for one of the core's
 * {@link DeferralReason}s), and promotion from the waitlist. Each change is checked field by field
 * first, then applied and stored in one transaction; a refused change stores nothing.
 */
public final class GroupRoster {

    private final BalintRecords records;
    private final Function<CourseKey, Optional<RosterSyncStates.SyncState>> lastSync;
    private final Clock clock;

    /**
     * The roster over Balint's {@code records}.
     *
     * @param lastSync where the last roster sync of a placement stands (for example {@link RosterSyncStates#find})
     */
    public GroupRoster(BalintRecords records, Function<CourseKey, Optional<RosterSyncStates.SyncState>> lastSync,
            Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.lastSync = Objects.requireNonNull(lastSync, "lastSync");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The roster of {@code group}, with the last roster sync of {@code placement}; empty when the group is not stored. */
    public Optional<RosterOverview> overview(Tenant tenant, GroupId group, CourseKey placement) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(placement, "placement");
        Optional<Read> read = records.inTransaction(tenant, r -> r.groups().find(group).map(found -> new Read(found,
                new RegistrationDesk(r.groups(), r.registrations(), clock).registrationsOf(group))));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        BalintGroup found = read.get().group();
        GroupRegistrations registrations = read.get().registrations();
        List<RosterEntry> everyone = registrations.all().stream()
                .map(r -> RosterEntry.of(r, registrations.waitlistPosition(r.registrantId()))).toList();
        List<RosterEntry> queue = everyone.stream().filter(e -> e.standing() == RosterEntry.Standing.AWAITING_REVIEW).toList();
        List<RosterEntry> waiting = registrations.waitlist().stream()
                .map(w -> RosterEntry.of(w, registrations.waitlistPosition(w.registrantId()))).toList();
        return Optional.of(new RosterOverview(group, found.title(), found.members().size(), found.rules().maxMembers(),
                found.isClosedToNewMembersAt(clock.instant()), queue, waiting, everyone, lastSync.apply(placement)));
    }

    /**
     * Applies {@code decider}'s decision on a registration awaiting review: refused with every reason
     * (and nothing stored) when the request is incomplete, the registration no longer awaits review, or
     * the core refuses it (the decider is not on the group's faculty, the group closed meanwhile).
     */
    public DecisionOutcome decide(Tenant tenant, GroupId group, MemberId decider, DecisionRequest request) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(request, "request");
        List<FieldViolation> violations = new ArrayList<>();
        Optional<MemberId> registrant = registrant(request, violations);
        boolean accept = DecisionRequest.ACCEPT.equals(request.decision());
        Optional<DeferralReason> reason = Optional.empty();
        if (!accept && !DecisionRequest.DEFER.equals(request.decision())) {
            violations.add(FieldViolation.at(DecisionRequest.DECISION_FIELD,
                    request.decision().isEmpty() ? "decision-missing" : "decision-unknown",
                    "choose Accept, or Decline to recommend a later series"));
        } else if (!accept) {
            reason = DeferralReason.ofCode(request.reason());
            if (reason.isEmpty()) {
                violations.add(FieldViolation.at(DecisionRequest.REASON_FIELD,
                        request.reason().isEmpty() ? "deferral-reason-missing" : "deferral-reason-unknown",
                        "choose why a later series is recommended: the registrant reads that reason as the note from faculty"));
            }
        }
        if (!violations.isEmpty()) {
            return new DecisionOutcome.Refused(400, violations);
        }
        MemberId who = registrant.orElseThrow();
        Optional<DeferralReason> chosen = reason;
        return Retry.onConcurrentChange(() -> records.inTransaction(tenant, r -> {
            RegistrationDesk desk = new RegistrationDesk(r.groups(), r.registrations(), clock);
            if (r.groups().find(group).isEmpty()) {
                return refused(404, Violation.of("group-not-found", "This group is no longer stored. Open the activity "
                        + "from the course again."));
            }
            GroupRegistrations before = desk.registrationsOf(group);
            Optional<Registration.ReferredToFacultyReview> referred = before.awaitingReview(who);
            if (referred.isEmpty()) {
                return before.find(who)
                        .map(found -> refused(409, Violation.of("not-awaiting-review", found.registrant().name()
                                + "'s registration is " + found.status().label() + ", no longer awaiting faculty review: "
                                + "nothing was changed. The list below shows where it stands now.")))
                        .orElseGet(() -> refused(404, Violation.of("not-registered", "Nobody with this id has registered "
                                + "for this group. Open the Members page again and decide from its list.")));
            }
            Actor faculty = Actor.person(decider);
            FacultyDecision decision = chosen.map(d -> referred.get().recommendDeferral(faculty, d))
                    .orElseGet(() -> referred.get().accept(faculty));
            RegistrationResult result = desk.decide(decision);
            if (result instanceof RegistrationResult.Refused refusal) {
                int status = refusal.reasons().stream().anyMatch(v -> v.code().equals("not-faculty")) ? 403 : 409;
                return new DecisionOutcome.Refused(status, refusal.reasons().stream().map(FieldViolation::general).toList());
            }
            RegistrationResult.Recorded recorded = (RegistrationResult.Recorded) result;
            return new DecisionOutcome.Decided(RosterEntry.of(recorded.registration(),
                    recorded.registrations().waitlistPosition(who)),
                    recorded.promoted().stream().map(a -> a.registrant().name()).toList());
        }));
    }

    /** Fills free places from the waitlist, first in line first, as the core allows; empty when the group is not stored. */
    public Optional<PromotionOutcome> promote(Tenant tenant, GroupId group) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Validated<WaitlistPromotion> promotion = Retry.onConcurrentChange(() -> records.inTransaction(tenant,
                r -> new RegistrationDesk(r.groups(), r.registrations(), clock).promoteFromWaitlist(group)));
        if (!promotion.isValid()) {
            return Optional.empty();
        }
        WaitlistPromotion done = promotion.orElseThrow();
        return Optional.of(new PromotionOutcome(done.promoted().stream().map(a -> a.registrant().name()).toList(),
                done.heldBack()));
    }

    private static Optional<MemberId> registrant(DecisionRequest request, List<FieldViolation> violations) {
        if (request.registrant().isEmpty() || request.registrant().length() > MemberId.MAX_LENGTH) {
            violations.add(FieldViolation.general(Violation.of("registrant-missing", "the decision did not name a "
                    + "registrant: open the Members page again and decide beside the registrant's name")));
            return Optional.empty();
        }
        try {
            return Optional.of(new MemberId(request.registrant()));
        } catch (IllegalArgumentException malformed) {
            violations.add(FieldViolation.general(Violation.of("registrant-missing", "the decision named no registrant "
                    + "of this group: open the Members page again and decide beside the registrant's name")));
            return Optional.empty();
        }
    }

    private static DecisionOutcome refused(int status, Violation violation) {
        return new DecisionOutcome.Refused(status, List.of(FieldViolation.general(violation)));
    }

    private record Read(BalintGroup group, GroupRegistrations registrations) {
    }
}
