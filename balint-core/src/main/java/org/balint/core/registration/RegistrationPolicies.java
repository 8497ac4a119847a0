package org.balint.core.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.validation.Violation;

/**
 * Every registration rule, in the order violations are reported:
 * <ul>
 *   <li>{@link #REFUSALS}: a registration breaking any of these is not recorded at all;</li>
 *   <li>{@link #declineReasons}: a recorded registration missing attestations is declined, with
 *       every missing one;</li>
 *   <li>{@link #DECISIONS}: a faculty decision breaking any of these is not applied.</li>
 * </ul>
 * Whether an accepted registrant joins now or waits is the group's business, asked through its
 * public API ({@code placesLeft}, {@code isClosedToNewMembersAt}, {@code join}).
 */
final class RegistrationPolicies {

    /** One rule about a form submitted for the group at {@code at}. */
    @FunctionalInterface
    interface RegistrationPolicy {
        List<Violation> check(GroupRegistrations registrations, RegistrationForm form, BalintGroup group, Instant at);
    }

    /** One rule about a faculty decision taken at {@code at}. */
    @FunctionalInterface
    interface DecisionPolicy {
        List<Violation> check(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group, Instant at);
    }

    static final List<RegistrationPolicy> REFUSALS = List.of(
            RegistrationPolicies::registersOnce,
            RegistrationPolicies::emailRegisteredOnce,
            RegistrationPolicies::registrationStillOpen,
            RegistrationPolicies::notOnFaculty,
            RegistrationPolicies::notAlreadyAMember);

    static final List<DecisionPolicy> DECISIONS = List.of(
            RegistrationPolicies::stillAwaitingReview,
            RegistrationPolicies::decidedByFaculty,
            RegistrationPolicies::deferralExplained,
            RegistrationPolicies::acceptedWhileOpen);

    private RegistrationPolicies() {
    }

    static List<Violation> refusals(GroupRegistrations registrations, RegistrationForm form, BalintGroup group, Instant at) {
        var reasons = new ArrayList<Violation>();
        REFUSALS.forEach(p -> reasons.addAll(p.check(registrations, form, group, at)));
        return reasons;
    }

    static List<Violation> decisionRefusals(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group,
            Instant at) {
        var reasons = new ArrayList<Violation>();
        DECISIONS.forEach(p -> reasons.addAll(p.check(registrations, decision, group, at)));
        return reasons;
    }

    /** Every missing attestation, each with its own reason code. */
    static List<Violation> declineReasons(RegistrationForm form) {
        String name = form.registrant().name();
        return form.missingAttestations().stream()
                .map(a -> Violation.of(a.missingCode(), name + " " + a.missingSentence()))
                .toList();
    }

    static List<Violation> registersOnce(GroupRegistrations registrations, RegistrationForm form, BalintGroup group, Instant at) {
        return registrations.find(form.registrant().id())
                .map(existing -> List.of(Violation.of("already-registered", form.registrant().name()
                        + " has already registered for this group (" + existing.status().label()
                        + "): a registrant registers once per group; ask the coordinator to change the registration")))
                .orElse(List.of());
    }

    static List<Violation> emailRegisteredOnce(GroupRegistrations registrations, RegistrationForm form, BalintGroup group,
            Instant at) {
        String email = form.registrant().contact().normalizedEmail();
        return registrations.all().stream()
                .filter(r -> !r.registrantId().equals(form.registrant().id()))
                .filter(r -> r.registrant().contact().normalizedEmail().equals(email))
                .findFirst()
                .map(r -> List.of(Violation.of("email-already-registered", email + " is already used by registrant "
                        + r.registrantId() + ": each registrant needs their own address, or this is the same person registering twice")))
                .orElse(List.of());
    }

    static List<Violation> registrationStillOpen(GroupRegistrations registrations, RegistrationForm form, BalintGroup group,
            Instant at) {
        return group.isClosedToNewMembersAt(at)
                ? List.of(Violation.of("registration-closed", "registration for this group closed once "
                        + group.rules().closesToNewMembersAfter() + " had been held: " + form.registrant().name()
                        + " can register for the next series"))
                : List.of();
    }

    static List<Violation> notOnFaculty(GroupRegistrations registrations, RegistrationForm form, BalintGroup group, Instant at) {
        var registrant = form.registrant();
        return group.faculty().includes(registrant.id()) || group.faculty().usesEmailOf(registrant.contact())
                ? List.of(Violation.of("registrant-is-faculty", registrant.name()
                        + " is on this group's faculty: faculty lead the group and do not register as members"))
                : List.of();
    }

    static List<Violation> notAlreadyAMember(GroupRegistrations registrations, RegistrationForm form, BalintGroup group,
            Instant at) {
        var registrant = form.registrant();
        boolean member = group.isMember(registrant.id()) || group.members().stream()
                .anyMatch(m -> m.contact().normalizedEmail().equals(registrant.contact().normalizedEmail()));
        return member
                ? List.of(Violation.of("already-a-member", registrant.name() + " is already a member of this group: there is no need to register"))
                : List.of();
    }

    static List<Violation> stillAwaitingReview(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group,
            Instant at) {
        var current = registrations.find(decision.registrant());
        if (current.isEmpty()) {
            return List.of(Violation.of("not-registered", decision.registrant() + " has not registered for this group"));
        }
        return current.get() instanceof Registration.ReferredToFacultyReview
                ? List.of()
                : List.of(Violation.of("not-awaiting-review", current.get().registrant().name() + "'s registration is "
                        + current.get().status().label() + ", no longer awaiting faculty review: nothing to decide"));
    }

    static List<Violation> decidedByFaculty(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group,
            Instant at) {
        Actor decider = decision.decidedBy();
        boolean faculty = decider instanceof Actor.Person person && group.faculty().includes(person.id());
        return faculty
                ? List.of()
                : List.of(Violation.of("not-faculty", decider + " is not on this group's faculty: only the group's faculty review registrations"));
    }

    static List<Violation> deferralExplained(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group,
            Instant at) {
        return decision instanceof FacultyDecision.RecommendDeferral deferral && deferral.noteToRegistrant().isEmpty()
                ? List.of(Violation.of("deferral-note-missing",
                        "a deferral recommendation needs a note to the registrant: say why a later series may suit them better"))
                : List.of();
    }

    static List<Violation> acceptedWhileOpen(GroupRegistrations registrations, FacultyDecision decision, BalintGroup group,
            Instant at) {
        return decision instanceof FacultyDecision.Accept && group.isClosedToNewMembersAt(at)
                ? List.of(Violation.of("registration-closed", "the group closed to new members after "
                        + group.rules().closesToNewMembersAfter() + " while the review was pending: recommend a later series instead"))
                : List.of();
    }
}
