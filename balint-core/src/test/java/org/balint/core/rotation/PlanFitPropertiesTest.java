package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupFixture;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.SessionNumber;

class PlanFitPropertiesTest {

    /** Groups of 0 to 7 members, validated once: building a group is far slower than planning for it. */
    private static final BalintGroup[] GROUPS = java.util.stream.IntStream.rangeClosed(0, 7)
            .mapToObj(size -> GroupFixture.aDraftWithMembers(size).validate().orElseThrow())
            .toArray(BalintGroup[]::new);

    private final RotationPlanner planner = new RotationPlanner();

    @Property(tries = 100)
    @Label("after a member joins or drops out, a plan needs a re-plan exactly when someone lacks a turn or a non-member is still to present; the re-plan fits")
    void fitAfterAGroupChange(@ForAll @IntRange(min = 2, max = 7) int size, @ForAll @IntRange(min = 0, max = 7) int held,
            @ForAll boolean joining, @ForAll long seed) {
        var random = new Random(seed);
        BalintGroup group = GROUPS[size];
        RotationPlan plan = RotationFixture.planned(planner.plan(RotationFixture.valid(RotationRequest.forGroup(group))))
                .plan();
        Instant at = held == 0 ? GroupFixture.aWeekBeforeTheSeries() : GroupFixture.justAfterSession(held);
        assertThat(plan.fitFor(group, at).fits()).isTrue();

        MembershipChange change = joining
                ? group.join(GroupFixture.newcomerNadia(), at)
                : group.leave(group.members().get(random.nextInt(size)).id(), at);
        if (!(change.changedGroup().isPresent())) {
            return;
        }
        BalintGroup changed = change.changedGroup().get();
        boolean stillPlanned = change instanceof MembershipChange.Left left && plan.sessionsOf(left.member().id())
                .stream().anyMatch(session -> session.value() > held);
        PlanFit fit = plan.fitFor(changed, at);
        Statistics.label("change").collect(joining ? "joined" : stillPlanned ? "left, still planned" : "left, turns behind them");

        assertThat(fit.fits()).isEqualTo(!joining && !stillPlanned);

        var builder = RotationRequest.forGroup(changed).currentPlan(plan);
        if (change instanceof MembershipChange.Left left) {
            builder.formerMember(left.member());
        }
        for (int s = 1; s <= held; s++) {
            builder.held(SessionNumber.of(s), plan.presentersIn(SessionNumber.of(s)));
        }
        RotationOutcome replanned = planner.plan(RotationFixture.valid(builder));
        if (replanned instanceof RotationOutcome.Planned planned) {
            assertThat(planned.plan().fitFor(changed, at).fits()).isTrue();
            for (int s = 1; s <= held; s++) {
                assertThat(planned.plan().presentersIn(SessionNumber.of(s)))
                        .isEqualTo(plan.presentersIn(SessionNumber.of(s)));
            }
        }
    }
}
