package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.session;

import java.util.List;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checking a planning request before planning")
class RotationRequestValidationTest {

    private static List<String> codes(RotationRequest.Builder builder) {
        var outcome = builder.build();
        assertThat(outcome.isValid()).isFalse();
        return outcome.violations().stream().map(Violation::code).toList();
    }

    @Test
    @DisplayName("bad input is rejected with every problem listed, and no request is built")
    void everyProblemListed() {
        var builder = aGroupOf(3, 4).casesPerSession(1)
                .held(session(1), id("Ames"), id("Baker"))
                .held(session(3), id("Zoe"))
                .volunteer(id("Chen"), session(2))
                .unavailable(id("Chen"), session(2))
                .volunteer(id("Baker"), session(1))
                .unavailable(id("Yuri"), session(9))
                .override(session(4), id("Ames"))
                .override(session(4), id("Chen"));

        assertThat(codes(builder)).containsExactly(
                "unknown-member", "unknown-member",
                "session-out-of-range",
                "held-sessions-out-of-order",
                "too-many-presenters",
                "volunteer-for-held-session", "volunteer-unavailable",
                "too-many-overrides");
    }

    @Test
    @DisplayName("recording a session as held settles the volunteer offers made for it earlier")
    void heldSessionSettlesEarlierOffers() {
        var request = aGroupOf(3, 4).casesPerSession(1)
                .volunteer(id("Baker"), session(1))
                .volunteer(id("Chen"), session(3))
                .held(session(1), id("Ames"))
                .build();

        assertThat(request.isValid()).isTrue();
        assertThat(request.orElseThrow().volunteers()).containsExactly(new PresentationSlot(session(3), id("Chen")));
    }

    @Test
    @DisplayName("each message says what is wrong and what to do")
    void messagesAreActionable() {
        var outcome = aGroupOf(3, 4).held(session(2), id("Ames")).build();

        assertThat(outcome.violations()).containsExactly(Violation.of("held-sessions-out-of-order",
                "session 1 is not recorded as held but session 2 is; record who presented in session 1"
                        + " (or that nobody did) before planning"));
    }

    @Test
    @DisplayName("a series needs sessions, room for a case, and members")
    void seriesShape() {
        assertThat(codes(RotationRequest.forSessions(0).casesPerSession(0)))
                .containsExactly("no-sessions", "no-cases-per-session", "no-members");
        assertThat(codes(aGroupOf(2, RotationRequest.MAX_SESSIONS + 1)
                .casesPerSession(RotationRequest.MAX_CASES_PER_SESSION + 1)))
                .containsExactly("too-many-sessions", "too-many-cases-per-session");
    }

    @Test
    @DisplayName("each member is on the roster once, with a name")
    void rosterRules() {
        var builder = aGroupOf(2, 4).member(id("Ames"), "Ames again").member(id("Nameless"), "  ");

        assertThat(codes(builder)).containsExactly("duplicate-member", "blank-member-name");
    }

    @Test
    @DisplayName("an override cannot rewrite a held session or send a member to a session they cannot attend")
    void overrideRules() {
        var builder = aGroupOf(3, 4)
                .held(session(1), id("Ames"))
                .override(session(1), id("Baker"))
                .unavailable(id("Chen"), session(3))
                .override(session(3), id("Chen"));

        assertThat(codes(builder)).containsExactly("override-for-held-session", "override-unavailable");
    }

    @Test
    @DisplayName("a current plan from a longer series is rejected")
    void currentPlanOutOfRange() {
        var longer = RotationFixture.planned(new RotationPlanner().plan(RotationFixture.valid(aGroupOf(3, 8)))).plan();

        assertThat(codes(aGroupOf(3, 6).currentPlan(longer))).containsExactly("session-out-of-range", "session-out-of-range");
    }

    @Test
    @DisplayName("unavailability declared for a held session is accepted and has no effect")
    void unavailabilityInThePastIsHarmless() {
        var request = aGroupOf(2, 3).held(session(1), id("Ames")).unavailable(id("Ames"), session(1)).build();

        assertThat(request.isValid()).isTrue();
    }

    @Test
    @DisplayName("members can be taken straight from the group roster, and a request can be rebuilt to plan again")
    void fromGroupMembersAndBack() {
        var ames = new Member(id("Ames"), "Dr Ames", Profession.physician("family medicine"),
                ContactDetails.email("ames@example.org"));
        var request = RotationRequest.forSessions(2).member(ames).member(id("Baker"), "Baker")
                .held(session(1), id("Baker")).volunteer(id("Ames"), session(2))
                .unavailable(id("Baker"), session(2)).build().orElseThrow();

        var rebuilt = request.toBuilder().build().orElseThrow();

        assertThat(rebuilt.nameOf(id("Ames"))).isEqualTo("Dr Ames");
        assertThat(rebuilt.members()).containsExactly(id("Ames"), id("Baker"));
        assertThat(rebuilt.history()).isEqualTo(request.history());
        assertThat(rebuilt.volunteers()).isEqualTo(request.volunteers());
        assertThat(rebuilt.unavailability()).isEqualTo(request.unavailability());
        assertThat(rebuilt.heldSessions()).isEqualTo(1);
    }
}
