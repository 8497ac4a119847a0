package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.anEmptyDraft;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TheRulesMustBeWorkableTest {

    private static GroupDraft withRules(GroupRules rules) {
        return anEmptyDraft().rules(rules);
    }

    @Test
    @DisplayName("the defaults are six to ten members, one case per session, a quorum of four, closed after session 2")
    void defaults() {
        var rules = GroupFixture.anEmptyGroup().rules();

        assertThat(rules).isEqualTo(new GroupRules(6, 10, 1, 4, SessionNumber.of(2)));
    }

    @Test
    @DisplayName("a minimum of zero members is rejected")
    void minimumInvalid() {
        assertThat(codes(withRules(GroupRules.defaults().withCapacity(0, 10)).validate().violations()))
                .containsExactly("minimum-members-invalid");
    }

    @Test
    @DisplayName("a minimum above the maximum is rejected")
    void minimumAboveMaximum() {
        var outcome = withRules(GroupRules.defaults().withCapacity(8, 6)).validate();

        assertThat(codes(outcome.violations())).containsExactly("capacity-minimum-above-maximum");
    }

    @Test
    @DisplayName("zero cases per session is rejected")
    void casesInvalid() {
        assertThat(codes(withRules(GroupRules.defaults().withCasesPerSession(0)).validate().violations()))
                .containsExactly("cases-per-session-invalid");
    }

    @Test
    @DisplayName("a quorum of zero is rejected")
    void quorumInvalid() {
        assertThat(codes(withRules(GroupRules.defaults().withQuorum(0)).validate().violations()))
                .containsExactly("quorum-invalid");
    }

    @Test
    @DisplayName("a quorum above the capacity is rejected")
    void quorumAboveCapacity() {
        var outcome = withRules(GroupRules.defaults().withQuorum(11)).validate();

        assertThat(outcome.violations()).containsExactly(Violation.of("quorum-above-capacity",
                "a quorum of 11 is more than the 10 members the group can take: no session could ever be held. Lower the quorum"));
    }

    @Test
    @DisplayName("a quorum a group at its minimum size could never reach is rejected")
    void quorumAboveMinimum() {
        assertThat(codes(withRules(GroupRules.defaults().withQuorum(7)).validate().violations()))
                .containsExactly("quorum-above-minimum");
    }

    @Test
    @DisplayName("closing to new members after a session the series does not have is rejected")
    void closingBeyondSeries() {
        var outcome = withRules(GroupRules.defaults().closingToNewMembersAfter(SessionNumber.of(9))).validate();

        assertThat(codes(outcome.violations())).containsExactly("closing-session-beyond-series");
    }
}
