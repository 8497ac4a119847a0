package org.balint.core.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.validation.Violation;

/**
 * Everyone who has registered for one group series, in the order they registered, and the waitlist
 * in the order people joined it.
 *
 * <p>Screening a new registration: a form missing any attestation is declined with every missing one;
 * a registrant reporting an unusually stressful period is referred to faculty review; anyone else is
 * accepted into the group when it has a place and nobody is already waiting, and waitlisted
 * otherwise. Registering is refused outright (and nothing is recorded) when the registrant has
 * registered before, is on the faculty or already a member, or the group has closed to new members.
 *
 * <p>When a place frees before the group closes, waiting registrants are promoted in waitlist order
 * (see {@link #promoteFromWaitlist}); a withdrawal from the group does this by itself. Once the
 * group has closed, nobody is promoted.
 *
 * <p>Every step is audited on the registration it changes, with the instant passed in and the actor
 * responsible: the person who submitted, withdrew or decided, or the system's
 * {@linkplain #SCREENING screening} and {@linkplain #PROMOTION waitlist promotion} processes.
 * Instances are immutable; each step returns new registrations and, when membership changed, the
 * new group, which the caller stores together. Time only moves forward: a step dated before an
 * earlier step on the same registration is a broken invariant (a misbehaving clock), not user input.
 */
public final class GroupRegistrations {

    /** The automatic screening that follows a submission. */
    public static final Actor SCREENING = Actor.process("registration screening");
    /** The automatic promotion from the waitlist when a place frees. */
    public static final Actor PROMOTION = Actor.process("waitlist promotion");

    private final GroupId group;
    private final List<Registration> registrations;
    private final List<MemberId> waitlist;

    private GroupRegistrations(GroupId group, List<Registration> registrations, List<MemberId> waitlist) {
        this.group = Objects.requireNonNull(group, "group");
        this.registrations = List.copyOf(registrations);
        this.waitlist = List.copyOf(waitlist);
        var ids = new HashSet<MemberId>();
        for (Registration r : this.registrations) {
            if (!r.group().equals(group)) {
                throw new IllegalArgumentException("registration of " + r.registrantId() + " is for group " + r.group()
                        + ", not " + group);
            }
            if (!ids.add(r.registrantId())) {
                throw new IllegalArgumentException(r.registrantId() + " is registered twice for group " + group);
            }
        }
        var waiting = this.registrations.stream().filter(r -> r instanceof Registration.Waitlisted)
                .map(Registration::registrantId).collect(Collectors.toSet());
        if (!waiting.equals(new HashSet<>(this.waitlist)) || waiting.size() != this.waitlist.size()) {
            throw new IllegalArgumentException("the waitlist " + this.waitlist + " must list each waitlisted registrant "
                    + waiting + " exactly once");
        }
    }

    /** A group nobody has registered for yet. */
    public static GroupRegistrations none(GroupId group) {
        return new GroupRegistrations(group, List.of(), List.of());
    }

    /**
     * Rebuilds stored registrations: {@code registrations} in the order they were submitted and
     * {@code waitlist} in waitlist order. Inconsistent data (a registrant twice, a registration for
     * another group, a waitlist that does not match the waitlisted registrations) is a broken invariant.
     */
    public static GroupRegistrations restore(GroupId group, List<Registration> registrations, List<MemberId> waitlist) {
        return new GroupRegistrations(group, registrations, waitlist);
    }

    public GroupId group() {
        return group;
    }

    /** Every registration, in the order they were submitted. */
    public List<Registration> all() {
        return registrations;
    }

    /** The registrant's registration, if they have registered. */
    public Optional<Registration> find(MemberId registrant) {
        return registrations.stream().filter(r -> r.registrantId().equals(registrant)).findFirst();
    }

    /** The registrants waiting for a place, first in line first. */
    public List<Registration.Waitlisted> waitlist() {
        return waitlist.stream().map(id -> (Registration.Waitlisted) find(id).orElseThrow()).toList();
    }

