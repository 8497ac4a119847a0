package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Re-planning when the group's situation changes")
class ReplanningTest {

    private final RotationPlanner planner = new RotationPlanner();

    /** 1: ames |2: baker |3: chen |4: diaz |5: evans |6: fox |7: ames |8: baker */
    private final RotationPlan published = planned(planner.plan(valid(aGroupOf(6, 8)))).plan();

    @Test
    @DisplayName("when the scheduled presenter was absent, they get a new turn, held sessions stay as recorded, and one place changes")
    void absentPresenterGetsANewTurn() {
        var request = valid(aGroupOf(6, 8)
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .held(session(3))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(render(outcome.plan()))
                .isEqualTo("1: ames |2: baker |3: |4: diaz |5: evans |6: fox |7: ames |8: chen");
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(8), Optional.of(id("Baker")), Optional.of(id("Chen"))));
        assertThat(outcome.plan().heldSessions()).isEqualTo(3);
    }

    @Test
    @DisplayName("when a presenter was absent but already had a second turn planned, nothing changes")
    void absentPresenterWithASecondTurn() {
        var request = valid(aGroupOf(6, 8)
                .held(session(1))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.plan().sessionsOf(id("Ames"))).containsExactly(session(7));
    }

    @Test
    @DisplayName("the place of a member who drops out goes to the fair order and nothing else changes")
    void dropOut() {
        var builder = RotationRequest.forSessions(8);
        for (String name : new String[] {"Ames", "Baker", "Chen", "Evans", "Fox"}) {
            builder.member(id(name), name);
        }
        var request = valid(builder
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().sessionsOf(id("Diaz"))).isEmpty();
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(4), Optional.of(id("Diaz")), Optional.of(id("Fox"))));
        assertThat(render(outcome.plan()))
                .isEqualTo("1: ames |2: baker |3: chen |4: fox |5: evans |6: fox |7: ames |8: baker");
    }

    @Test
    @DisplayName("a late joiner gets a turn at the cost of the latest second turn")
    void lateJoiner() {
        var request = valid(aGroupOf(7, 8)
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(8), Optional.of(id("Baker")), Optional.of(id("Garcia"))));
    }

    @Test
    @DisplayName("a member who can no longer attend their session is moved, and only the places that must change do")
    void scheduledPresenterBecomesUnavailable() {
        var request = valid(aGroupOf(6, 8)
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .unavailable(id("Evans"), session(5))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().sessionsOf(id("Evans"))).containsExactly(session(8));
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(5), Optional.of(id("Evans")), Optional.of(id("Baker"))),
                new PlanChange(session(8), Optional.of(id("Baker")), Optional.of(id("Evans"))));
    }

    @Test
    @DisplayName("a new volunteer takes their session in a re-plan; the displaced member keeps the turn they already had later")
    void newVolunteerInReplan() {
        var request = valid(aGroupOf(6, 8)
                .held(session(1), id("Ames"))
                .volunteer(id("Fox"), session(2))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().presentersIn(session(2))).containsExactly(id("Fox"));
        assertThat(outcome.plan().sessionsOf(id("Baker"))).containsExactly(session(8));
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(2), Optional.of(id("Baker")), Optional.of(id("Fox"))));
    }

    @Test
    @DisplayName("re-planning when nothing has changed proposes the same plan with no changes")
    void nothingChanged() {
        var request = valid(aGroupOf(6, 8).currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan()).isEqualTo(published);
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    @DisplayName("a published plan can be the starting point of a re-plan, and the current plan's held sessions give way to the record")
    void replanFromPublishedPlan() {
        var publishedPlan = planned(planner.plan(valid(aGroupOf(6, 8)))).plan()
                .publish(org.balint.core.audit.Actor.person(id("Leader")), java.time.Instant.parse("2026-09-01T17:00:00Z"));
        var request = valid(aGroupOf(6, 8)
                .held(session(1), id("Chen"))
                .currentPlan(publishedPlan));

        var plan = planned(planner.plan(request)).plan();

        assertThat(plan.presentersIn(session(1))).containsExactly(id("Chen"));
        assertThat(plan.sessionsOf(id("Ames"))).isNotEmpty();
    }
    @Test
    @DisplayName("twelve members in eight sessions of two: after a missed turn and two declared absences everyone still presents and two places change")
    void twelveMembersThreeAbsences() {
        var first = valid(aGroupOf(12, 8).casesPerSession(2));
        var plan = planned(planner.plan(first)).plan();
        var request = valid(first.toBuilder().currentPlan(plan)
                .held(session(1), id("Ames"), id("Baker"))
                .held(session(2), id("Diaz"))
                .unavailable(id("Garcia"), session(4))
                .unavailable(id("Lopez"), session(6)));

        var outcome = planned(planner.plan(request));

        assertThat(render(outcome.plan())).isEqualTo("1: ames baker |2: diaz |3: evans fox |4: hughes lopez"
                + " |5: ito jones |6: garcia khan |7: ames baker |8: chen diaz");
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(4), Optional.of(id("Garcia")), Optional.of(id("Lopez"))),
                new PlanChange(session(6), Optional.of(id("Lopez")), Optional.of(id("Garcia"))));
    }
}
