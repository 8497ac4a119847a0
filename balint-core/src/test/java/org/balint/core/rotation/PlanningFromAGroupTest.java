package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aGroupOfSix;
import static org.balint.core.group.GroupFixture.aWeekBeforeTheSeries;
import static org.balint.core.group.GroupFixture.justAfterSession;
import static org.balint.core.rotation.RotationFixture.planned;
import static org.balint.core.rotation.RotationFixture.render;
import static org.balint.core.rotation.RotationFixture.session;
import static org.balint.core.rotation.RotationFixture.valid;

import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupFixture;
import org.balint.core.group.GroupRules;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Planning the rotation straight from a group")
class PlanningFromAGroupTest {

    private static final MemberId M1 = new MemberId("m1");
    private static final MemberId M2 = new MemberId("m2");
    private static final MemberId M3 = new MemberId("m3");
    private static final MemberId NADIA = GroupFixture.newcomerNadia().id();

    private final RotationPlanner planner = new RotationPlanner();
    private final BalintGroup groupOfSix = aGroupOfSix();
    /** 1: m1 |2: m2 |3: m3 |4: m4 |5: m5 |6: m6 |7: m1 |8: m2 */
    private final RotationPlan plan = planned(planner.plan(valid(RotationRequest.forGroup(groupOfSix)))).plan();

    @Test
    @DisplayName("a request started from a group has its sessions, cases per session and members in roster order with their names")
    void requestFromAGroup() {
        BalintGroup group = GroupFixture.aFullGroupOfTen();

        var request = valid(RotationRequest.forGroup(group));

        assertThat(request.sessionCount()).isEqualTo(8);
        assertThat(request.casesPerSession()).isEqualTo(2);
        assertThat(request.members()).isEqualTo(group.members().stream().map(member -> member.id()).toList());
        assertThat(request.nameOf(M3)).isEqualTo("Member 3");
        assertThat(planner.plan(request).everyonePresents()).isTrue();
    }

    @Test
    @DisplayName("a plan made for the group still fits it while the group is unchanged")
    void unchangedGroupFits() {
        assertThat(render(plan)).isEqualTo("1: m1 |2: m2 |3: m3 |4: m4 |5: m5 |6: m6 |7: m1 |8: m2");
        assertThat(plan.fitFor(groupOfSix, aWeekBeforeTheSeries())).isEqualTo(new PlanFit.Fits());
        assertThat(plan.fitFor(groupOfSix, justAfterSession(5)).fits()).isTrue();
    }

    @Test
    @DisplayName("a late joiner who is not yet in the plan calls for a re-plan, which gives them a turn at the cost of the latest second turn")
    void lateJoinerGetsATurn() {
        var joined = (MembershipChange.Joined) groupOfSix.join(GroupFixture.newcomerNadia(), justAfterSession(1));

        var fit = plan.fitFor(joined.group(), justAfterSession(1));

        assertThat(fit).isEqualTo(new PlanFit.NeedsReplan(java.util.List.of(Violation.of("member-without-turn",
                "Nadia Haddad (nadia) is a member but has no turn in the plan; re-plan to give them one"))));

        var replanned = planned(planner.plan(valid(RotationRequest.forGroup(joined.group())
                .held(session(1), M1)
                .currentPlan(plan))));

        assertThat(replanned.plan().sessionsOf(NADIA)).hasSize(1);
        assertThat(replanned.changes()).containsExactly(
                new PlanChange(session(8), Optional.of(M2), Optional.of(NADIA)));
        assertThat(replanned.plan().fitFor(joined.group(), justAfterSession(1)).fits()).isTrue();
    }

    @Test
    @DisplayName("a member who drops out while still planned calls for a re-plan that keeps their presentation in the record and gives their place away")
    void dropOutStillPlanned() {
        var left = (MembershipChange.Left) groupOfSix.leave(M1, justAfterSession(2));
        assertThat(left.departure()).isEqualTo(MembershipChange.Departure.DROPPED_OUT);

        var fit = plan.fitFor(left.group(), justAfterSession(2));

        assertThat(fit.fits()).isFalse();
        assertThat(((PlanFit.NeedsReplan) fit).reasons()).containsExactly(Violation.of("presenter-not-a-member",
                "m1 is planned to present in session 7 but is not a member of the group (any more); re-plan so that"
                        + " a member takes the place"));

        var replanned = planned(planner.plan(valid(RotationRequest.forGroup(left.group())
                .formerMember(left.member())
                .held(session(1), M1)
                .held(session(2), M2)
                .currentPlan(plan))));

        assertThat(replanned.plan().presentersIn(session(1))).containsExactly(M1);
        assertThat(replanned.plan().sessionsOf(M1)).containsExactly(session(1));
        assertThat(replanned.changes()).hasSize(1).first().satisfies(change -> {
            assertThat(change.session()).isEqualTo(session(7));
            assertThat(change.before()).contains(M1);
        });
        assertThat(replanned.plan().fitFor(left.group(), justAfterSession(2)).fits()).isTrue();
    }

    @Test
    @DisplayName("a drop-out whose planned turn is already behind them leaves a plan that still fits")
    void dropOutAfterTheirTurn() {
        var left = (MembershipChange.Left) groupOfSix.leave(M3, justAfterSession(3));

        assertThat(plan.fitFor(left.group(), justAfterSession(3)).fits()).isTrue();
        assertThat(plan.fitFor(left.group(), justAfterSession(2)).fits()).isFalse();
    }

    @Test
    @DisplayName("a group whose series or cases per session changed needs a re-plan, with every reason given")
    void seriesChanged() {
        BalintGroup changed = GroupFixture.anEmptyDraft()
                .numberOfSessions(6)
                .schedule(GroupFixture.CHICAGO, GroupFixture.weeklySessions(6))
                .members(GroupFixture.members(6))
                .rules(GroupRules.defaults().withCasesPerSession(2))
                .validate().orElseThrow();

        var fit = (PlanFit.NeedsReplan) plan.fitFor(changed, aWeekBeforeTheSeries());

        assertThat(fit.reasons()).extracting(Violation::code)
                .containsExactly("series-length-changed", "cases-per-session-changed");
        assertThat(fit.reasons().get(0).message())
                .isEqualTo("the plan covers 8 sessions but the group now has 6; re-plan for the new series");
    }
}
