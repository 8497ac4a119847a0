package org.balint.core.registration;

import java.time.Instant;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupFixture;
import org.balint.core.group.GroupRules;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.validation.Violation;

/** Registrants, forms and moments for registration scenarios, in the coordinator's words. */
final class RegistrationFixture {

    /** Registration opens a month before the series. */
    static final Instant REGISTRATION_DAY = GroupFixture.aWeekBeforeTheSeries().minusSeconds(21 * 24 * 3600);
    static final Actor LEADER = Actor.person(GroupFixture.leaderDrLevi().id());
    static final Actor COORDINATOR = Actor.person(new MemberId("coordinator-kim"));

    private RegistrationFixture() {
    }

    /** Registrant number {@code n} (r1, r2, …), a psychologist with their own address. */
    static Member registrant(int n) {
        return new Member(new MemberId("r" + n), "Registrant " + n, Profession.psychologist(),
                ContactDetails.email("registrant" + n + "@example.org"));
    }

    static Member drSilva() {
        return new Member(new MemberId("silva"), "Dr. Ana Silva", Profession.physician("pediatrics"),
                ContactDetails.email("ana.silva@example.org"));
    }

    static RegistrationForm aCompleteForm(Member registrant) {
        return RegistrationForm.fullyAttested(registrant);
    }

    static Actor self(Member registrant) {
        return Actor.person(registrant.id());
    }

    /** An empty eight-session group with default rules: it takes eight members (one slot each). */
    static BalintGroup anOpenGroup() {
        return GroupFixture.anEmptyGroup();
    }

    /** An empty group that takes only {@code places} members. */
    static BalintGroup aGroupWithPlaces(int places) {
        return GroupFixture.anEmptyDraft()
                .rules(GroupRules.defaults().withCapacity(1, places).withQuorum(1))
                .validate().orElseThrow();
    }

    /** The group and its registrations as they stand after some steps. */
    record Desk(GroupRegistrations registrations, BalintGroup group) {

        static Desk open(BalintGroup group) {
            return new Desk(GroupRegistrations.none(group.id()), group);
        }

        /** Registers {@code registrant} with a complete form; fails the test if refused. */
        Desk registered(Member registrant) {
            return recorded(registrations.register(aCompleteForm(registrant), group, self(registrant), REGISTRATION_DAY));
        }

        Desk registered(RegistrationForm form) {
            return recorded(registrations.register(form, group, self(form.registrant()), REGISTRATION_DAY));
        }

        Desk recorded(RegistrationResult result) {
            if (result instanceof RegistrationResult.Recorded r) {
                return new Desk(r.registrations(), r.group());
            }
            throw new AssertionError("expected the step to be recorded, but: " + result.reasons());
        }

        Registration of(Member registrant) {
            return registrations.find(registrant.id()).orElseThrow();
        }
    }

    static String codeOf(Violation violation) {
        return violation.code();
    }
}
