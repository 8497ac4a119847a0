package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.COORDINATOR;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.registrant;
import static org.balint.core.registration.RegistrationFixture.self;

import org.balint.core.group.GroupFixture;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WaitlistPromotionTest {

    /** Two places taken by r1 and r2; r3, r4 and r5 waiting in that order. */
    private static Desk aFullGroupWithThreeWaiting() {
        return Desk.open(aGroupWithPlaces(2)).registered(registrant(1)).registered(registrant(2))
                .registered(registrant(3)).registered(registrant(4)).registered(registrant(5));
    }

    @Test
    @DisplayName("when an accepted registrant withdraws before the group closes, the first in line takes the place")
    void withdrawalPromotesFirstInLine() {
        var desk = aFullGroupWithThreeWaiting();

        var result = (RegistrationResult.Recorded) desk.registrations().withdraw(registrant(1).id(), desk.group(),
                self(registrant(1)), REGISTRATION_DAY);

        assertThat(result.promoted()).extracting(r -> r.registrantId().value()).containsExactly("r3");
        assertThat(result.group().members()).extracting(m -> m.id().value()).containsExactly("r2", "r3");
        assertThat(result.registrations().waitlist()).extracting(r -> r.registrantId().value()).containsExactly("r4", "r5");
        var promoted = result.registrations().find(registrant(3).id()).orElseThrow();
        assertThat(promoted.history()).last().extracting(e -> e.event(), e -> e.actor())
                .containsExactly("promoted-from-waitlist", GroupRegistrations.PROMOTION);
    }

    @Test
    @DisplayName("two freed places go to the first two in line, in order")
    void twoPlacesInOrder() {
        var desk = aFullGroupWithThreeWaiting();
        var group = desk.group().leave(registrant(1).id(), REGISTRATION_DAY).changedGroup().orElseThrow()
                .leave(registrant(2).id(), REGISTRATION_DAY).changedGroup().orElseThrow();

        var promotion = desk.registrations().promoteFromWaitlist(group, REGISTRATION_DAY);

        assertThat(promotion.promoted()).extracting(r -> r.registrantId().value()).containsExactly("r3", "r4");
        assertThat(promotion.registrations().waitlistPosition(registrant(5).id())).contains(1);
        assertThat(promotion.heldBack()).extracting(Violation::code).containsExactly("no-place-free");
    }

    @Test
    @DisplayName("once the group has closed, a withdrawal frees no place for anyone waiting")
    void noPromotionAfterClosing() {
        var desk = aFullGroupWithThreeWaiting();

        var result = (RegistrationResult.Recorded) desk.registrations().withdraw(registrant(1).id(), desk.group(),
                self(registrant(1)), GroupFixture.justAfterSession(3));

        assertThat(result.promoted()).isEmpty();
        assertThat(result.group().members()).extracting(m -> m.id().value()).containsExactly("r2");
        assertThat(result.registrations().waitlist()).hasSize(3);
    }

    @Test
    @DisplayName("asking for promotion after the group has closed says why nobody moves up")
    void promotionAfterClosingExplains() {
        var desk = aFullGroupWithThreeWaiting();
        var group = desk.group().leave(registrant(1).id(), REGISTRATION_DAY).changedGroup().orElseThrow();

        var promotion = desk.registrations().promoteFromWaitlist(group, GroupFixture.justAfterSession(2));

        assertThat(promotion.promoted()).isEmpty();
        assertThat(promotion.heldBack()).extracting(Violation::code).containsExactly("group-closed-to-new-members");
        assertThat(promotion.registrations()).isEqualTo(desk.registrations());
    }

    @Test
    @DisplayName("a registrant who leaves the waitlist moves everyone behind them up")
    void leavingTheWaitlist() {
        var desk = aFullGroupWithThreeWaiting();

        var after = desk.recorded(desk.registrations().withdraw(registrant(3).id(), desk.group(), COORDINATOR, REGISTRATION_DAY));

        assertThat(after.of(registrant(3))).isInstanceOf(Registration.Withdrawn.class);
        assertThat(after.registrations().waitlist()).extracting(r -> r.registrantId().value()).containsExactly("r4", "r5");
        assertThat(after.group()).isEqualTo(desk.group());
    }

    @Test
    @DisplayName("with a place free and nobody waiting, promotion changes nothing")
    void nobodyWaiting() {
        var desk = Desk.open(aGroupWithPlaces(3)).registered(registrant(1));

        var promotion = desk.registrations().promoteFromWaitlist(desk.group(), REGISTRATION_DAY);

        assertThat(promotion.promoted()).isEmpty();
        assertThat(promotion.heldBack()).isEmpty();
        assertThat(promotion.group()).isEqualTo(desk.group());
    }

    @Test
    @DisplayName("someone waiting whom the group can no longer take keeps their place in line and the next one moves up")
    void skippedButKept() {
        var desk = aFullGroupWithThreeWaiting();
        var r3 = registrant(3);
        var faculty = desk.group().toDraft()
                .coLeader(new org.balint.core.group.FacultyMember(r3.id(), r3.name(), r3.contact()))
                .members(java.util.List.of(registrant(2)))
                .validate().orElseThrow();

        var promotion = desk.registrations().promoteFromWaitlist(faculty, REGISTRATION_DAY);

        assertThat(promotion.promoted()).extracting(r -> r.registrantId().value()).containsExactly("r4");
        assertThat(promotion.registrations().waitlist()).extracting(r -> r.registrantId().value()).containsExactly("r3", "r5");
        assertThat(promotion.heldBack()).extracting(Violation::code).containsExactly("member-is-faculty", "no-place-free");
    }
}
