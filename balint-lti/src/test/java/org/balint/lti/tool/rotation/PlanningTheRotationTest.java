package org.balint.lti.tool.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.rotation.RotationRig.AFTER_SESSION_ONE;
import static org.balint.lti.tool.rotation.RotationRig.GROUP;
import static org.balint.lti.tool.rotation.RotationRig.LEADER;
import static org.balint.lti.tool.rotation.RotationRig.id;

import java.util.List;
import java.util.Optional;
import org.balint.core.group.ScheduledSession;
import org.balint.core.rotation.SwapRequest;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Planning a group's rotation from the leader's and the members' pages")
class PlanningTheRotationTest {

    private final RotationRig rig = new RotationRig(List.of("Ames", "Baker", "Chen", "Diaz"));

    @AfterEach
    void close() {
        rig.close();
    }

    private static RotationRefusal refused(RotationAnswer answer) {
        assertThat(answer).isInstanceOf(RotationAnswer.Refused.class);
        return ((RotationAnswer.Refused) answer).refusal();
    }

    private static String done(RotationAnswer answer) {
        assertThat(answer).isInstanceOf(RotationAnswer.Done.class);
        return ((RotationAnswer.Done) answer).notice();
    }

    private static List<String> codes(RotationRefusal refusal) {
        return refusal.reasons().stream().map(FieldViolation::violation).map(Violation::code).toList();
    }

    @Test
    @DisplayName("before anything is published the leader sees the planner's proposal, in which everyone presents")
    void firstProposal() {
        LeaderRotation view = rig.leader();

        assertThat(view.published()).isEmpty();
        assertThat(view.guarantee().met()).isTrue();
        assertThat(rig.shown()).isEqualTo("1: Ames | 2: Baker | 3: Chen | 4: Diaz | 5: Ames | 6: Baker");
        assertThat(rig.memberView("Ames").planPublished()).isFalse();
        assertThat(rig.memberView("Ames").turns()).isEmpty();
    }

    @Test
    @DisplayName("publishing gives members their turns with the session's time; the proposal is gone until the next change")
    void publishing() {
        assertThat(done(rig.publish())).contains("published");

        LeaderRotation view = rig.leader();
        assertThat(view.published()).isPresent();
        assertThat(view.proposal()).isEmpty();
        assertThat(view.guarantee().met()).isTrue();
        MemberRotation chen = rig.memberView("Chen");
        assertThat(chen.turns()).extracting(ScheduledSession::number).extracting(n -> n.value()).containsExactly(3);
        assertThat(chen.nextTurn()).map(s -> s.start().atZone(RotationRig.BERLIN).toLocalDateTime().toString())
                .contains("2026-03-18T19:00");
        assertThat(codes(refused(rig.rotation.publish(rig.tenant, GROUP, LEADER, "anything"))))
                .containsExactly("nothing-to-publish");
    }

    @Test
    @DisplayName("a proposal that changed since the leader saw it is not published")
    void staleProposal() {
        String seen = rig.leader().proposal().orElseThrow().fingerprint();
        rig.join("Evans");

        RotationRefusal refusal = refused(rig.rotation.publish(rig.tenant, GROUP, LEADER, seen));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(codes(refusal)).containsExactly("proposal-changed");
        assertThat(rig.leader().published()).isEmpty();
    }

