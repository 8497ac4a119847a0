package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.aDraftWithMembers;
import static org.balint.core.group.GroupFixture.anEmptyDraft;
import static org.balint.core.group.GroupFixture.candidateLeaderMsPark;
import static org.balint.core.group.GroupFixture.coLeaderDrOkafor;
import static org.balint.core.group.GroupFixture.leaderDrLevi;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TheFacultyMustBeCompleteTest {

    @Test
    @DisplayName("a group without a leader is rejected")
    void leaderMissing() {
        var outcome = BalintGroup.draft(GroupFixture.GROUP_ID).title("Spring").videoLink(GroupFixture.VIDEO_LINK)
                .schedule(GroupFixture.CHICAGO, GroupFixture.eightWeeklySessions()).validate();

        assertThat(codes(outcome.violations())).containsExactly("leader-missing");
    }

    @Test
    @DisplayName("a candidate leader without a supervisor is rejected")
    void candidateWithoutSupervisor() {
        var outcome = anEmptyDraft().candidateLeader(candidateLeaderMsPark()).validate();

        assertThat(codes(outcome.violations())).containsExactly("candidate-without-supervisor");
        assertThat(outcome.violations().get(0).message()).contains("Jin Park, LCSW");
    }

    @Test
    @DisplayName("the leader may supervise the candidate leader")
    void leaderSupervises() {
        var group = anEmptyDraft().coLeader(coLeaderDrOkafor()).candidateLeader(candidateLeaderMsPark())
                .supervisor(leaderDrLevi()).validate().orElseThrow();

        assertThat(group.faculty().roleOf(candidateLeaderMsPark().id())).contains(FacultyRole.CANDIDATE_LEADER);
        assertThat(group.faculty().roleOf(coLeaderDrOkafor().id())).contains(FacultyRole.CO_LEADER);
        assertThat(group.faculty().supervisor()).contains(leaderDrLevi());
        assertThat(group.faculty().everyone()).hasSize(3);
        assertThat(group.faculty().sessionLeaders()).hasSize(3);
    }

    @Test
    @DisplayName("a supervisor from outside the group is on the faculty but does not lead sessions")
    void outsideSupervisor() {
        var supervisor = new FacultyMember(new MemberId("f-stein"), "Dr. Ada Stein", ContactDetails.email("stein@example.org"));
        var group = anEmptyDraft().candidateLeader(candidateLeaderMsPark()).supervisor(supervisor).validate().orElseThrow();

        assertThat(group.faculty().roleOf(supervisor.id())).contains(FacultyRole.SUPERVISOR);
        assertThat(group.faculty().sessionLeaders()).doesNotContain(supervisor);
        assertThat(group.faculty().everyone()).contains(supervisor);
    }

    @Test
    @DisplayName("a candidate leader cannot supervise themselves")
    void candidateSupervisesSelf() {
        var outcome = anEmptyDraft().candidateLeader(candidateLeaderMsPark()).supervisor(candidateLeaderMsPark()).validate();

        assertThat(codes(outcome.violations())).containsExactly("candidate-supervises-self");
    }

    @Test
    @DisplayName("one person cannot hold two leading roles")
    void facultyListedTwice() {
        var outcome = anEmptyDraft().coLeader(leaderDrLevi()).validate();

        assertThat(codes(outcome.violations())).containsExactly("faculty-listed-twice");
    }

    @Test
    @DisplayName("a faculty member cannot also be a member")
    void facultyAlsoMember() {
        var levi = leaderDrLevi();
        var leviAsMember = new Member(levi.id(), levi.name(), Profession.psychologist(), levi.contact());

        var outcome = aDraftWithMembers(5).member(leviAsMember).validate();

        assertThat(codes(outcome.violations())).containsExactly("faculty-also-member");
    }

    @Test
    @DisplayName("a member using a faculty member's e-mail address is taken to be that faculty member")
    void facultyAlsoMemberByEmail() {
        var sameInbox = new Member(new MemberId("m-other"), "R. Levi", Profession.psychologist(),
                ContactDetails.email("RUTH.LEVI@example.org"));

        assertThat(codes(aDraftWithMembers(5).member(sameInbox).validate().violations()))
                .containsExactly("faculty-also-member");
    }
}
