package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.balint.core.validation.Violation;

class GroupPropertiesTest {

    @Property(tries = 400)
    @Label("validation names the slots rule exactly when sessions × cases per session < members needing a turn")
    void slotsRuleExactlyWhenShort(@ForAll @IntRange(min = 1, max = 12) int sessions,
            @ForAll @IntRange(min = 1, max = 3) int casesPerSession,
            @ForAll @IntRange(min = 0, max = 40) int members) {
        var outcome = GroupFixture.anEmptyDraft()
                .numberOfSessions(sessions)
                .schedule(GroupFixture.CHICAGO, GroupFixture.weeklySessions(sessions))
                .members(GroupFixture.members(members))
                .rules(new GroupRules(1, 40, casesPerSession, 1, SessionNumber.of(1)))
                .validate();

        boolean slotsRuleListed = outcome.violations().stream().map(Violation::code)
                .anyMatch("not-enough-presentation-slots"::equals);
        assertThat(slotsRuleListed).isEqualTo(sessions * casesPerSession < members);
        assertThat(outcome.isValid()).isEqualTo(!slotsRuleListed);
    }

    @Property(tries = 300)
    @Label("no sequence of joins and departures takes a group past its capacity or its presentation slots")
    void joinsNeverExceedCapacity(@ForAll("memberships") List<Integer> moves,
            @ForAll @IntRange(min = 1, max = 12) int max, @ForAll @IntRange(min = 1, max = 2) int casesPerSession) {
        var group = GroupFixture.anEmptyDraft()
                .rules(new GroupRules(1, max, casesPerSession, 1, SessionNumber.of(2)))
                .validate().orElseThrow();
        Instant before = GroupFixture.aWeekBeforeTheSeries();
        for (int move : moves) {
            MembershipChange change = move > 0
                    ? group.join(GroupFixture.member(move), before)
                    : group.leave(new MemberId("m" + (-move)), before);
            group = change.changedGroup().orElse(group);
            assertThat(group.members().size()).isLessThanOrEqualTo(Math.min(max, group.presentationSlots()));
            assertThat(group.members()).doesNotHaveDuplicates();
            assertThat(group.toDraft().validate().isValid()).isTrue();
        }
    }

    @Property(tries = 200)
    @Label("after the closing session nobody joins, whatever the group")
    void closedGroupsAdmitNobody(@ForAll @IntRange(min = 1, max = 8) int closesAfter,
            @ForAll @IntRange(min = 0, max = 5) int members, @ForAll @IntRange(min = 1, max = 8) int heldSoFar) {
        var group = GroupFixture.aGroupOf(members, GroupRules.defaults().withCapacity(1, 10).withQuorum(1)
                .closingToNewMembersAfter(SessionNumber.of(closesAfter)));

        var change = group.join(GroupFixture.newcomerNadia(), GroupFixture.justAfterSession(heldSoFar));

        assertThat(change instanceof MembershipChange.Joined).isEqualTo(heldSoFar < closesAfter);
    }

    @Provide
    Arbitrary<List<Integer>> memberships() {
        return Arbitraries.integers().between(-15, 15).filter(n -> n != 0).list().ofMaxSize(40);
    }
}
