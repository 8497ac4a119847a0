package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.COORDINATOR;
import static org.balint.core.registration.RegistrationFixture.LEADER;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.aGroupWithPlaces;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;
import static org.balint.core.registration.RegistrationFixture.registrant;

import java.util.Arrays;
import org.balint.core.audit.Actor;
import org.balint.core.group.GroupFixture;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FacultyReviewTest {

    private static Desk silvaReferredTo(Desk desk) {
        return desk.registered(aCompleteForm(drSilva()).reportingStressfulPeriod());
    }

    private static Registration.ReferredToFacultyReview pending(Desk desk) {
        return desk.registrations().awaitingReview(drSilva().id()).orElseThrow();
    }

    @Test
    @DisplayName("faculty accept a referred registrant, who joins the group")
    void acceptIntoGroup() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));

        var after = desk.recorded(desk.registrations().decide(pending(desk).accept(LEADER), desk.group(), REGISTRATION_DAY));

        assertThat(after.of(drSilva())).isInstanceOf(Registration.Accepted.class);
        assertThat(after.group().isMember(drSilva().id())).isTrue();
        assertThat(after.of(drSilva()).history()).last().extracting(e -> e.event(), e -> e.actor())
                .containsExactly("registration-accepted-after-review", LEADER);
    }

    @Test
    @DisplayName("faculty accepting a registrant into a full group puts them on the waitlist")
    void acceptWhenFullWaitlists() {
        var desk = silvaReferredTo(Desk.open(aGroupWithPlaces(1)).registered(registrant(1)));

        var after = desk.recorded(desk.registrations().decide(pending(desk).accept(LEADER), desk.group(), REGISTRATION_DAY));

        assertThat(after.of(drSilva())).isInstanceOf(Registration.Waitlisted.class);
        assertThat(after.registrations().waitlistPosition(drSilva().id())).contains(1);
        assertThat(after.of(drSilva()).history()).last().extracting(e -> e.event())
                .isEqualTo("registration-waitlisted-after-review");
    }

    @Test
    @DisplayName("faculty may recommend deferral to a later series, with a note to the registrant")
    void recommendDeferral() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));
        var note = "Thank you for telling us. The autumn group may be a better time; we will keep a place for you.";

        var after = desk.recorded(desk.registrations().decide(pending(desk).recommendDeferral(LEADER, note), desk.group(),
                REGISTRATION_DAY));

        var deferred = (Registration.DeferralRecommended) after.of(drSilva());
        assertThat(deferred.noteToRegistrant()).isEqualTo(note);
        assertThat(after.group().members()).isEmpty();
        assertThat(deferred.history()).last().extracting(e -> e.event()).isEqualTo("deferral-recommended");
        assertThat(deferred.history()).noneMatch(e -> e.description().contains("autumn"));
    }

    @Test
    @DisplayName("a deferral recommendation without a note is refused")
    void deferralNeedsNote() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));

        var result = desk.registrations().decide(pending(desk).recommendDeferral(LEADER, "  "), desk.group(), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("deferral-note-missing");
    }

    @Test
    @DisplayName("only the group's faculty may decide, not a coordinator or an automatic process")
    void onlyFaculty() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));

        var byCoordinator = desk.registrations().decide(pending(desk).accept(COORDINATOR), desk.group(), REGISTRATION_DAY);
        var byProcess = desk.registrations().decide(pending(desk).accept(Actor.process("import")), desk.group(),
                REGISTRATION_DAY);

        assertThat(byCoordinator.reasons()).extracting(Violation::code).containsExactly("not-faculty");
        assertThat(byProcess.reasons()).extracting(Violation::code).containsExactly("not-faculty");
    }

    @Test
    @DisplayName("a co-leader may decide")
    void coLeaderDecides() {
        var group = GroupFixture.anEmptyDraft().coLeader(GroupFixture.coLeaderDrOkafor()).validate().orElseThrow();
        var desk = silvaReferredTo(Desk.open(group));

        var result = desk.registrations().decide(pending(desk).accept(Actor.person(GroupFixture.coLeaderDrOkafor().id())),
                desk.group(), REGISTRATION_DAY);

        assertThat(result.recordedRegistration()).get().isInstanceOf(Registration.Accepted.class);
    }

    @Test
    @DisplayName("a decision about someone who has not registered for this group is refused")
    void notRegistered() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));
        var decision = pending(desk).accept(LEADER);

        var result = GroupRegistrations.none(desk.group().id()).decide(decision, desk.group(), REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("not-registered");
    }

    @Test
    @DisplayName("a refused decision lists every reason at once")
    void everyReason() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));

        var result = desk.registrations().decide(pending(desk).recommendDeferral(COORDINATOR, ""), desk.group(),
                REGISTRATION_DAY);

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("not-faculty", "deferral-note-missing");
    }

    @Test
    @DisplayName("a review already decided cannot be decided again")
    void decidedOnce() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));
        var decision = pending(desk).accept(LEADER);
        var after = desk.recorded(desk.registrations().decide(decision, desk.group(), REGISTRATION_DAY));

        var again = after.registrations().decide(decision, after.group(), REGISTRATION_DAY);

        assertThat(again.reasons()).extracting(Violation::code).containsExactly("not-awaiting-review");
    }

    @Test
    @DisplayName("faculty cannot accept once the group has closed to new members, and are told to recommend a later series")
    void closedWhilePending() {
        var desk = silvaReferredTo(Desk.open(anOpenGroup()));

        var result = desk.registrations().decide(pending(desk).accept(LEADER), desk.group(), GroupFixture.justAfterSession(2));

        assertThat(result.reasons()).extracting(Violation::code).containsExactly("registration-closed");
        var deferral = desk.registrations().decide(pending(desk).recommendDeferral(LEADER, "Please join the next series."),
                desk.group(), GroupFixture.justAfterSession(2));
        assertThat(deferral.recordedRegistration()).get().isInstanceOf(Registration.DeferralRecommended.class);
    }

    @Test
    @DisplayName("only a registration awaiting review offers faculty decisions")
    void decisionsOnlyOnPendingType() {
        assertThat(Arrays.stream(Registration.ReferredToFacultyReview.class.getMethods()).map(m -> m.getName()))
                .contains("accept", "recommendDeferral");
        for (var state : Registration.class.getPermittedSubclasses()) {
            if (state != Registration.ReferredToFacultyReview.class) {
                assertThat(Arrays.stream(state.getMethods()).map(m -> m.getName()))
                        .as(state.getSimpleName()).doesNotContain("accept", "recommendDeferral");
            }
        }
    }
}
