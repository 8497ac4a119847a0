package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import org.balint.core.group.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Planning the rotation of a new group")
class FirstRotationPlanTest {

    private final RotationPlanner planner = new RotationPlanner();

    @Test
    @DisplayName("in a group of six over eight sessions everyone presents once, in roster order, and the two spare places go to second turns")
    void groupOfSix() {
        var outcome = planned(planner.plan(valid(aGroupOf(6, 8))));

        assertThat(render(outcome.plan()))
                .isEqualTo("1: ames |2: baker |3: chen |4: diaz |5: evans |6: fox |7: ames |8: baker");
        assertThat(outcome.everyonePresents()).isTrue();
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    @DisplayName("twelve members in eight sessions of two cases all present, and the four spare places go to the first four")
    void twelveMembersTwoCases() {
        var plan = planned(planner.plan(valid(aGroupOf(12, 8).casesPerSession(2)))).plan();

        assertThat(render(plan)).isEqualTo("1: ames baker |2: chen diaz |3: evans fox |4: garcia hughes"
                + " |5: ito jones |6: khan lopez |7: ames baker |8: chen diaz");
        assertThat(plan.slots()).hasSize(16);
    }

    @Test
    @DisplayName("members who already presented go after those who have not, then by who presented longest ago")
    void fairOrderAfterHeldSessions() {
        var request = valid(aGroupOf(4, 7)
                .held(session(1), id("Chen"))
                .held(session(2), id("Ames"))
                .held(session(3), id("Baker")));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: chen |2: ames |3: baker |4: diaz |5: chen |6: ames |7: baker");
    }

    @Test
    @DisplayName("nobody presents in two consecutive sessions when someone else can take the place")
    void noConsecutiveTurnsWhenAvoidable() {
        var plan = planned(planner.plan(valid(aGroupOf(3, 8)))).plan();

        assertThat(render(plan)).isEqualTo("1: ames |2: baker |3: chen |4: ames |5: baker |6: chen |7: ames |8: baker");
        for (int n = 1; n < 8; n++) {
            assertThat(plan.presentersIn(session(n))).doesNotContainAnyElementsOf(plan.presentersIn(session(n + 1)));
        }
    }

    @Test
    @DisplayName("avoiding consecutive turns comes before the count: a member who just presented waits even if others have presented more")
    void consecutiveAvoidanceBeforeCount() {
        var request = valid(aGroupOf(2, 4)
                .held(session(1), id("Ames"))
                .held(session(2), id("Ames"))
                .held(session(3), id("Baker")));

        var plan = planned(planner.plan(request)).plan();

        assertThat(plan.presentersIn(session(4))).containsExactly(id("Ames"));
    }

    @Test
    @DisplayName("a member presents in consecutive sessions only when nobody else can attend")
    void consecutiveOnlyWhenUnavoidable() {
        var request = valid(aGroupOf(2, 4)
                .unavailable(id("Baker"), session(2))
                .unavailable(id("Baker"), session(3))
                .unavailable(id("Baker"), session(4)));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: baker |2: ames |3: ames |4: ames");
    }

    @Test
    @DisplayName("a place stays open only when nobody who can attend that session is left")
    void openPlaceOnlyWhenNobodyCanAttend() {
        var request = valid(aGroupOf(2, 3)
                .unavailable(id("Ames"), session(2))
                .unavailable(id("Baker"), session(2)));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: ames |2: |3: baker");
        assertThat(plan.openPlacesIn(session(2))).isEqualTo(1);
    }

    @Test
    @DisplayName("a member who cannot attend the early sessions is planned later and the others move up")
    void unavailableEarlyPresentsLater() {
        var request = valid(aGroupOf(5, 5)
                .unavailable(id("Ames"), session(1))
                .unavailable(id("Ames"), session(2))
                .unavailable(id("Ames"), session(3)));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: baker |2: chen |3: diaz |4: ames |5: evans");
    }

    @Test
    @DisplayName("the planner looks ahead: it keeps the only session a member can attend free for them")
    void looksAhead() {
        var request = valid(aGroupOf(3, 3)
                .unavailable(id("Chen"), session(2))
                .unavailable(id("Chen"), session(3))
                .unavailable(id("Baker"), session(3)));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: chen |2: baker |3: ames");
    }

    @Test
    @DisplayName("the plan lists each presentation once, in session order, and answers who presents when")
    void planQueries() {
        var plan = planned(planner.plan(valid(aGroupOf(6, 8)))).plan();
        MemberId ames = id("Ames");

        assertThat(plan.sessionsOf(ames)).containsExactly(session(1), session(7));
        assertThat(plan.slots()).isSorted().doesNotHaveDuplicates();
        assertThat(plan.heldSessions()).isZero();
        assertThat(plan.isHeld(session(1))).isFalse();
        assertThat(plan.sessionCount()).isEqualTo(8);
        assertThat(plan.casesPerSession()).isEqualTo(1);
    }
}
