package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.registrant;

import java.util.List;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupFixture;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A registrant who leaves the course leaves the group with it")
class LeavingWithTheCourseTest {

    private static final Actor ROSTER = Actor.process("course roster");

    @Test
    @DisplayName("an accepted member leaves the group; the history says they left the course, by the roster, not by choice")
    void acceptedMemberLeaves() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        var after = desk.recorded(desk.registrations().leftTheCourse(drSilva().id(), desk.group(), ROSTER, REGISTRATION_DAY));

        assertThat(after.of(drSilva())).isInstanceOf(Registration.Withdrawn.class);
        assertThat(after.group().isMember(drSilva().id())).isFalse();
        AuditEntry last = after.of(drSilva()).history().get(after.of(drSilva()).history().size() - 1);
        assertThat(last.event()).isEqualTo("left-the-course");
        assertThat(last.actor()).isEqualTo(ROSTER);
        assertThat(last.description()).isEqualTo("Dr. Ana Silva left the course, and with it the group");
        assertThat(after.of(drSilva()).history()).extracting(AuditEntry::event).first().isEqualTo("registration-submitted");
    }

    @Test
    @DisplayName("the place a leaver frees goes to the first in line, as after a withdrawal")
    void placeGoesToTheWaitlist() {
        var desk = Desk.open(aGroupWithPlaces(1)).registered(registrant(1)).registered(registrant(2));

        var result = (RegistrationResult.Recorded) desk.registrations().leftTheCourse(registrant(1).id(), desk.group(),
                ROSTER, REGISTRATION_DAY);

        assertThat(result.group().isMember(registrant(2).id())).isTrue();
        assertThat(result.registrations().find(registrant(2).id()).orElseThrow()).isInstanceOf(Registration.Accepted.class);
    }

    @Test
    @DisplayName("someone waiting or awaiting review leaves the waitlist or the review")
    void waitingAndReviewLeave() {
        var desk = Desk.open(aGroupWithPlaces(1)).registered(registrant(1)).registered(registrant(2))
                .registered(aCompleteForm(drSilva()).reportingStressfulPeriod());

        var afterWaiting = desk.recorded(desk.registrations().leftTheCourse(registrant(2).id(), desk.group(), ROSTER,
                REGISTRATION_DAY));
        var afterReview = afterWaiting.recorded(afterWaiting.registrations().leftTheCourse(drSilva().id(),
                afterWaiting.group(), ROSTER, REGISTRATION_DAY));

        assertThat(afterReview.registrations().waitlist()).isEmpty();
        assertThat(afterReview.registrations().awaitingReview()).isEmpty();
        assertThat(afterReview.of(drSilva()).history()).extracting(AuditEntry::event).last().isEqualTo("left-the-course");
        assertThat(afterReview.group().isMember(registrant(1).id())).isTrue();
    }

    @Test
    @DisplayName("after the last session nothing changes: the completed series and its attendance stay as they were")
    void afterTheSeries() {
        var desk = Desk.open(anOpenGroup()).registered(drSilva());

        var result = desk.registrations().leftTheCourse(drSilva().id(), desk.group(), ROSTER, GroupFixture.justAfterSession(8));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("series-finished");
        assertThat(desk.of(drSilva())).isInstanceOf(Registration.Accepted.class);
    }

    @Test
    @DisplayName("someone who never registered, or was declined, has nothing to leave")
    void nothingToLeave() {
        var group = anOpenGroup();
        var declined = Desk.open(group).registered(aCompleteForm(drSilva()).without(Attestation.CLINICALLY_ACTIVE));

        assertThat(GroupRegistrations.none(group.id()).leftTheCourse(drSilva().id(), group, ROSTER, REGISTRATION_DAY)
                .reasons()).extracting(Violation::code).containsExactly("not-registered");
        assertThat(declined.registrations().leftTheCourse(drSilva().id(), declined.group(), ROSTER, REGISTRATION_DAY)
                .reasons()).extracting(Violation::code).isEqualTo(List.of("nothing-to-withdraw"));
    }

    @Test
    @DisplayName("the desk records it and stores the group and registrations")
    void throughTheDesk() {
        var stores = new InMemoryStores().with(anOpenGroup());
        var desk = new RegistrationDesk(stores, stores, java.time.Clock.fixed(REGISTRATION_DAY,
                java.time.ZoneOffset.UTC));
        desk.register(GroupFixture.GROUP_ID, aCompleteForm(drSilva()), RegistrationFixture.self(drSilva()));

        var result = desk.recordLeftTheCourse(GroupFixture.GROUP_ID, drSilva().id(), ROSTER);

        assertThat(result).isInstanceOf(RegistrationResult.Recorded.class);
        assertThat(stores.find(GroupFixture.GROUP_ID).orElseThrow().isMember(drSilva().id())).isFalse();
        assertThat(desk.registrationsOf(GroupFixture.GROUP_ID).find(drSilva().id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.WITHDRAWN);
    }
}
