package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.grievance.GrievanceFiling;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.grievance.GrievanceStatus;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.grievance.Committee;
import org.balint.lti.tool.grievance.CommitteeSeat;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.grievance.Seated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The concern and committee pages as HTML")
class RenderingConcernPagesTest {

    private static final GroupId GROUP = new GroupId("g1");
    private static final MemberId PRIYA = new MemberId("priya");
    private static final String HIDDEN = "<input type=\"hidden\" name=\"csrf\" value=\"t\">";
    private static final Seated CHAIR = new Seated(PRIYA, "Dr Priya <Raman>", "priya@example.org");
    private static final Instant RECEIVED = Instant.parse("2026-05-01T10:00:00Z");

    private static ProgramGrievances.QueuedGrievance queued(GrievanceStatus status, boolean yours,
            Optional<String> complainant) {
        return new ProgramGrievances.QueuedGrievance(new GrievanceId("GRV-00001"), GROUP, "Tuesday group", complainant,
                true, "Sessions <ended> early", status, RECEIVED,
                status == GrievanceStatus.RECEIVED ? Optional.empty() : Optional.of(RECEIVED),
                Optional.empty(), Optional.empty(), "Dr Priya Raman", yours);
    }

    @Test
    @DisplayName("the concern form names the chair, shows the core's notice, bounds the text and reasons inline")
    void concernForm() {
        var view = new ProgramGrievances.MemberConcerns(GROUP, "Tuesday group", true, Optional.of(CHAIR), List.of());
        var errors = List.of(FieldViolation.at("text", "blank-grievance", "Describe the concern."));

        String html = ConcernPages.member(view, "/b/", HIDDEN, "", true, errors, Optional.empty());

        assertThat(html).contains("goes to Dr Priya &lt;Raman&gt;, chair of the grievance committee")
                .contains("mailto:priya@example.org")
                .contains(GrievanceFiling.TEXT_NOTICE.substring(0, 60)).contains("maxlength=\"5000\"")
                .contains("aria-invalid=\"true\"").contains("<p class=\"error\" id=\"e-text\">")
                .contains("name=\"anonymous\" value=\"yes\" checked").contains("action=\"/b/lti/concern/file\"")
                .contains("None about this group.");
    }

    @Test
    @DisplayName("without a chair the member is told nobody can receive a concern yet and whom to ask")
    void noChair() {
        var view = new ProgramGrievances.MemberConcerns(GROUP, "Tuesday group", true, Optional.empty(), List.of(
                new ProgramGrievances.OwnGrievance(new GrievanceId("GRV-00002"), GrievanceStatus.RESOLVED, RECEIVED,
                        Optional.of(RECEIVED), Optional.of(RECEIVED), Optional.of("Talked it through."))));

        assertThat(ConcernPages.member(view, "/", HIDDEN, "", false, List.of(), Optional.empty()))
                .contains("no chair is named for this platform yet").contains("Ask your program coordinator")
                .contains("<strong>GRV-00002</strong>: resolved").contains("Resolution: Talked it through.");
    }

    @Test
    @DisplayName("the handling chair sees the complainant and the next step; another administrator sees neither")
    void queue() {
        var committee = new Committee(Optional.of(CHAIR), Optional.empty());

        String chairs = ConcernPages.committee(committee, List.of(queued(GrievanceStatus.RECEIVED, true,
                Optional.of("Dr Ada Brook"))), PRIYA, "/", HIDDEN, Optional.empty(), "", "", List.of(), Optional.empty());
        assertThat(chairs).contains("from Dr Ada Brook (anonymous toward faculty)").contains("Acknowledge GRV-00001")
                .contains("<blockquote>Sessions &lt;ended&gt; early</blockquote>").contains("Step down as committee chair");

        String others = ConcernPages.committee(committee, List.of(queued(GrievanceStatus.ACKNOWLEDGED, false,
                Optional.empty())), new MemberId("omar"), "/", HIDDEN, Optional.empty(), "", "", List.of(), Optional.empty());
        assertThat(others).contains("from a member who asked for anonymity toward faculty")
                .doesNotContain("Acknowledge").doesNotContain("Resolve").doesNotContain("Step down as committee chair")
                .contains("Take the seat of deputy chair");
    }

    @Test
    @DisplayName("an acknowledged grievance offers the chair a resolution note; a failed seat form keeps what was typed")
    void resolveAndSeatReasons() {
        var committee = new Committee(Optional.of(CHAIR), Optional.empty());
        var errors = List.of(FieldViolation.at("email", "committee-email-invalid", "Give the e-mail address."));

        String html = ConcernPages.committee(committee, List.of(queued(GrievanceStatus.ACKNOWLEDGED, true,
                Optional.of("Dr Ada Brook"))), new MemberId("omar"), "/", HIDDEN, Optional.of(CommitteeSeat.DEPUTY),
                "Dr Omar Said", "omar@", errors, Optional.empty());

        assertThat(html).contains("<label for=\"f-note-GRV-00001\">Resolution note for GRV-00001</label>")
                .contains("Resolve GRV-00001")
                .contains("id=\"f-deputy-email\" name=\"deputy-email\" aria-describedby=\"e-deputy-email\" aria-invalid=\"true\"")
                .contains("value=\"omar@\"").contains("value=\"Dr Omar Said\"");
    }
}
