package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.rotation.RotationRig.GROUP;
import static org.balint.lti.tool.rotation.RotationRig.LEADER;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.RotationAnswer;
import org.balint.lti.tool.rotation.RotationRig;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rotation pages of leaders and members")
class RotationPagesTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final ActiveSession SESSION = new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(
            new PlatformDeployment("https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub",
            EnumSet.of(BalintRole.LEADER), Optional.of(new GroupId("balint-rotation")), AT, AT.plusSeconds(3600)));
    private static final String SCRIPT = "<script>alert('x')</script>";

    private final RotationRig rig = new RotationRig(List.of("Ames", "Baker", "Chen"));

    @AfterEach
    void close() {
        rig.close();
    }

    private String leaderPage(RotationPages.Entered entered) {
        return RotationPages.leader(rig.leader(), SESSION, "/ctx/", entered);
    }

    @Test
    @DisplayName("a first proposal shows every session with its presenter, the guarantee met and a publish form with the proposal's fingerprint")
    void firstProposal() {
        rig.join(new Member(new MemberId("m-odd"), "Dr " + SCRIPT, Profession.physician("family medicine"),
                ContactDetails.email("odd@clinic.example")));

        String html = leaderPage(RotationPages.Entered.none());

        assertThat(html).contains("<h2 id=\"plan\">Proposal, not published yet</h2>")
                .contains("data-guarantee=\"met\"")
                .contains("<tr data-session=\"1\"><td>1</td><td>Wed 4 Mar 2026, 19:00</td><td>Ames</td></tr>")
                .contains("Dr &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT)
                .contains("action=\"/ctx/lti/rotation/publish\"")
                .contains("name=\"proposal\" value=\"" + rig.leader().proposal().orElseThrow().fingerprint() + "\"")
                .contains("name=\"launch_session\" value=\"tok&quot;en\"").contains("name=\"csrf\" value=\"cs&lt;rf\"")
                .contains("<button type=\"submit\">Assign volunteer</button>")
                .contains("<button type=\"submit\">Swap turns</button>")
                .contains("<button type=\"submit\">Re-plan from the planner</button>");
    }

    @Test
    @DisplayName("when a member has no turn, the guarantee is shown as not met with the reason and what to do next")
    void guaranteeNotMet() {
        rig.publish();
        rig.join("Diaz");

        String html = leaderPage(RotationPages.Entered.none());

        assertThat(html).contains("<h2 id=\"plan\">Published plan</h2>")
                .contains("data-guarantee=\"not-met\"")
                .contains("Diaz (m-diaz) is a member but has no turn in the plan; re-plan to give them one")
                .contains("<code>member-without-turn</code>")
                .contains("Re-plan below");
    }

    @Test
    @DisplayName("a refused change shows the reasons at the top and beside the field, with the entered choice kept")
    void refusedChange() {
        RotationAnswer answer = rig.rotation.assignVolunteer(rig.tenant, GROUP, LEADER, "m-baker", "0");
        var refusal = ((RotationAnswer.Refused) answer).refusal();

        String html = leaderPage(new RotationPages.Entered(refusal.reasons(),
                Map.of(GroupRotation.MEMBER, "m-baker", GroupRotation.SESSION, "0")));

        assertThat(html).contains("role=\"alert\"").contains("<a href=\"#f-session\">")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"h-session e-session\"")
                .contains("<option value=\"m-baker\" selected>Baker</option>")
                .contains("<code>unknown-session</code>");
    }

    @Test
    @DisplayName("a member's swap request waits on the leader's page with accept and decline, and on the member's page with its status")
    void swapRequest() {
        rig.publish();
        rig.rotation.requestSwap(rig.tenant, GROUP, RotationRig.id("Ames"), "1", "3:m-chen");

        String leader = leaderPage(RotationPages.Entered.none());
        String member = RotationPages.member(rig.memberView("Ames"), SESSION, "/ctx/", RotationPages.Entered.none());

        assertThat(leader).contains("Ames asks to present in session 3 instead of session 1, swapping with Chen.")
                .contains("Accept the swap of Ames").contains("Decline the swap of Ames")
                .contains("name=\"decision\" value=\"accept\"").contains("name=\"request\" value=\"request-1\"");
        assertThat(member).contains("<strong>Next: Session 1, Wed 4 Mar 2026, 19:00 (Europe/Berlin)</strong>")
                .contains("Session 4, Wed 25 Mar 2026, 19:00")
                .contains("data-request-status=\"pending\"").contains("waiting for the leader")
                .contains("Your swap request is waiting for the leader")
                .doesNotContain("Ask the leader to swap</button>");
    }

    @Test
    @DisplayName("a member sees their turns and the swap form offering only other members' turns still to come")
    void memberPage() {
        assertThat(RotationPages.member(rig.memberView("Baker"), SESSION, "/ctx/", RotationPages.Entered.none()))
                .contains("has not published the case-presentation rotation yet");
        rig.publish();

        String html = RotationPages.member(rig.memberView("Baker"), SESSION, "/ctx/", RotationPages.Entered.none());

        assertThat(html).contains("action=\"/ctx/lti/presenting/request\"")
                .contains("<label for=\"f-turn\">Your turn</label>")
                .contains("<option value=\"3:m-chen\">Session 3, Wed 18 Mar 2026, 19:00 — Chen</option>")
                .doesNotContain("value=\"2:m-baker\"")
                .contains("<button type=\"submit\">Ask the leader to swap</button>");
    }
}
