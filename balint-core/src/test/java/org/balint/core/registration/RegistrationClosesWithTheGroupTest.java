package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.group.GroupFixture;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationClosesWithTheGroupTest {

    private final GroupRegistrations none = GroupRegistrations.none(GroupFixture.GROUP_ID);

    @Test
    @DisplayName("registration is refused once session 2 has been held")
    void closedAfterSessionTwo() {
        var result = none.register(aCompleteForm(drSilva()), anOpenGroup(), self(drSilva()), GroupFixture.justAfterSession(2));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("registration-closed");
        assertThat(result.reasons().get(0).message()).contains("Dr. Ana Silva can register for the next series");
    }

    @Test
    @DisplayName("registration is still open during session 2")
    void openDuringSessionTwo() {
        var result = none.register(aCompleteForm(drSilva()), anOpenGroup(), self(drSilva()), GroupFixture.duringSession(2));

        assertThat(result.recordedRegistration()).get().isInstanceOf(Registration.Accepted.class);
    }

    @Test
    @DisplayName("the group's faculty cannot register as members")
    void facultyRefused() {
        var levi = GroupFixture.leaderDrLevi();
        var asRegistrant = new Member(levi.id(), levi.name(), Profession.psychologist(), levi.contact());

        var result = none.register(aCompleteForm(asRegistrant), anOpenGroup(), self(asRegistrant), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("registrant-is-faculty");
    }

    @Test
    @DisplayName("someone already in the group need not register")
    void alreadyMember() {
        var group = GroupFixture.aGroupOfSix();
        var m2 = GroupFixture.member(2);

        var result = none.register(aCompleteForm(m2), group, self(m2), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("already-a-member");
    }

    @Test
    @DisplayName("a refusal lists every reason at once")
    void everyReason() {
        var group = GroupFixture.aGroupOfSix();
        var m2 = GroupFixture.member(2);

        var result = none.register(aCompleteForm(m2), group, self(m2), GroupFixture.justAfterSession(5));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("registration-closed", "already-a-member");
    }
}