    /** The registrant's place in line (1 is next), if they are waiting. */
    public Optional<Integer> waitlistPosition(MemberId registrant) {
        int index = waitlist.indexOf(registrant);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** The registrations waiting for a faculty decision, in the order they were submitted. */
    public List<Registration.ReferredToFacultyReview> awaitingReview() {
        return registrations.stream().filter(r -> r instanceof Registration.ReferredToFacultyReview)
                .map(r -> (Registration.ReferredToFacultyReview) r).toList();
    }

    /** The registrant's registration if it is waiting for a faculty decision. */
    public Optional<Registration.ReferredToFacultyReview> awaitingReview(MemberId registrant) {
        return find(registrant).filter(r -> r instanceof Registration.ReferredToFacultyReview)
                .map(r -> (Registration.ReferredToFacultyReview) r);
    }

    /**
     * Records and screens {@code form}, submitted by {@code submittedBy} at {@code at}, or refuses it
     * with every reason. An accepted registrant becomes a member of the returned group.
     */
    public RegistrationResult register(RegistrationForm form, BalintGroup group, Actor submittedBy, Instant at) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(at, "at");
        requireSameGroup(group);
        var refusals = RegistrationPolicies.refusals(this, form, group, at);
        if (!refusals.isEmpty()) {
            return new RegistrationResult.Refused(refusals);
        }
        String name = form.registrant().name();
        var history = List.of(new AuditEntry(at, submittedBy, "registration-submitted",
                name + " registered for \"" + group.title() + "\""));

        var missing = RegistrationPolicies.declineReasons(form);
        if (!missing.isEmpty()) {
            var declined = new Registration.Declined(this.group, form, missing, append(history,
                    new AuditEntry(at, SCREENING, "registration-declined", "declined: " + missing.stream()
                            .map(Violation::code).collect(Collectors.joining(", ")))));
            return recorded(replacing(declined, waitlist), group, declined);
        }
        if (form.unusuallyStressfulPeriod()) {
            var referred = new Registration.ReferredToFacultyReview(this.group, form, append(history,
                    new AuditEntry(at, SCREENING, "registration-referred-to-faculty-review",
                            "referred to faculty review: the registrant reported an unusually stressful period")));
            return recorded(replacing(referred, waitlist), group, referred);
        }
        return admit(form, history, group, at, SCREENING, false);
    }

