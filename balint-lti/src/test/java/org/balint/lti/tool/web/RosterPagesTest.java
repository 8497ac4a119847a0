package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.roster.SyncReport;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The leader's roster section and the page after a sync")
class RosterPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    private static ActiveSession leader() {
        return new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(new PlatformDeployment(
                "https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub", EnumSet.of(BalintRole.LEADER),
                Optional.empty(), Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T14:00:00Z")));
    }

    @Test
    @DisplayName("the leader's home has the sync button, posting the launch session and its CSRF token")
    void leaderHomeHasTheButton() {
        ZoneId zone = ZoneId.of("Europe/Zurich");
        BalintGroup group = BalintGroup.draft(new GroupId("g-1")).title("Spring")
                .schedule(zone, GroupSchedule.weeklySessions(zone, LocalDateTime.parse("2027-01-14T19:00"), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/b")
                .leader(new FacultyMember(new MemberId("m-1"), "Mira", ContactDetails.email("mira@example.org")))
                .validate().orElseThrow();

        String page = CoursePages.render(new LaunchView.LeaderHome(leader(), group, FacultyRole.LEADER, false), "/app/").html();

        assertThat(page).contains("action=\"/app/lti/group/roster/sync\"", "Sync roster with the course",
                "<input type=\"hidden\" name=\"launch_session\" value=\"tok&quot;en\">",
                "<input type=\"hidden\" name=\"csrf\" value=\"cs&lt;rf\">");
    }

    @Test
    @DisplayName("a sync lists who was added, who left, who is unchanged and who is not registered, every name escaped")
    void syncedPage() {
        String page = RosterPages.result(new SyncReport.Synced(SyncReport.Reading.FULL, List.of("Tea Cher"),
                List.of(SCRIPT), List.of("Stu Dent"), List.of("Sam Second", "a learner whose name the course does not share"),
                List.of(Violation.of("series-finished", "Ann left the course but stays in the group's record"))), leader(), "/");

        assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;")
                .contains("Added to the faculty as co-leaders (1)", "Left the course, and so the group (1)",
                        "Registered and still in the course (1)", "In the course, not registered (2)", "series-finished",
                        "Sync again");
    }

    @Test
    @DisplayName("a failed sync says why, with its reason code, that nothing changed, and whether trying again may help")
    void failedPage() {
        String page = RosterPages.result(new SyncReport.Failed("roster-response-malformed", "The platform's answer is bad.",
                false), leader(), "/");

        assertThat(page).contains("roster-response-malformed", "Nothing in the group was changed", "Try again")
                .doesNotContain("in a few minutes");
        assertThat(RosterSyncResource.status(new SyncReport.Failed("roster-response-malformed", "x", false))).isEqualTo(502);
        assertThat(RosterSyncResource.status(new SyncReport.Failed("roster-service-unavailable", "x", true))).isEqualTo(503);
        assertThat(RosterSyncResource.status(new SyncReport.Failed("roster-group-missing", "x", false))).isEqualTo(409);
    }
}
