package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.rotation.RotationFixture.aGroupOf;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import java.util.List;
import java.util.Optional;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Members who drop out after presenting stay in the history")
class DropOutsInTheHistoryTest {

    private final RotationPlanner planner = new RotationPlanner();

    /** 1: ames |2: baker |3: chen |4: diaz |5: evans |6: fox |7: ames |8: baker */
    private final RotationPlan published = planned(planner.plan(valid(aGroupOf(6, 8)))).plan();

    /** The six-member group without {@code leaving}, who is listed as a former member. */
    private static RotationRequest.Builder withoutMember(String leaving) {
        var builder = RotationRequest.forSessions(8);
        for (String name : RotationFixture.SURNAMES.subList(0, 6)) {
            if (name.equals(leaving)) {
                builder.formerMember(id(name), name);
            } else {
                builder.member(id(name), name);
            }
        }
        return builder;
    }

    @Test
    @DisplayName("a drop-out who presented in session 1 stays in session 1's record, and only their planned second turn goes to someone else")
    void dropOutWhoPresentedStaysInTheRecord() {
        var request = valid(withoutMember("Ames")
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().presentersIn(session(1))).containsExactly(id("Ames"));
        assertThat(outcome.plan().sessionsOf(id("Ames"))).containsExactly(session(1));
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(7), Optional.of(id("Ames")), Optional.of(id("Chen"))));
        assertThat(render(outcome.plan()))
                .isEqualTo("1: ames |2: baker |3: chen |4: diaz |5: evans |6: fox |7: chen |8: baker");
    }

    @Test
    @DisplayName("a drop-out's planned turns go to others with one change per place and the rest of the future kept")
    void futureTurnsGoToOthersWithTheFewestChanges() {
        var request = valid(withoutMember("Baker")
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .held(session(3), id("Chen"))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().sessionsOf(id("Baker"))).containsExactly(session(2));
        assertThat(outcome.changes()).hasSize(1).allSatisfy(change -> {
            assertThat(change.session()).isEqualTo(session(8));
            assertThat(change.before()).contains(id("Baker"));
            assertThat(change.after()).isPresent().isNotEqualTo(Optional.of(id("Baker")));
        });
        for (int n = 4; n <= 7; n++) {
            assertThat(outcome.plan().presentersIn(session(n))).isEqualTo(published.presentersIn(session(n)));
        }
    }

    @Test
    @DisplayName("a drop-out who had not presented yet needs no turn: their place is reassigned and everyone else keeps theirs")
    void dropOutBeforeTheirTurn() {
        var request = valid(withoutMember("Diaz")
                .held(session(1), id("Ames"))
                .held(session(2), id("Baker"))
                .currentPlan(published));

        var outcome = planned(planner.plan(request));

        assertThat(outcome.plan().sessionsOf(id("Diaz"))).isEmpty();
        assertThat(outcome.changes()).containsExactly(
                new PlanChange(session(4), Optional.of(id("Diaz")), Optional.of(id("Fox"))));
    }

    @Test
    @DisplayName("a drop-out's presentation occupies its place in the held session")
    void dropOutOccupiesTheHeldPlace() {
        var full = withoutMember("Ames").held(session(1), id("Ames"), id("Baker")).build();

        assertThat(full.violations()).extracting(Violation::code).containsExactly("too-many-presenters");

        var twoCases = valid(withoutMember("Ames").casesPerSession(2).held(session(1), id("Ames"), id("Baker")));
        var plan = planned(planner.plan(twoCases)).plan();
        assertThat(plan.presentersIn(session(1))).containsExactly(id("Ames"), id("Baker"));
        assertThat(plan.sessionsOf(id("Ames"))).containsExactly(session(1));
    }

    @Test
    @DisplayName("a drop-out's presentation does not count in anyone else's fair order")
    void dropOutDoesNotAffectOthersFairness() {
        var withDropOut = valid(withoutMember("Ames").held(session(1), id("Ames")));
        var withoutRecord = valid(withoutMember("Ames").held(session(1)));

        var plan = planned(planner.plan(withDropOut)).plan();
        var reference = planned(planner.plan(withoutRecord)).plan();

        for (int n = 2; n <= 8; n++) {
            assertThat(plan.presentersIn(session(n))).isEqualTo(reference.presentersIn(session(n)));
        }
    }

    @Test
    @DisplayName("a drop-out is never planned, even when their group has places nobody else can take")
    void dropOutIsNeverPlanned() {
        var request = valid(RotationRequest.forSessions(3)
                .member(id("Baker"), "Baker")
                .formerMember(id("Ames"), "Ames")
                .held(session(1), id("Ames"))
                .unavailable(id("Baker"), session(3)));

        var plan = planned(planner.plan(request)).plan();

        assertThat(render(plan)).isEqualTo("1: ames |2: baker |3:");
    }

    @Test
    @DisplayName("absences a drop-out declared before leaving are accepted and change nothing")
    void dropOutsAbsencesAreIgnored() {
        var request = valid(withoutMember("Diaz")
                .held(session(1), id("Ames"))
                .unavailable(id("Diaz"), session(5))
                .currentPlan(published));
        var withoutAbsence = valid(withoutMember("Diaz")
                .held(session(1), id("Ames"))
                .currentPlan(published));

        assertThat(planner.plan(request)).isEqualTo(planner.plan(withoutAbsence));
    }

    @Test
    @DisplayName("a presenter in the history who was never a member is rejected with a clear reason")
    void strangerInTheHistory() {
        var outcome = withoutMember("Ames").held(session(1), id("Zoe")).build();

        assertThat(outcome.violations()).containsExactly(Violation.of("unknown-member", "zoe is recorded as"
                + " presenting in session 1 but is neither on the roster nor a former member; add them to the roster,"
                + " list them as a former member if they have left the group, or correct the history"));
    }

    @Test
    @DisplayName("a former member cannot volunteer, be assigned by the leader, or also be on the roster")
    void formerMembersTakeNoFuturePlace() {
        var outcome = aGroupOf(3, 4)
                .formerMember(id("Diaz"), "Diaz")
                .formerMember(id("Chen"), "Chen")
                .formerMember(id("Diaz"), "Diaz")
                .formerMember(id("Evans"), " ")
                .volunteer(id("Diaz"), session(2))
                .override(session(3), id("Diaz"))
                .unavailable(id("Diaz"), session(4))
                .build();

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly(
                "duplicate-former-member", "former-member-on-roster", "blank-member-name",
                "volunteer-has-left", "override-for-former-member");
        assertThat(outcome.violations().get(1).message()).isEqualTo("Chen (chen) is both on the roster and listed"
                + " as a former member; remove them from the roster if they have left the group, or from the former"
                + " members if they are still in it");
        assertThat(outcome.violations().get(3).message())
                .isEqualTo("Diaz volunteers for session 2 but has left the group; withdraw the offer");
    }

    @Test
    @DisplayName("a request rebuilt for a re-plan keeps its former members and their names")
    void toBuilderKeepsFormerMembers() {
        var request = valid(withoutMember("Ames").held(session(1), id("Ames")));

        var rebuilt = valid(request.toBuilder());

        assertThat(rebuilt.formerMembers()).containsExactly(id("Ames"));
        assertThat(rebuilt.members()).isEqualTo(request.members());
        assertThat(rebuilt.nameOf(id("Ames"))).isEqualTo("Ames");
        assertThat(rebuilt.isFormerMember(id("Ames"))).isTrue();
        assertThat(rebuilt.isFormerMember(id("Baker"))).isFalse();
        assertThat(List.copyOf(rebuilt.history().get(session(1)))).containsExactly(id("Ames"));
    }
}
