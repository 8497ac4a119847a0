package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.registrant;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScreeningARegistrationTest {

    @Test
    @DisplayName("a registrant who gives every attestation is accepted and becomes a member")
    void accepted() {
        var group = anOpenGroup();
        var result = GroupRegistrations.none(group.id()).register(aCompleteForm(drSilva()), group, self(drSilva()),
                REGISTRATION_DAY);

        var recorded = (RegistrationResult.Recorded) result;
        assertThat(recorded.registration()).isInstanceOf(Registration.Accepted.class);
        assertThat(recorded.group().member(drSilva().id())).contains(drSilva());
        assertThat(recorded.registrations().find(drSilva().id())).contains(recorded.registration());
        assertThat(group.members()).isEmpty();
    }

    @Test
    @DisplayName("a registrant who is not clinically active is declined with that reason")
    void notClinicallyActive() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).without(Attestation.CLINICALLY_ACTIVE));

        var declined = (Registration.Declined) desk.of(drSilva());
        assertThat(declined.reasons()).extracting(Violation::code).containsExactly("not-clinically-active");
        assertThat(declined.reasons().get(0).message()).startsWith("Dr. Ana Silva is not confirmed as clinically active");
        assertThat(desk.group().members()).isEmpty();
    }

    @Test
    @DisplayName("a registrant missing every attestation is declined with all four reasons, in the form's order")
    void everyMissingAttestation() {
        var form = new RegistrationForm(drSilva(), java.util.Set.of(), false);

        var declined = (Registration.Declined) Desk.open(anOpenGroup()).registered(form).of(drSilva());

        assertThat(declined.reasons()).extracting(Violation::code).containsExactly("not-clinically-active",
                "not-willing-to-present", "not-attending-all-sessions", "confidentiality-not-acknowledged");
    }

    @Test
    @DisplayName("a registrant unwilling to present is declined, because every member presents")
    void unwillingToPresent() {
        var form = aCompleteForm(drSilva()).without(Attestation.WILLING_TO_PRESENT);

        assertThat(((Registration.Declined) Desk.open(anOpenGroup()).registered(form).of(drSilva())).reasons())
                .extracting(Violation::code).containsExactly("not-willing-to-present");
    }

    @Test
    @DisplayName("a registrant who cannot attend every session is declined")
    void notAttendingAll() {
        var form = aCompleteForm(drSilva()).without(Attestation.ATTENDS_ALL_SESSIONS);

        assertThat(((Registration.Declined) Desk.open(anOpenGroup()).registered(form).of(drSilva())).reasons())
                .extracting(Violation::code).containsExactly("not-attending-all-sessions");
    }

    @Test
    @DisplayName("a registrant who does not acknowledge confidentiality is declined")
    void confidentiality() {
        var form = aCompleteForm(drSilva()).without(Attestation.CONFIDENTIALITY_ACKNOWLEDGED);

        assertThat(((Registration.Declined) Desk.open(anOpenGroup()).registered(form).of(drSilva())).reasons())
                .extracting(Violation::code).containsExactly("confidentiality-not-acknowledged");
    }

    @Test
    @DisplayName("a registrant reporting an unusually stressful period is referred to faculty review, not admitted")
    void stressfulPeriodReferred() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).reportingStressfulPeriod());

        assertThat(desk.of(drSilva())).isInstanceOf(Registration.ReferredToFacultyReview.class);
        assertThat(desk.registrations().awaitingReview()).hasSize(1);
        assertThat(desk.group().members()).isEmpty();
    }

    @Test
    @DisplayName("missing attestations decline a registration even when a stressful period is reported")
    void declineBeatsReferral() {
        var form = aCompleteForm(drSilva()).reportingStressfulPeriod().without(Attestation.WILLING_TO_PRESENT);

        assertThat(Desk.open(anOpenGroup()).registered(form).of(drSilva())).isInstanceOf(Registration.Declined.class);
    }

    @Test
    @DisplayName("when the group is full, a complete registration is waitlisted in arrival order")
    void waitlistedWhenFull() {
        var desk = Desk.open(aGroupWithPlaces(2))
                .registered(registrant(1)).registered(registrant(2))
                .registered(registrant(3)).registered(registrant(4));

        assertThat(desk.group().members()).extracting(m -> m.id().value()).containsExactly("r1", "r2");
        assertThat(desk.of(registrant(3))).isInstanceOf(Registration.Waitlisted.class);
        assertThat(desk.registrations().waitlist()).extracting(r -> r.registrantId().value()).containsExactly("r3", "r4");
        assertThat(desk.registrations().waitlistPosition(registrant(4).id())).contains(2);
        assertThat(desk.registrations().waitlistPosition(registrant(1).id())).isEmpty();
    }

    @Test
    @DisplayName("a newcomer does not jump the waitlist when a place is free but others are already waiting")
    void noQueueJumping() {
        var desk = Desk.open(aGroupWithPlaces(1)).registered(registrant(1)).registered(registrant(2));
        var leave = desk.group().leave(registrant(1).id(), REGISTRATION_DAY);
        var withPlace = new Desk(desk.registrations(), leave.changedGroup().orElseThrow());

        var after = withPlace.registered(registrant(3));

        assertThat(after.of(registrant(3))).isInstanceOf(Registration.Waitlisted.class);
        assertThat(after.registrations().waitlist()).extracting(r -> r.registrantId().value()).containsExactly("r2", "r3");
    }
}
