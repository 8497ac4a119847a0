package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.group.GroupFixture;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WithdrawingARegistrationTest {

    @Test
    @DisplayName("an accepted registrant who withdraws leaves the group")
    void acceptedLeaves() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        var after = desk.recorded(desk.registrations().withdraw(drSilva().id(), desk.group(), self(drSilva()), REGISTRATION_DAY));

        assertThat(after.of(drSilva())).isInstanceOf(Registration.Withdrawn.class);
        assertThat(after.group().isMember(drSilva().id())).isFalse();
        assertThat(after.of(drSilva()).history()).last().extracting(e -> e.description())
                .isEqualTo("Dr. Ana Silva withdrew from the group");
    }

    @Test
    @DisplayName("a registrant awaiting review may withdraw")
    void fromReview() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).reportingStressfulPeriod());

        var after = desk.recorded(desk.registrations().withdraw(drSilva().id(), desk.group(), self(drSilva()), REGISTRATION_DAY));

        assertThat(after.of(drSilva())).isInstanceOf(Registration.Withdrawn.class);
        assertThat(after.registrations().awaitingReview()).isEmpty();
    }

    @Test
    @DisplayName("someone who never registered has nothing to withdraw")
    void notRegistered() {
        var group = anOpenGroup();

        var result = GroupRegistrations.none(group.id()).withdraw(drSilva().id(), group, self(drSilva()), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("not-registered");
    }

    @Test
    @DisplayName("a declined registration cannot be withdrawn")
    void declinedNothingToWithdraw() {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).without(Attestation.CLINICALLY_ACTIVE));

        var result = desk.registrations().withdraw(drSilva().id(), desk.group(), self(drSilva()), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("nothing-to-withdraw");
    }

    @Test
    @DisplayName("a member cannot withdraw after the series has ended, and nothing changes")
    void afterSeries() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        var result = desk.registrations().withdraw(drSilva().id(), desk.group(), self(drSilva()), GroupFixture.justAfterSession(8));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("series-finished");
        assertThat(desk.of(drSilva())).isInstanceOf(Registration.Accepted.class);
    }
}