    /** Applies a faculty decision on a referred registration, or refuses it with every reason. */
    public RegistrationResult decide(FacultyDecision decision, BalintGroup group, Instant at) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        requireSameGroup(group);
        if (!decision.group().equals(this.group)) {
            throw new IllegalArgumentException("a decision for group " + decision.group() + " applied to group " + this.group);
        }
        var refusals = RegistrationPolicies.decisionRefusals(this, decision, group, at);
        if (!refusals.isEmpty()) {
            return new RegistrationResult.Refused(refusals);
        }
        var referred = awaitingReview(decision.registrant()).orElseThrow();
        if (decision instanceof FacultyDecision.RecommendDeferral deferral) {
            var deferred = new Registration.DeferralRecommended(this.group, referred.form(), deferral.noteToRegistrant(),
                    append(referred.history(), new AuditEntry(at, decision.decidedBy(), "deferral-recommended",
                            "faculty recommended signing up for a later series and left a note for the registrant")));
            return recorded(replacing(deferred, waitlist), group, deferred);
        }
        return admit(referred.form(), referred.history(), group, at, decision.decidedBy(), true);
    }

    /**
     * The registrant withdraws: from the group (a place frees, and the waitlist is promoted while the
     * group is still open), from the waitlist, or from faculty review.
     */
    public RegistrationResult withdraw(MemberId registrant, BalintGroup group, Actor actor, Instant at) {
        return release(registrant, group, actor, at, "registration-withdrawn", "withdrew from");
    }

    /**
     * The registrant left the course the group belongs to (the course's roster no longer lists them as
     * an active learner), so they leave the group too: from the group (a drop-out once the series has
     * started; the sessions they attended stay in the record), the waitlist or faculty review, exactly
     * as in {@link #withdraw}, but recorded as {@code left-the-course} so that nobody reads it as the
     * registrant's own choice. Refused with the same reasons as a withdrawal, for example
     * {@code series-finished} once the series is over: a roster change after the last session changes
     * nothing.
     */
    public RegistrationResult leftTheCourse(MemberId registrant, BalintGroup group, Actor actor, Instant at) {
        return release(registrant, group, actor, at, "left-the-course", "left the course, and with it");
    }

    private RegistrationResult release(MemberId registrant, BalintGroup group, Actor actor, Instant at, String event,
            String verb) {
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        requireSameGroup(group);
        var current = find(registrant);
        if (current.isEmpty()) {
            return new RegistrationResult.Refused(List.of(Violation.of("not-registered",
                    registrant + " has not registered for this group, so there is nothing to withdraw")));
        }
        var registration = current.get();
        if (registration instanceof Registration.Declined || registration instanceof Registration.DeferralRecommended
                || registration instanceof Registration.Withdrawn) {
            return new RegistrationResult.Refused(List.of(Violation.of("nothing-to-withdraw", registration.registrant().name()
                    + "'s registration is " + registration.status().label() + ": there is nothing to withdraw from")));
        }
        var groupAfter = group;
        String from = registration.status() == RegistrationStatus.WAITLISTED ? "the waitlist"
                : registration.status() == RegistrationStatus.ACCEPTED ? "the group" : "faculty review";
        if (registration instanceof Registration.Accepted && group.isMember(registrant)) {
            var change = group.leave(registrant, at);
            if (change instanceof MembershipChange.Refused refused) {
                return new RegistrationResult.Refused(refused.reasons());
            }
            groupAfter = change.changedGroup().orElseThrow();
        }
        var withdrawn = new Registration.Withdrawn(this.group, registration.form(), append(registration.history(),
                new AuditEntry(at, actor, event, registration.registrant().name() + " " + verb + " " + from)));
        var remaining = waitlist.stream().filter(id -> !id.equals(registrant)).toList();
        var after = replacing(withdrawn, remaining);
        if (registration instanceof Registration.Accepted && !groupAfter.isClosedToNewMembersAt(at)) {
            var promotion = after.promoteFromWaitlist(groupAfter, at);
            return new RegistrationResult.Recorded(promotion.registrations(), promotion.group(), withdrawn,
                    promotion.promoted());
        }
        return recorded(after, groupAfter, withdrawn);
    }

    /**
     * Fills the group's free places from the waitlist, first in line first, as long as the group has
     * not closed to new members at {@code at}. A waiting registrant the group cannot take for another
     * reason keeps their place in line and is reported in {@link WaitlistPromotion#heldBack()}.
     */
    public WaitlistPromotion promoteFromWaitlist(BalintGroup group, Instant at) {
        Objects.requireNonNull(at, "at");
        requireSameGroup(group);
        if (waitlist.isEmpty()) {
            return new WaitlistPromotion(this, group, List.of(), List.of());
        }
        if (group.isClosedToNewMembersAt(at)) {
            return new WaitlistPromotion(this, group, List.of(), List.of(Violation.of("group-closed-to-new-members",
                    waitlist.size() + " still waiting, but the group closed to new members after "
                            + group.rules().closesToNewMembersAfter() + ": nobody is promoted any more")));
        }
        var current = this;
        var groupNow = group;
        var promoted = new ArrayList<Registration.Accepted>();
        var heldBack = new ArrayList<Violation>();
        for (Registration.Waitlisted waiting : waitlist()) {
            if (groupNow.placesLeft() == 0) {
                break;
            }
            var change = groupNow.join(waiting.registrant(), at);
            if (change instanceof MembershipChange.Joined joined) {
                var accepted = new Registration.Accepted(this.group, waiting.form(), append(waiting.history(),
                        new AuditEntry(at, PROMOTION, "promoted-from-waitlist",
                                waiting.registrant().name() + " was promoted from the waitlist into the group")));
                current = current.replacing(accepted, current.waitlist.stream()
                        .filter(id -> !id.equals(waiting.registrantId())).toList());
                groupNow = joined.group();
                promoted.add(accepted);
            } else {
                change.reasons().forEach(reason -> heldBack.add(Violation.of(reason.code(),
                        waiting.registrant().name() + " stays on the waitlist: " + reason.message())));
            }
        }
        if (!current.waitlist.isEmpty() && groupNow.placesLeft() == 0) {
            heldBack.add(Violation.of("no-place-free", current.waitlist.size()
                    + " still waiting and the group is full: they keep their places in line"));
        }
        return new WaitlistPromotion(current, groupNow, promoted, heldBack);
    }

    /** Accepts into the group when a place is free and nobody is waiting ahead, otherwise waitlists. */
    private RegistrationResult admit(RegistrationForm form, List<AuditEntry> history, BalintGroup group, Instant at,
            Actor actor, boolean afterReview) {
        String suffix = afterReview ? "-after-review" : "";
        String name = form.registrant().name();
        if (waitlist.isEmpty() && group.placesLeft() > 0) {
            var change = group.join(form.registrant(), at);
            if (change instanceof MembershipChange.Joined joined) {
                var accepted = new Registration.Accepted(this.group, form, append(history,
                        new AuditEntry(at, actor, "registration-accepted" + suffix, name + " was accepted into the group")));
                return recorded(replacing(accepted, waitlist), joined.group(), accepted);
            }
            return new RegistrationResult.Refused(change.reasons());
        }
        var waitlisted = new Registration.Waitlisted(this.group, form, append(history,
                new AuditEntry(at, actor, "registration-waitlisted" + suffix, name + " was placed on the waitlist at position "
                        + (waitlist.size() + 1) + (group.isFull() ? ": the group is full" : ": others were waiting first"))));
        var longer = new ArrayList<>(waitlist);
        longer.add(form.registrant().id());
        return recorded(replacing(waitlisted, longer), group, waitlisted);
    }

    private static RegistrationResult recorded(GroupRegistrations registrations, BalintGroup group, Registration registration) {
        return new RegistrationResult.Recorded(registrations, group, registration, List.of());
    }

    /**
     * These registrations with the registrant's entry replaced by {@code changed} (or appended when
     * new), and the waitlist set to {@code newWaitlist}.
     */
    private GroupRegistrations replacing(Registration changed, List<MemberId> newWaitlist) {
        var updated = new ArrayList<Registration>(registrations.size() + 1);
        boolean found = false;
        for (Registration r : registrations) {
            if (r.registrantId().equals(changed.registrantId())) {
                updated.add(changed);
                found = true;
            } else {
                updated.add(r);
            }
        }
        if (!found) {
            updated.add(changed);
        }
        return new GroupRegistrations(group, updated, newWaitlist);
    }

    /** {@code history} followed by {@code entry}. */
    private static List<AuditEntry> append(List<AuditEntry> history, AuditEntry entry) {
        var longer = new ArrayList<>(history);
        longer.add(entry);
        return List.copyOf(longer);
    }

    private void requireSameGroup(BalintGroup group) {
        Objects.requireNonNull(group, "group");
        if (!group.id().equals(this.group)) {
            throw new IllegalArgumentException("registrations for group " + this.group + " used with group " + group.id());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupRegistrations other && group.equals(other.group)
                && registrations.equals(other.registrations) && waitlist.equals(other.waitlist);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, registrations, waitlist);
    }

    @Override
    public String toString() {
        return registrations.size() + " registrations for group " + group + ", " + waitlist.size() + " waiting";
    }
}
