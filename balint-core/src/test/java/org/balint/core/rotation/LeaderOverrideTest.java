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

@DisplayName("A leader overriding a place")
class LeaderOverrideTest {

    private final RotationPlanner planner = new RotationPlanner();

    @Test
    @DisplayName("the leader's choice stands and the rest of the plan works around it")
    void overrideStands() {
        var outcome = planned(planner.plan(valid(aGroupOf(6, 8).override(session(1), id("Fox")))));

        assertThat(render(outcome.plan()))
                .isEqualTo("1: fox |2: ames |3: baker |4: chen |5: diaz |6: evans |7: fox |8: ames");
    }

    @Test
    @DisplayName("an override that leaves a member without a turn is reported, naming who loses it and why")
    void overrideBreaksTheGuarantee() {
        var request = valid(aGroupOf(6, 6)
                .override(session(1), id("Ames"))
                .override(session(2), id("Ames")));

        var outcome = planner.plan(request);

        assertThat(outcome).isInstanceOf(RotationOutcome.OverrideBreaksGuarantee.class);
        var broken = (RotationOutcome.OverrideBreaksGuarantee) outcome;
        assertThat(broken.everyonePresents()).isFalse();
        assertThat(broken.withoutTurn()).containsExactly(id("Fox"));
        assertThat(broken.conflicts()).extracting(RotationConflict::message)
                .containsExactly("5 members still need a turn but only 4 places remain, in sessions 3 to 6");
        assertThat(render(broken.plan())).isEqualTo("1: ames |2: ames |3: baker |4: chen |5: diaz |6: evans");
    }

    @Test
    @DisplayName("an override that takes the only session a member can attend costs that member their turn")
    void overrideTakesTheOnlyPossibleSession() {
        var builder = aGroupOf(3, 4).override(session(4), id("Ames"));
        for (int n = 1; n <= 3; n++) {
            builder.unavailable(id("Chen"), session(n));
        }

        var broken = (RotationOutcome.OverrideBreaksGuarantee) planner.plan(valid(builder));

        assertThat(broken.withoutTurn()).containsExactly(id("Chen"));
        assertThat(broken.conflicts()).extracting(RotationConflict::message)
                .containsExactly("Chen still needs a turn but can only present in session 4, which has no open places");
        assertThat(broken.plan().presentersIn(session(4))).containsExactly(id("Ames"));
    }

    @Test
    @DisplayName("when nobody could give everyone a turn anyway, the overrides are not blamed")
    void blockedRegardlessOfOverrides() {
        var outcome = planner.plan(valid(aGroupOf(5, 4).override(session(1), id("Ames"))));

        assertThat(outcome).isInstanceOf(RotationOutcome.Blocked.class);
        assertThat(((RotationOutcome.Blocked) outcome).conflicts()).extracting(RotationConflict::code)
                .containsExactly("not-enough-places");
    }

    @Test
    @DisplayName("a re-plan keeps the leader's override even where the current plan had someone else")
    void overrideInReplan() {
        var current = planned(planner.plan(valid(aGroupOf(6, 8)))).plan();
        var outcome = planned(planner.plan(valid(aGroupOf(6, 8).override(session(3), id("Fox")).currentPlan(current))));

        assertThat(outcome.plan().presentersIn(session(3))).containsExactly(id("Fox"));
        assertThat(outcome.plan().sessionsOf(id("Chen"))).isNotEmpty();
    }
}
