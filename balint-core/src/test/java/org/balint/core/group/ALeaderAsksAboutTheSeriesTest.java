package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.group.GroupFixture.aGroupOfSix;
import static org.balint.core.group.GroupFixture.aWeekBeforeTheSeries;
import static org.balint.core.group.GroupFixture.duringSession;
import static org.balint.core.group.GroupFixture.justAfterSession;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ALeaderAsksAboutTheSeriesTest {

    private final BalintGroup group = aGroupOfSix();

    @Test
    @DisplayName("before the series, the next session is session 1 and none has been held")
    void beforeSeries() {
        assertThat(group.nextSessionAfter(aWeekBeforeTheSeries())).map(ScheduledSession::number).contains(SessionNumber.of(1));
        assertThat(group.sessionsHeldBy(aWeekBeforeTheSeries())).isEmpty();
        assertThat(group.schedule().sessionInProgressAt(aWeekBeforeTheSeries())).isEmpty();
    }

    @Test
    @DisplayName("during session 3, sessions 1 and 2 have been held, 3 is in progress and 4 is next")
    void duringSessionThree() {
        assertThat(group.sessionsHeldBy(duringSession(3))).extracting(s -> s.number().value()).containsExactly(1, 2);
        assertThat(group.schedule().sessionInProgressAt(duringSession(3))).map(s -> s.number().value()).contains(3);
        assertThat(group.nextSessionAfter(duringSession(3))).map(s -> s.number().value()).contains(4);
    }

    @Test
    @DisplayName("after the last session, all eight have been held and there is no next session")
    void afterSeries() {
        assertThat(group.sessionsHeldBy(justAfterSession(8))).hasSize(8);
        assertThat(group.nextSessionAfter(justAfterSession(8))).isEmpty();
        assertThat(group.schedule().isFinishedBy(justAfterSession(8))).isTrue();
    }

    @Test
    @DisplayName("after session 3 of eight, five sessions' worth of presentation slots are left")
    void slotsLeft() {
        assertThat(group.presentationSlotsLeftAt(aWeekBeforeTheSeries())).isEqualTo(8);
        assertThat(group.presentationSlotsLeftAt(duringSession(3))).isEqualTo(6);
        assertThat(group.presentationSlotsLeftAt(justAfterSession(3))).isEqualTo(5);
        assertThat(GroupFixture.aFullGroupOfTen().presentationSlotsLeftAt(justAfterSession(3))).isEqualTo(10);
    }

    @Test
    @DisplayName("four members present make a quorum by default; three do not")
    void quorum() {
        assertThat(group.hasQuorum(4)).isTrue();
        assertThat(group.hasQuorum(3)).isFalse();
        assertThatThrownBy(() -> group.hasQuorum(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a group with a quorum of five needs five members present")
    void customQuorum() {
        var strict = GroupFixture.aGroupOf(6, GroupRules.defaults().withQuorum(5));

        assertThat(strict.hasQuorum(4)).isFalse();
        assertThat(strict.hasQuorum(5)).isTrue();
    }

    @Test
    @DisplayName("a group of six has two places left: eight presentation slots limit it below the maximum of ten")
    void placesLeft() {
        assertThat(group.placesLeft()).isEqualTo(2);
        assertThat(GroupFixture.anEmptyGroup().placesLeft()).isEqualTo(8);
    }
}
