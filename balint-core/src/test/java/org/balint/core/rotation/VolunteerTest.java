package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Members who volunteer a case for a session")
class VolunteerTest {

    private final RotationPlanner planner = new RotationPlanner();

    @Test
    @DisplayName("a volunteer presents in the session they offered, the others keep the fair order, and the volunteer's early turn counts for second turns")
    void volunteerGetsTheirSession() {
        var outcome = planned(planner.plan(valid(aGroupOf(6, 8).volunteer(id("Evans"), session(1)))));

        assertThat(outcome.plan().presentersIn(session(1))).containsExactly(id("evans"));
        assertThat(render(outcome.plan()))
                .isEqualTo("1: evans |2: ames |3: baker |4: chen |5: diaz |6: fox |7: evans |8: ames");
        assertThat(outcome.volunteersNotHonoured()).isEmpty();
    }

    @Test
    @DisplayName("a member with cases for two sessions presents in both")
    void volunteerForTwoSessions() {
        var outcome = planned(planner.plan(valid(aGroupOf(4, 6)
                .volunteer(id("Diaz"), session(2))
                .volunteer(id("Diaz"), session(5)))));

        assertThat(outcome.plan().sessionsOf(id("Diaz"))).containsExactly(session(2), session(5));
    }

    @Test
    @DisplayName("when two volunteer for one place, the one who has presented less goes first and the other is told")
    void oversubscribedSessionGoesByFairOrder() {
        var request = valid(aGroupOf(3, 5)
                .held(session(1), id("Ames"))
                .volunteer(id("Ames"), session(3))
                .volunteer(id("Chen"), session(3)));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().presentersIn(session(3))).containsExactly(id("Chen"));
        assertThat(outcome.volunteersNotHonoured()).containsExactly(PresentationSlot.of(session(3), id("Ames")));
    }

    @Test
    @DisplayName("an offer is declined when taking it would cost another member their only chance to present")
    void offerDeclinedToKeepTheGuarantee() {
        var request = valid(aGroupOf(2, 2)
                .unavailable(id("Ames"), session(2))
                .volunteer(id("Baker"), session(1)));

        var outcome = planned(planner.plan(request));

        assertThat(render(outcome.plan())).isEqualTo("1: ames |2: baker");
        assertThat(outcome.volunteersNotHonoured()).containsExactly(PresentationSlot.of(session(1), id("Baker")));
    }

    @Test
    @DisplayName("a volunteer who has already presented takes a spare place before others' second turns")
    void volunteerTakesSpareSecondTurn() {
        var outcome = planned(planner.plan(valid(aGroupOf(3, 5).volunteer(id("Chen"), session(5)))));

        assertThat(render(outcome.plan())).isEqualTo("1: ames |2: baker |3: chen |4: ames |5: chen");
    }
}
