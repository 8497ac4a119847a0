package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aGroupOfSix;
import static org.balint.core.group.GroupFixture.aWeekBeforeTheSeries;
import static org.balint.core.group.GroupFixture.justAfterSession;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeavingAGroupTest {

    private static final MemberId M3 = new MemberId("m3");

    @Test
    @DisplayName("a member who leaves before the first session has withdrawn")
    void withdrawal() {
        var change = (MembershipChange.Left) aGroupOfSix().leave(M3, aWeekBeforeTheSeries());

        assertThat(change.departure()).isEqualTo(MembershipChange.Departure.WITHDREW_BEFORE_START);
        assertThat(change.member()).isEqualTo(GroupFixture.member(3));
        assertThat(change.group().isMember(M3)).isFalse();
        assertThat(change.group().members()).hasSize(5);
    }

    @Test
    @DisplayName("a member who leaves after session 3 has dropped out, and the group may fall below its minimum")
    void dropOut() {
        var change = (MembershipChange.Left) aGroupOfSix().leave(M3, justAfterSession(3));

        assertThat(change.departure()).isEqualTo(MembershipChange.Departure.DROPPED_OUT);
        assertThat(change.group().isBelowMinimum()).isTrue();
    }

    @Test
    @DisplayName("someone who is not a member cannot leave")
    void notAMember() {
        assertThat(codes(aGroupOfSix().leave(new MemberId("stranger"), aWeekBeforeTheSeries()).reasons()))
                .containsExactly("not-a-member");
    }

    @Test
    @DisplayName("nobody leaves a series that has ended")
    void seriesFinished() {
        assertThat(codes(aGroupOfSix().leave(M3, justAfterSession(8)).reasons())).containsExactly("series-finished");
        assertThat(aGroupOfSix().leave(M3, justAfterSession(7))).isInstanceOf(MembershipChange.Left.class);
    }
}
