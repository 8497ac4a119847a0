package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aDraftWithMembers;

import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EveryMemberNeedsAPresentationSlotTest {

    @Test
    @DisplayName("10 members in 8 sessions of one case each cannot all present")
    void tenMembersEightSlots() {
        var outcome = aDraftWithMembers(10).validate();

        assertThat(outcome.violations()).containsExactly(Violation.of("not-enough-presentation-slots",
                "10 members but only 8 presentation slots: not everyone can present. "
                        + "Add sessions, allow more cases per session, or move 2 to another group"));
    }

    @Test
    @DisplayName("two cases per session make room for 10 members in 8 sessions")
    void twoCasesPerSessionMakeRoom() {
        var outcome = aDraftWithMembers(10)
                .rules(GroupRules.defaults().withCasesPerSession(2))
                .validate();

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.orElseThrow().presentationSlots()).isEqualTo(16);
    }

    @Test
    @DisplayName("8 members in 8 sessions is exactly enough")
    void exactlyEnough() {
        assertThat(aDraftWithMembers(8).validate().isValid()).isTrue();
    }

    @Test
    @DisplayName("a shorter series of six sessions has no room for a seventh member")
    void shorterSeries() {
        var outcome = aDraftWithMembers(7)
                .numberOfSessions(6)
                .schedule(GroupFixture.CHICAGO, GroupFixture.weeklySessions(6))
                .validate();

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("not-enough-presentation-slots");
    }

    @Test
    @DisplayName("a group whose slots are taken admits no one else, even below its maximum")
    void slotsLimitPlaces() {
        var group = aDraftWithMembers(8).validate().orElseThrow();

        assertThat(group.rules().maxMembers()).isEqualTo(10);
        assertThat(group.placesLeft()).isZero();
        assertThat(group.isFull()).isTrue();
    }
}
