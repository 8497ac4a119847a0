package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidationReportsEveryViolationTest {

    @Test
    @DisplayName("a draft with many mistakes gets every one of them back, in rule order, and no group")
    void everyViolationAtOnce() {
        var outcome = BalintGroup.draft(GroupFixture.GROUP_ID)
                .title(" ")
                .videoLink("http://meet.example.org")
                .schedule(GroupFixture.CHICAGO, GroupFixture.weeklySessions(7))
                .candidateLeader(GroupFixture.candidateLeaderMsPark())
                .members(GroupFixture.members(11))
                .member(GroupFixture.member(2))
                .rules(GroupRules.defaults().withQuorum(12))
                .validate();

        assertThat(outcome.isValid()).isFalse();
        assertThat(codes(outcome.violations())).containsExactly(
                "title-missing",
                "video-link-not-https",
                "schedule-length-mismatch",
                "leader-missing",
                "candidate-without-supervisor",
                "duplicate-member",
                "over-capacity",
                "not-enough-presentation-slots",
                "quorum-above-capacity");
    }

    @Test
    @DisplayName("a valid group edited through its draft and validated again is unchanged")
    void roundTripThroughDraft() {
        var group = GroupFixture.anEmptyDraft().coLeader(GroupFixture.coLeaderDrOkafor())
                .candidateLeader(GroupFixture.candidateLeaderMsPark()).supervisor(GroupFixture.leaderDrLevi())
                .members(GroupFixture.members(6)).validate().orElseThrow();

        assertThat(group.toDraft().validate().orElseThrow()).isEqualTo(group);
        assertThat(group.toDraft().title("Autumn").validate().orElseThrow().title()).isEqualTo("Autumn");
    }

    @Test
    @DisplayName("an edit that breaks a rule leaves the original group as it was")
    void failedEditChangesNothing() {
        var group = GroupFixture.aGroupOfSix();

        var edit = group.toDraft().rules(group.rules().withCapacity(8, 4)).validate();

        assertThat(codes(edit.violations())).contains("capacity-minimum-above-maximum");
        assertThat(group.rules()).isEqualTo(GroupRules.defaults());
    }

    @Test
    @DisplayName("the rule lists hold exactly the rules these scenarios cover")
    void reasonCodesAreDistinctPerRule() {
        assertThat(GroupPolicies.ALL).hasSize(24);
        assertThat(MembershipPolicies.JOINING).hasSize(5);
        assertThat(MembershipPolicies.LEAVING).hasSize(2);
    }
}
