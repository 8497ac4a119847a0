package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.LEADER;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.registrant;
import static org.balint.core.registration.RegistrationFixture.self;

import java.time.Duration;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EveryTransitionIsAuditedTest {

    private final MutableClock clock = new MutableClock(REGISTRATION_DAY);
    private InMemoryStores stores;
    private RegistrationDesk desk;

    @BeforeEach
    void aGroupWithOnePlace() {
        stores = new InMemoryStores().with(aGroupWithPlaces(1));
        desk = new RegistrationDesk(stores, stores, clock);
    }

    @Test
    @DisplayName("a referred registrant's history shows submission, referral and the faculty's acceptance, each with its time and actor")
    void referralThenAcceptance() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()).reportingStressfulPeriod(), self(drSilva()));
        clock.advance(Duration.ofDays(2));
        var pending = desk.registrationsOf(GroupFixture.GROUP_ID).awaitingReview(drSilva().id()).orElseThrow();
        desk.decide(pending.accept(LEADER));

        var history = desk.registrationsOf(GroupFixture.GROUP_ID).find(drSilva().id()).orElseThrow().history();

        assertThat(history).extracting(AuditEntry::event).containsExactly("registration-submitted",
                "registration-referred-to-faculty-review", "registration-accepted-after-review");
        assertThat(history).extracting(AuditEntry::actor).containsExactly(self(drSilva()), GroupRegistrations.SCREENING, LEADER);
        assertThat(history).extracting(AuditEntry::at)
                .containsExactly(REGISTRATION_DAY, REGISTRATION_DAY, REGISTRATION_DAY.plus(Duration.ofDays(2)));
    }

    @Test
    @DisplayName("a waitlisted registrant's history shows the waitlist and the promotion by the system")
    void waitlistThenPromotion() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(registrant(1)), self(registrant(1)));
        clock.advance(Duration.ofHours(1));
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(registrant(2)), RegistrationFixture.COORDINATOR);
        clock.advance(Duration.ofDays(1));
        desk.withdraw(GroupFixture.GROUP_ID, registrant(1).id(), self(registrant(1)));

        var r2 = desk.registrationsOf(GroupFixture.GROUP_ID).find(registrant(2).id()).orElseThrow();

        assertThat(r2.history()).extracting(AuditEntry::event)
                .containsExactly("registration-submitted", "registration-waitlisted", "promoted-from-waitlist");
        assertThat(r2.history()).extracting(AuditEntry::actor)
                .containsExactly(RegistrationFixture.COORDINATOR, GroupRegistrations.SCREENING, GroupRegistrations.PROMOTION);
        assertThat(r2.history().get(2).at()).isEqualTo(clock.instant());
        assertThat(r2.submittedAt()).isEqualTo(REGISTRATION_DAY.plus(Duration.ofHours(1)));
        assertThat(r2.history().get(1).description()).isEqualTo("Registrant 2 was placed on the waitlist at position 1: the group is full");
    }

    @Test
    @DisplayName("a declined registration records which attestations were missing, and a withdrawal who withdrew")
    void declineAndWithdrawal() {
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()).without(Attestation.WILLING_TO_PRESENT), self(drSilva()));
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(registrant(1)), self(registrant(1)));
        desk.withdraw(GroupFixture.GROUP_ID, registrant(1).id(), RegistrationFixture.COORDINATOR);

        var registrations = desk.registrationsOf(GroupFixture.GROUP_ID);

        assertThat(registrations.find(drSilva().id()).orElseThrow().history()).last()
                .extracting(AuditEntry::event, AuditEntry::description)
                .containsExactly("registration-declined", "declined: not-willing-to-present");
        assertThat(registrations.find(registrant(1).id()).orElseThrow().history()).last()
                .extracting(AuditEntry::event, AuditEntry::actor)
                .containsExactly("registration-withdrawn", RegistrationFixture.COORDINATOR);
    }
}
