package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.registrant;

import java.util.List;
import org.balint.core.group.GroupId;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestoringRegistrationsTest {

    private final Desk desk = Desk.open(aGroupWithPlaces(1)).registered(registrant(1)).registered(registrant(2))
            .registered(registrant(3));

    @Test
    @DisplayName("stored registrations and waitlist order rebuild an equal value")
    void roundTrip() {
        var stored = desk.registrations();
        var waitlist = stored.waitlist().stream().map(Registration::registrantId).toList();

        var restored = GroupRegistrations.restore(stored.group(), stored.all(), waitlist);

        assertThat(restored).isEqualTo(stored);
        assertThat(restored.waitlistPosition(registrant(3).id())).contains(2);
    }

    @Test
    @DisplayName("a stored waitlist that does not match the waitlisted registrations is a broken invariant")
    void inconsistentWaitlist() {
        var stored = desk.registrations();

        assertThatThrownBy(() -> GroupRegistrations.restore(stored.group(), stored.all(), List.of(registrant(2).id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupRegistrations.restore(stored.group(), stored.all(),
                List.of(registrant(2).id(), registrant(2).id(), registrant(3).id())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("registrations for another group, or one registrant twice, cannot be restored")
    void foreignOrDuplicate() {
        var stored = desk.registrations();

        assertThatThrownBy(() -> GroupRegistrations.restore(new GroupId("other"), stored.all(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupRegistrations.restore(stored.group(),
                List.of(stored.all().get(0), stored.all().get(0)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
