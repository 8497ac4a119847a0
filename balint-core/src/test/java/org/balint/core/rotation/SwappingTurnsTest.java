package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Swapping two members' turns")
class SwappingTurnsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-02T18:00:00Z");

    private final RotationPlanner planner = new RotationPlanner();

    /** Six members over six sessions, one case each: Ames presents in 1, Baker in 2, ... Fox in 6. */
    private final ProposedPlan firstPlan = planned(planner.plan(valid(aGroupOf(6, 6)))).plan();

    private static String name(MemberId member) {
        return member.value().substring(0, 1).toUpperCase() + member.value().substring(1);
    }

    private static PresentationSlot turn(int session, String name) {
        return PresentationSlot.of(session(session), id(name));
    }

    private static List<String> codes(SwapDecision decision) {
        return ((SwapDecision.Refused) decision).reasons().stream().map(Violation::code).toList();
    }

    @Test
    @DisplayName("exchanges the two sessions and leaves everyone else's turn where it was")
    void swapsTwoTurns() {
        assertThat(render(firstPlan)).isEqualTo("1: ames |2: baker |3: chen |4: diaz |5: evans |6: fox");

        var swapped = (SwapDecision.Swapped) TurnSwaps.swap(firstPlan,
                new TurnSwap(turn(2, "Baker"), turn(5, "Evans")), 0, SwappingTurnsTest::name);

        assertThat(render(swapped.plan())).isEqualTo("1: ames |2: evans |3: chen |4: diaz |5: baker |6: fox");
        assertThat(swapped.changes()).extracting(PlanChange::toString)
                .containsExactly("session 2: baker -> evans", "session 5: evans -> baker");
        assertThat(swapped.plan().basis()).isEmpty();
    }

    @Test
    @DisplayName("a swap in the published plan proposes a re-plan of it, which publishing can replace it with")
    void swapInThePublishedPlanReplansIt() {
        PublishedPlan published = firstPlan.publish(new Actor.Person(id("Leader")), PUBLISHED);

        var swapped = (SwapDecision.Swapped) TurnSwaps.swap(published,
                new TurnSwap(turn(3, "Chen"), turn(4, "Diaz")), 2, SwappingTurnsTest::name);

        assertThat(swapped.plan().basis()).contains(published);
        assertThat(swapped.plan().heldSessions()).isEqualTo(2);
        assertThat(swapped.plan().publish(new Actor.Person(id("Leader")), PUBLISHED.plusSeconds(60))
                .plannedFrom(Optional.of(published))).isTrue();
    }

    @Test
    @DisplayName("a turn the plan does not have is refused with the member's actual turns")
    void refusesATurnThePlanDoesNotHave() {
        var decision = TurnSwaps.swap(firstPlan, new TurnSwap(turn(3, "Baker"), turn(5, "Evans")), 0,
                SwappingTurnsTest::name);

        assertThat(codes(decision)).containsExactly("not-their-turn");
        assertThat(((SwapDecision.Refused) decision).reasons().get(0).message())
                .isEqualTo("the plan has no turn for Baker in session 3; choose one of Baker's turns (session 2)");
    }

    @Test
    @DisplayName("turns in sessions already held cannot be swapped, even when held after the plan was made")
    void refusesHeldSessions() {
        var decision = TurnSwaps.swap(firstPlan, new TurnSwap(turn(1, "Ames"), turn(4, "Diaz")), 1,
                SwappingTurnsTest::name);

        assertThat(codes(decision)).containsExactly("session-held");
    }

    @Test
    @DisplayName("a member cannot swap with themselves, nor two turns of one session")
    void refusesNonSwaps() {
        var twoCases = planned(planner.plan(valid(aGroupOf(4, 4).casesPerSession(2)))).plan();
        List<MemberId> inSessionOne = twoCases.presentersIn(session(1));

        assertThat(codes(TurnSwaps.swap(firstPlan, new TurnSwap(turn(1, "Ames"), turn(1, "Ames")), 0,
                SwappingTurnsTest::name))).containsExactly("same-member");
        assertThat(codes(TurnSwaps.swap(twoCases, new TurnSwap(PresentationSlot.of(session(1), inSessionOne.get(0)),
                PresentationSlot.of(session(1), inSessionOne.get(1))), 0, SwappingTurnsTest::name)))
                .containsExactly("same-session");
    }

    @Test
    @DisplayName("a swap that would have a member present twice in one session is refused")
    void refusesTwoCasesInOneSession() {
        var twoCases = planned(planner.plan(valid(aGroupOf(3, 3).casesPerSession(2)))).plan();
        // three members, six places: everyone presents twice, so someone shares each session with a swap partner
        PresentationSlot first = twoCases.slots().get(0);
        PresentationSlot clash = twoCases.slots().stream()
                .filter(s -> !s.session().equals(first.session()) && !s.presenter().equals(first.presenter())
                        && twoCases.presentersIn(s.session()).contains(first.presenter()))
                .findFirst().orElseThrow();

        assertThat(codes(TurnSwaps.swap(twoCases, new TurnSwap(first, clash), 0, SwappingTurnsTest::name)))
                .contains("already-presents-there");
    }

    @Test
    @DisplayName("the changes between two plans name each place whose presenter moved, in sessions still to come")
    void changesBetweenPlans() {
        PublishedPlan published = firstPlan.publish(new Actor.Person(id("Leader")), PUBLISHED);
        var swapped = (SwapDecision.Swapped) TurnSwaps.swap(published,
                new TurnSwap(turn(3, "Chen"), turn(6, "Fox")), 2, SwappingTurnsTest::name);

        assertThat(PlanChange.between(published, swapped.plan())).extracting(PlanChange::toString)
                .containsExactly("session 3: chen -> fox", "session 6: fox -> chen");
        assertThat(PlanChange.between(published, published)).isEmpty();
    }
}