    @Test
    @DisplayName("the leader swaps two turns; a swap with a session already held is refused with the reason, nothing changed")
    void swapping() {
        done(rig.publish());

        String notice = done(rig.rotation.swap(rig.tenant, GROUP, LEADER, "2:m-baker", "4:m-diaz"));

        assertThat(notice).isEqualTo("Baker now presents in session 4 and Diaz in session 2, in the proposal below. "
                + "Publish it to tell the group.");
        assertThat(rig.shown()).isEqualTo("1: Ames | 2: Diaz | 3: Chen | 4: Baker | 5: Ames | 6: Baker");
        assertThat(rig.leader().proposal().orElseThrow().changes()).hasSize(2);
        rig.clock.set(AFTER_SESSION_ONE);
        RotationRefusal refusal = refused(rig.rotation.swap(rig.tenant, GROUP, LEADER, "1:m-ames", "3:m-chen"));
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.reasons()).extracting(FieldViolation::field).containsExactly(Optional.of(GroupRotation.FIRST));
        assertThat(codes(refusal)).containsExactly("session-held");
        assertThat(codes(refused(rig.rotation.swap(rig.tenant, GROUP, LEADER, "3:m-baker", "5:m-ames"))))
                .containsExactly("not-their-turn");
        assertThat(done(rig.publish())).contains("published");
        assertThat(rig.memberView("Baker").turns()).extracting(s -> s.number().value()).containsExactly(4, 6);
    }

    @Test
    @DisplayName("a volunteer gets the session they have a case for, unless it would cost someone their turn")
    void volunteers() {
        done(rig.publish());

        assertThat(done(rig.rotation.assignVolunteer(rig.tenant, GROUP, LEADER, "m-chen", "5")))
                .startsWith("Chen presents in session 5 in the proposal below");
        assertThat(rig.leader().shown().orElseThrow().presentersIn(org.balint.core.group.SessionNumber.of(5)))
                .containsExactly(id("Chen"));
        assertThat(rig.leader().guarantee().met()).isTrue();

        RotationRefusal refusal = refused(rig.rotation.assignVolunteer(rig.tenant, GROUP, LEADER, "m-nobody", "9"));
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.reasons()).extracting(r -> r.field().orElseThrow() + " " + r.violation().code())
                .containsExactly("member not-a-member", "session unknown-session");
    }

    @Test
    @DisplayName("a member asks to swap; one request waits at a time; the leader accepts it into the proposal and publishes")
    void memberSwapRequest() {
        done(rig.publish());
        MemberRotation ames = rig.memberView("Ames");
        assertThat(ames.ownOpenTurns()).extracting(s -> s.session().value()).containsExactly(1, 5);
        assertThat(ames.swapOptions()).extracting(GroupRotation::turnValue)
                .containsExactly("2:m-baker", "3:m-chen", "4:m-diaz", "6:m-baker");

        assertThat(done(rig.rotation.requestSwap(rig.tenant, GROUP, id("Ames"), "1", "3:m-chen")))
                .startsWith("Your request to swap session 1 for session 3 (Chen's turn) is sent to the leader.");
        RotationRefusal again = refused(rig.rotation.requestSwap(rig.tenant, GROUP, id("Ames"), "5", "6:m-baker"));
        assertThat(codes(again)).containsExactly("request-pending");
        RotationRefusal notMine = refused(rig.rotation.requestSwap(rig.tenant, GROUP, id("Baker"), "3", "4:m-diaz"));
        assertThat(notMine.reasons()).extracting(r -> r.field().orElseThrow() + " " + r.violation().code())
                .containsExactly("turn not-their-turn");

        LeaderRotation leader = rig.leader();
        assertThat(leader.desk().pending()).hasSize(1);
        String request = leader.desk().pending().get(0).id();
        assertThat(done(rig.rotation.decide(rig.tenant, GROUP, LEADER, request, true))).contains("accepted");
        assertThat(rig.shown()).isEqualTo("1: Chen | 2: Baker | 3: Ames | 4: Diaz | 5: Ames | 6: Baker");
        assertThat(codes(refused(rig.rotation.decide(rig.tenant, GROUP, LEADER, request, false))))
                .containsExactly("request-already-decided");
        done(rig.publish());
        assertThat(rig.memberView("Ames").requests()).extracting(SwapRequest::status)
                .containsExactly(SwapRequest.Status.ACCEPTED);
        assertThat(rig.memberView("Ames").turns()).extracting(s -> s.number().value()).containsExactly(3, 5);
    }

    @Test
    @DisplayName("after a member joins the guarantee says who has no turn; the re-plan gives them one")
    void replanAfterJoining() {
        done(rig.publish());
        rig.join("Evans");

        LeaderRotation view = rig.leader();
        assertThat(view.guarantee().met()).isFalse();
        assertThat(view.guarantee().reasons()).extracting(Violation::code).containsExactly("member-without-turn");
        assertThat(view.guarantee().reasons().get(0).message()).startsWith("Evans (m-evans) is a member but has no turn");

        assertThat(done(rig.rotation.replan(rig.tenant, GROUP, LEADER))).contains("1 place changes");
        assertThat(rig.leader().guarantee().met()).isTrue();
        assertThat(rig.leader().shown().orElseThrow().sessionsOf(id("Evans"))).hasSize(1);
        done(rig.publish());
        assertThat(rig.leader().guarantee().met()).isTrue();
    }

    @Test
    @DisplayName("after a member drops out their future turns go to others; held sessions stay as they were")
    void replanAfterLeaving() {
        done(rig.publish());
        rig.clock.set(AFTER_SESSION_ONE);
        rig.leave("Ames");

        assertThat(rig.leader().guarantee().reasons()).extracting(Violation::code).containsExactly("presenter-not-a-member");
        done(rig.rotation.replan(rig.tenant, GROUP, LEADER));

        assertThat(rig.shown()).startsWith("1: m-ames | 2: Baker | 3: Chen | 4: Diaz");
        assertThat(rig.leader().shown().orElseThrow().sessionsOf(id("Ames"))).hasSize(1);
        assertThat(rig.leader().guarantee().met()).isTrue();
        done(rig.publish());
    }

    @Test
    @DisplayName("when not everyone can present, the guarantee names who and why, and nothing can be published")
    void guaranteeNotMet() {
        // six members for six places, but no rotation was published before two sessions had gone by
        RotationRig crowded = new RotationRig(List.of("Ames", "Baker", "Chen", "Diaz", "Evans", "Fox"));
        crowded.clock.set(java.time.Instant.parse("2026-03-12T10:00:00Z"));
        try {
            LeaderRotation view = crowded.leader();
            assertThat(view.guarantee().met()).isFalse();
            assertThat(view.guarantee().reasons()).extracting(Violation::code).containsExactly("not-enough-places");
            assertThat(view.guarantee().reasons().get(0).message())
                    .isEqualTo("6 members still need a turn but only 4 places remain, in sessions 3 to 6");
            assertThat(view.proposal().orElseThrow().plan()).isEmpty();
            assertThat(codes(refused(crowded.rotation.publish(crowded.tenant, GROUP, LEADER,
                    view.proposal().orElseThrow().fingerprint())))).containsExactly("not-enough-places");
        } finally {
            crowded.close();
        }
    }
}
