package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.registrant;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.group.GroupFixture;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TheRegistrationDeskTest {

    private final MutableClock clock = new MutableClock(REGISTRATION_DAY);
    private final InMemoryStores stores = new InMemoryStores().with(aGroupWithPlaces(1));
    private final RegistrationDesk desk = new RegistrationDesk(stores, stores, clock);

    @Test
    @DisplayName("registering for a group that does not exist is refused")
    void unknownGroup() {
        var result = desk.register(new GroupId("no-such-group"), aCompleteForm(drSilva()), self(drSilva()));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("group-not-found");
        assertThat(desk.promoteFromWaitlist(new GroupId("no-such-group")).violations())
                .extracting(Violation::code).containsExactly("group-not-found");
    }

    @Test
    @DisplayName("an accepted registration is stored with the group that now includes the registrant")
    void storesBoth() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()), self(drSilva()));

        assertThat(stores.find(GroupFixture.GROUP_ID).orElseThrow().isMember(drSilva().id())).isTrue();
        assertThat(stores.forGroup(GroupFixture.GROUP_ID).orElseThrow().find(drSilva().id())).isPresent();
    }

    @Test
    @DisplayName("a refused registration stores nothing")
    void refusedStoresNothing() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()), self(drSilva()));
        int savesBefore = stores.saves;

        var again = desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()), self(drSilva()));

        assertThat(again.reasons()).extracting(Violation::code).contains("already-registered");
        assertThat(stores.saves).isEqualTo(savesBefore);
    }

    @Test
    @DisplayName("the desk decides with the clock: a registration after session 2 is refused")
    void usesTheClock() {
        clock.setTo(GroupFixture.justAfterSession(2));

        var result = desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()), self(drSilva()));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("registration-closed");
    }

    @Test
    @DisplayName("after a leader removes a member, the desk promotes the first in line and stores the result")
    void promotesAfterRemoval() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(registrant(1)), self(registrant(1)));
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(registrant(2)), self(registrant(2)));
        var group = stores.find(GroupFixture.GROUP_ID).orElseThrow();
        stores.save(group.leave(registrant(1).id(), clock.instant()).changedGroup().orElseThrow());

        var promotion = desk.promoteFromWaitlist(GroupFixture.GROUP_ID).orElseThrow();

        assertThat(promotion.promoted()).extracting(r -> r.registrantId().value()).containsExactly("r2");
        assertThat(stores.find(GroupFixture.GROUP_ID).orElseThrow().isMember(registrant(2).id())).isTrue();
        assertThat(stores.forGroup(GroupFixture.GROUP_ID).orElseThrow().waitlist()).isEmpty();
    }
}
