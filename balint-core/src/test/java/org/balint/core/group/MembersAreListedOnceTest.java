package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aDraftWithMembers;
import static org.balint.core.group.GroupFixture.member;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MembersAreListedOnceTest {

    @Test
    @DisplayName("a member listed twice is reported once")
    void duplicateMember() {
        var outcome = aDraftWithMembers(6).member(member(3)).member(member(3)).validate();

        assertThat(outcome.violations()).containsExactly(
                Violation.of("duplicate-member", "member m3 is listed more than once: list each member once"));
    }

    @Test
    @DisplayName("two members sharing an e-mail address are rejected, whatever its letter case")
    void sharedEmail() {
        var twin = new Member(new MemberId("m3b"), "Member 3 again", Profession.socialWorker(),
                ContactDetails.email("Member3@Example.org"));

        var outcome = aDraftWithMembers(6).member(twin).validate();

        assertThat(codes(outcome.violations())).containsExactly("duplicate-member-email");
        assertThat(outcome.violations().get(0).message()).contains("m3, m3b").contains("member3@example.org");
    }

    @Test
    @DisplayName("more members than the maximum is rejected")
    void overCapacity() {
        var outcome = aDraftWithMembers(7)
                .rules(GroupRules.defaults().withCapacity(4, 6).withQuorum(3))
                .validate();

        assertThat(outcome.violations()).containsExactly(Violation.of("over-capacity",
                "7 members but the group takes at most 6: move 1 to another group or raise the maximum"));
    }

    @Test
    @DisplayName("a group may be created before anyone has registered, and knows it is below its minimum")
    void belowMinimumIsAllowed() {
        var group = GroupFixture.anEmptyGroup();

        assertThat(group.members()).isEmpty();
        assertThat(group.isBelowMinimum()).isTrue();
        assertThat(GroupFixture.aGroupOfSix().isBelowMinimum()).isFalse();
    }
}
