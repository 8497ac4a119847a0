package org.balint.persistence.registration;

import java.time.Duration;
import java.time.Instant;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.registration.RegistrationResult;
import org.balint.persistence.group.GroupFixture;

/**
 * A registration season for a group with three places, played through the core step by step: every
 * registration state, a promotion from the waitlist, a faculty decision, and people and processes as
 * actors.
 */
final class RegistrationSeason {

    static final Instant OPENS = Instant.parse("2026-09-01T09:00:00Z");

    private BalintGroup group;
    private GroupRegistrations registrations;
    private Instant now = OPENS;

    private RegistrationSeason(GroupId id) {
        this.group = GroupFixture.anEmptyGroupWithPlacesFor(id, 3);
        this.registrations = GroupRegistrations.none(id);
    }

    /** Only the group, nobody registered yet. */
    static RegistrationSeason opening(GroupId id) {
        return new RegistrationSeason(id);
    }

    /**
     * Ana, Ben and Cleo are accepted and fill the group; Dev and Ema are waitlisted; Finn reports a
     * stressful period and awaits review; Gus does too and faculty recommend a later series; Hana leaves
     * two attestations unticked and is declined; Ben withdraws, so Dev is promoted; Ivo is waitlisted
     * behind Ema.
     */
    static RegistrationSeason played(GroupId id) {
        RegistrationSeason season = new RegistrationSeason(id);
        season.register(RegistrationForm.fullyAttested(person("ana", Profession.physician("family medicine"))));
        season.register(RegistrationForm.fullyAttested(person("ben", Profession.nursePractitioner())));
        season.register(RegistrationForm.fullyAttested(person("cleo", Profession.psychologist())));
        season.register(RegistrationForm.fullyAttested(person("dev", Profession.socialWorker())));
        season.register(RegistrationForm.fullyAttested(person("ema", Profession.other("hospital chaplain"))));
        season.register(RegistrationForm.fullyAttested(person("finn", Profession.physician("pediatrics"))).reportingStressfulPeriod());
        season.register(RegistrationForm.fullyAttested(person("gus", Profession.physician("oncology"))).reportingStressfulPeriod());
        season.recommendDeferral(new MemberId("gus"), "This autumn looks very full for you; the spring series would give you more room.");
        season.register(RegistrationForm.fullyAttested(person("hana", Profession.psychologist()))
                .without(Attestation.WILLING_TO_PRESENT).without(Attestation.CONFIDENTIALITY_ACKNOWLEDGED));
        season.withdraw(new MemberId("ben"));
        season.register(RegistrationForm.fullyAttested(person("ivo", Profession.nursePractitioner())));
        return season;
    }

    static Member person(String id, Profession profession) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1) + " Example";
        return GroupFixture.member(id, name, profession, id.length() % 2 == 0 ? "+1 555 01" + id.length() : "");
    }

    RegistrationResult.Recorded register(RegistrationForm form) {
        return recorded(registrations.register(form, group, new Actor.Person(form.registrant().id()), tick()));
    }

    RegistrationResult.Recorded withdraw(MemberId registrant) {
        return recorded(registrations.withdraw(registrant, group, new Actor.Person(registrant), tick()));
    }

    RegistrationResult.Recorded recommendDeferral(MemberId registrant, String note) {
        Registration.ReferredToFacultyReview referred = registrations.awaitingReview(registrant).orElseThrow();
        return recorded(registrations.decide(referred.recommendDeferral(new Actor.Person(GroupFixture.LEADER.id()), note), group, tick()));
    }

    BalintGroup group() {
        return group;
    }

    GroupRegistrations registrations() {
        return registrations;
    }

    private Instant tick() {
        now = now.plus(Duration.ofMinutes(37));
        return now;
    }

    private RegistrationResult.Recorded recorded(RegistrationResult result) {
        if (!(result instanceof RegistrationResult.Recorded recorded)) {
            throw new IllegalStateException("the season's step was refused: " + result);
        }
        group = recorded.group();
        registrations = recorded.registrations();
        return recorded;
    }
}
