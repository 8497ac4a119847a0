package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Publishing and storing a rotation plan")
class PlanPublicationTest {

    @Test
    @DisplayName("a proposed plan is published with who and when, and the publication is audited")
    void publishing() {
        var proposed = RotationFixture.planned(new RotationPlanner().plan(RotationFixture.valid(aGroupOf(3, 3)))).plan();
        var at = Instant.parse("2026-09-01T17:00:00Z");

        PublishedPlan published = proposed.publish(Actor.person(id("Leader")), at);

        assertThat(published.slots()).isEqualTo(proposed.slots());
        assertThat(published.publishedAt()).isEqualTo(at);
        assertThat(published.auditEntry().event()).isEqualTo("rotation-published");
        assertThat(published.auditEntry().actor()).isEqualTo(Actor.person(id("Leader")));
    }

    @Test
    @DisplayName("a stored plan is restored only when it is well formed, with every problem listed")
    void restoring() {
        var slots = List.of(PresentationSlot.of(session(1), id("Ames")), PresentationSlot.of(session(1), id("Baker")),
                PresentationSlot.of(session(5), id("Chen")));

        var restored = PublishedPlan.restore(4, 1, 0, slots, Instant.EPOCH, Actor.process("import"));

        assertThat(restored.violations()).extracting(Violation::code)
                .containsExactly("session-out-of-range", "too-many-presenters");
        assertThat(PublishedPlan.restore(4, 2, 1, slots.subList(0, 2), Instant.EPOCH, Actor.process("import"))
                .isValid()).isTrue();
    }

    @Test
    @DisplayName("a plan holds only who presents in which session, never any case content")
    void planHoldsNoCaseContent() {
        assertThat(PresentationSlot.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("session", "presenter");
    }

    @Test
    @DisplayName("a publication knows the plan it was planned from: a first plan fits only a group without one, a re-plan only the plan it re-planned")
    void publicationKnowsItsBasis() {
        var planner = new RotationPlanner();
        var leader = Actor.person(id("Leader"));
        var at = Instant.parse("2026-09-01T17:00:00Z");
        PublishedPlan first = RotationFixture.planned(planner.plan(RotationFixture.valid(aGroupOf(6, 8)))).plan()
                .publish(leader, at);
        PublishedPlan replan = RotationFixture.planned(planner.plan(RotationFixture.valid(aGroupOf(6, 8)
                .held(session(1)).currentPlan(first)))).plan().publish(leader, at.plusSeconds(600));
        PublishedPlan restored = PublishedPlan.restore(first.sessionCount(), first.casesPerSession(), first.heldSessions(),
                first.slots(), at, leader).orElseThrow();

        assertThat(first.plannedFrom(Optional.empty())).isTrue();
        assertThat(first.plannedFrom(Optional.of(replan))).isFalse();
        assertThat(replan.plannedFrom(Optional.of(first))).isTrue();
        assertThat(replan.plannedFrom(Optional.of(restored))).as("the same rotation, whoever published it").isTrue();
        assertThat(replan.plannedFrom(Optional.empty())).isFalse();
        assertThat(replan.plannedFrom(Optional.of(replan))).isFalse();
        assertThat(restored.replacing(replan).plannedFrom(Optional.of(replan))).isTrue();
        assertThat(restored.replacing(replan)).as("the basis is history, not content").isEqualTo(restored);
    }
}
