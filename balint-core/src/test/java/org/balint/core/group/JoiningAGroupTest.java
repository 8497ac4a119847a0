package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aFullGroupOfTen;
import static org.balint.core.group.GroupFixture.aGroupOfSix;
import static org.balint.core.group.GroupFixture.aWeekBeforeTheSeries;
import static org.balint.core.group.GroupFixture.duringSession;
import static org.balint.core.group.GroupFixture.justAfterSession;
import static org.balint.core.group.GroupFixture.newcomerNadia;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JoiningAGroupTest {

    @Test
    @DisplayName("a newcomer joins a group with a place before the series starts")
    void joinsBeforeStart() {
        var change = aGroupOfSix().join(newcomerNadia(), aWeekBeforeTheSeries());

        assertThat(change).isInstanceOf(MembershipChange.Joined.class);
        var group = change.changedGroup().orElseThrow();
        assertThat(group.members()).hasSize(7).last().isEqualTo(newcomerNadia());
        assertThat(change.reasons()).isEmpty();
    }

    @Test
    @DisplayName("joining leaves the original group unchanged")
    void originalUnchanged() {
        var group = aGroupOfSix();

        group.join(newcomerNadia(), aWeekBeforeTheSeries());

        assertThat(group.members()).hasSize(6);
    }

    @Test
    @DisplayName("a newcomer can still join during session 2")
    void openDuringSessionTwo() {
        assertThat(aGroupOfSix().join(newcomerNadia(), duringSession(2))).isInstanceOf(MembershipChange.Joined.class);
    }

    @Test
    @DisplayName("once session 2 has been held the group is closed to new members")
    void closedAfterSessionTwo() {
        var group = aGroupOfSix();

        var change = group.join(newcomerNadia(), justAfterSession(2));

        assertThat(group.isClosedToNewMembersAt(justAfterSession(2))).isTrue();
        assertThat(codes(change.reasons())).containsExactly("group-closed-to-new-members");
        assertThat(change.reasons().get(0).message())
                .isEqualTo("session 2 has been held and the group closed to new members after it: Nadia Haddad can join the next series");
    }

    @Test
    @DisplayName("a group that closes after session 1 refuses newcomers once session 1 has been held")
    void configurableClosing() {
        var group = GroupFixture.aGroupOf(6, GroupRules.defaults().closingToNewMembersAfter(SessionNumber.of(1)));

        assertThat(codes(group.join(newcomerNadia(), justAfterSession(1)).reasons()))
                .containsExactly("group-closed-to-new-members");
        assertThat(group.join(newcomerNadia(), duringSession(1))).isInstanceOf(MembershipChange.Joined.class);
    }

    @Test
    @DisplayName("a full group refuses a newcomer")
    void full() {
        var group = aFullGroupOfTen();

        assertThat(codes(group.join(newcomerNadia(), aWeekBeforeTheSeries()).reasons())).containsExactly("group-full");
    }

    @Test
    @DisplayName("a group whose presentation slots are all taken refuses a newcomer, who could not present")
    void slotsTaken() {
        var group = GroupFixture.aGroupOf(8, GroupRules.defaults());

        var change = group.join(newcomerNadia(), aWeekBeforeTheSeries());

        assertThat(codes(change.reasons())).containsExactly("group-full");
        assertThat(change.reasons().get(0).message()).contains("8 presentation slots").contains("could not present");
    }

    @Test
    @DisplayName("a member cannot join twice")
    void alreadyMember() {
        var change = aGroupOfSix().join(GroupFixture.member(4), aWeekBeforeTheSeries());

        assertThat(codes(change.reasons())).containsExactly("already-a-member");
    }

    @Test
    @DisplayName("a newcomer with a member's e-mail address is refused")
    void emailTaken() {
        var sameEmail = new Member(new MemberId("x"), "X", Profession.psychologist(), ContactDetails.email("MEMBER2@example.org"));

        assertThat(codes(aGroupOfSix().join(sameEmail, aWeekBeforeTheSeries()).reasons()))
                .containsExactly("email-already-in-group");
    }

    @Test
    @DisplayName("the group's leader cannot join as a member")
    void facultyCannotJoin() {
        var levi = GroupFixture.leaderDrLevi();
        var asMember = new Member(levi.id(), levi.name(), Profession.psychologist(), levi.contact());

        assertThat(codes(aGroupOfSix().join(asMember, aWeekBeforeTheSeries()).reasons())).containsExactly("member-is-faculty");
    }

    @Test
    @DisplayName("a newcomer using a faculty member's e-mail address is taken to be that faculty member")
    void facultyEmailCannotJoin() {
        var sameInbox = new Member(new MemberId("okafor-personal"), "Chidi Okafor", Profession.physician("psychiatry"),
                ContactDetails.email("C.Okafor@example.org"));
        var group = GroupFixture.anEmptyDraft().coLeader(GroupFixture.coLeaderDrOkafor()).validate().orElseThrow();

        assertThat(codes(group.join(sameInbox, aWeekBeforeTheSeries()).reasons())).containsExactly("member-is-faculty");
    }

    @Test
    @DisplayName("a refusal gives every reason at once")
    void everyReason() {
        var change = aFullGroupOfTen().join(GroupFixture.member(1), justAfterSession(3));

        assertThat(codes(change.reasons()))
                .containsExactly("group-closed-to-new-members", "already-a-member", "group-full");
        assertThat(change.changedGroup()).isEmpty();
    }
}
