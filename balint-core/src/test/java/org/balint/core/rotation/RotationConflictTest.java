package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.blocked;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("When not every member can present")
class RotationConflictTest {

    private final RotationPlanner planner = new RotationPlanner();

    @Test
    @DisplayName("a member unavailable for every remaining session is named, and no plan is proposed")
    void unavailableForEverySession() {
        var builder = aGroupOf(4, 4);
        for (int n = 1; n <= 4; n++) {
            builder.unavailable(id("Ames"), session(n));
        }

        var outcome = planner.plan(valid(builder));

        assertThat(outcome.proposedPlan()).isEmpty();
        assertThat(outcome.everyonePresents()).isFalse();
        assertThat(blocked(outcome).conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.code()).isEqualTo("unavailable-for-remaining-sessions");
            assertThat(conflict.message())
                    .isEqualTo("Ames still needs a turn but is unavailable for every remaining session (sessions 1 to 4)");
            assertThat(conflict.members()).containsExactly(id("Ames"));
        });
    }

    @Test
    @DisplayName("more members still needing a turn than places left is reported with both numbers")
    void notEnoughPlaces() {
        var outcome = planner.plan(valid(aGroupOf(11, 8)));

        assertThat(blocked(outcome).conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.code()).isEqualTo("not-enough-places");
            assertThat(conflict.message())
                    .isEqualTo("11 members still need a turn but only 8 places remain, in sessions 1 to 8");
            assertThat(conflict.members()).hasSize(11);
        });
    }

    @Test
    @DisplayName("members competing for too few places are named together with their sessions (Hall's condition)")
    void hallViolationNamedConcretely() {
        var builder = aGroupOf(4, 8);
        for (String name : new String[] {"Ames", "Baker", "Chen"}) {
            for (int n : new int[] {1, 2, 3, 4, 7, 8}) {
                builder.unavailable(id(name), session(n));
            }
        }

        var conflicts = blocked(planner.plan(valid(builder))).conflicts();

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.code()).isEqualTo("too-few-places");
            assertThat(conflict.message()).isEqualTo(
                    "Ames, Baker and Chen still need a turn but can only present in sessions 5 and 6, which have 2 open places between them");
            assertThat(conflict.members()).containsExactly(id("Ames"), id("Baker"), id("Chen"));
            assertThat(conflict.sessions()).containsExactly(session(5), session(6));
        });
    }

    @Test
    @DisplayName("every conflict is reported, not just the first")
    void everyConflictReported() {
        var builder = aGroupOf(5, 6);
        for (int n = 1; n <= 6; n++) {
            builder.unavailable(id("Evans"), session(n));
            if (n != 2) {
                builder.unavailable(id("Ames"), session(n));
                builder.unavailable(id("Baker"), session(n));
            }
        }

        var conflicts = blocked(planner.plan(valid(builder))).conflicts();

        assertThat(conflicts).extracting(RotationConflict::code)
                .containsExactly("unavailable-for-remaining-sessions", "too-few-places");
        assertThat(conflicts.get(1).message())
                .isEqualTo("Ames and Baker still need a turn but can only present in session 2, which has 1 open place");
    }

    @Test
    @DisplayName("once every session has been held, members who never presented are named")
    void noSessionsRemain() {
        var request = valid(aGroupOf(3, 2)
                .held(session(1), id("Ames"))
                .held(session(2)));

        var conflicts = blocked(planner.plan(request)).conflicts();

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.code()).isEqualTo("no-sessions-remain");
            assertThat(conflict.message()).isEqualTo("Baker and Chen have not presented yet, but all 2 sessions have been held");
        });
    }

    @Test
    @DisplayName("a group that fits exactly cannot absorb an absent presenter, and the re-plan says so")
    void exactFitCannotAbsorbAbsence() {
        var first = RotationFixture.planned(planner.plan(valid(aGroupOf(4, 4)))).plan();
        var request = valid(aGroupOf(4, 4).held(session(1)).currentPlan(first));

        var conflicts = blocked(planner.plan(request)).conflicts();

        assertThat(conflicts).extracting(RotationConflict::message)
                .containsExactly("4 members still need a turn but only 3 places remain, in sessions 2 to 4");
    }
}
