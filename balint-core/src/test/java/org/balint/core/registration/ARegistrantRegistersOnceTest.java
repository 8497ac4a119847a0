package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ARegistrantRegistersOnceTest {

    @Test
    @DisplayName("registering a second time for the same group is refused, saying where the first registration stands")
    void twice() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        var again = desk.registrations().register(aCompleteForm(drSilva()), desk.group(), self(drSilva()), REGISTRATION_DAY);

        assertThat(again.reasons()).extracting(Violation::code).contains("already-registered");
        assertThat(again.reasons().get(0).message())
                .startsWith("Dr. Ana Silva has already registered for this group (accepted)");
    }

    @Test
    @DisplayName("a declined registrant cannot register again for the same group")
    void declinedCannotRetry() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).without(Attestation.CLINICALLY_ACTIVE));

        var again = desk.registrations().register(aCompleteForm(drSilva()), desk.group(), self(drSilva()), REGISTRATION_DAY);

        assertThat(again.reasons()).extracting(Violation::code).containsExactly("already-registered");
        assertThat(again.reasons().get(0).message()).contains("(declined)");
    }

    @Test
    @DisplayName("a second registration under another id with the same e-mail address is refused")
    void sameEmail() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).reportingStressfulPeriod());
        var alias = new Member(new MemberId("silva-2"), "Ana Silva", Profession.physician("pediatrics"),
                ContactDetails.email("Ana.Silva@example.org"));

        var again = desk.registrations().register(aCompleteForm(alias), desk.group(), self(alias), REGISTRATION_DAY);

        assertThat(again.reasons()).extracting(Violation::code).containsExactly("email-already-registered");
    }

    @Test
    @DisplayName("a refused registration records nothing")
    void refusedRecordsNothing() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        desk.registrations().register(aCompleteForm(drSilva()), desk.group(), self(drSilva()), REGISTRATION_DAY);

        assertThat(desk.registrations().all()).hasSize(1);
        assertThat(desk.registrations().all().get(0).history()).hasSize(2);
    }
}
