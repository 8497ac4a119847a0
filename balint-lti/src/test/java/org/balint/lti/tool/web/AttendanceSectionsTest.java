package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.core.attendance.AttendanceStatus;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.ReportId;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.attendance.VideoPlatform;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.balint.lti.tool.attendance.SeriesChart;
import org.balint.lti.tool.attendance.SessionSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The attendance page: one button per member, minutes with inline reasons, the resolver, the import form and the chart")
class AttendanceSectionsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String HIDDEN = "<input type=\"hidden\" name=\"launch_session\" value=\"s\">";
    private static final ScheduledSession ONE = new ScheduledSession(SessionNumber.of(1),
            Instant.parse("2026-03-04T18:00:00Z"), Duration.ofMinutes(90));
    private static final ScheduledSession TWO = new ScheduledSession(SessionNumber.of(2),
            Instant.parse("2026-03-11T18:00:00Z"), Duration.ofMinutes(90));
    private static final MemberId ADA = new MemberId("m-ada");
    private static final MemberId BEN = new MemberId("m-ben");
    private static final ReportId REPORT = new ReportId("ab".repeat(32));

    private final SessionSheet.MemberRow adaPresent = new SessionSheet.MemberRow(ADA, "Ada <Brook>",
            new AttendanceStatus(Standing.PRESENT, Set.of(), 90, 0, 0), DecidedBy.LEADER_CORRECTION);
    private final SessionSheet.MemberRow benNotRecorded = new SessionSheet.MemberRow(BEN, "Ben Cole",
            new AttendanceStatus(Standing.ABSENT, Set.of(), 0, 0, 0), DecidedBy.NO_PRESENCE_EVIDENCE);
    private final UnmatchedAttendee ipad = new UnmatchedAttendee(REPORT, VideoPlatform.ZOOM, "Benny's iPad",
            Optional.empty(), UnmatchedAttendee.Reason.NO_MEMBER, List.of(), List.of(new UnmatchedAttendee.Row(3,
                    new PresenceInterval(Instant.parse("2026-03-04T18:02:00Z"), Instant.parse("2026-03-04T19:30:00Z")))));

    private LeaderAttendance.Overview overview(List<UnmatchedAttendee> unmatched) {
        SessionSheet sheet = new SessionSheet(new GroupId("g-1"), BERLIN, ONE, 90, List.of(adaPresent, benNotRecorded),
                unmatched, List.of());
        return new LeaderAttendance.Overview("Balint group", List.of(ONE, TWO), new SeriesChart(2, List.of(
                new SeriesChart.SessionCount(ONE, true, 1, 1, 0), new SeriesChart.SessionCount(TWO, false, 0, 0, 0))),
                sheet);
    }

    private String render(LeaderAttendance.Overview overview, AttendanceSections.Feedback feedback) {
        return AttendanceSections.render(overview, HIDDEN, "/", feedback);
    }

    @Test
    @DisplayName("a present member's one button marks her absent, a member not recorded gets Mark present; names are escaped")
    void oneButtonPerMember() {
        String html = render(overview(List.of()), AttendanceSections.Feedback.notice("Ada is marked present in session 1."));

        assertThat(html).contains("<h1>Attendance</h1>", "<p class=\"notice\" role=\"status\">Ada is marked present in session 1.</p>",
                "Ada &lt;Brook&gt;", "Present, 90 of 90 minutes; recorded by a leader.", "Not recorded yet (counts as absent).",
                "<h2 id=\"att-sheet\">Session 1: Wed 4 Mar 2026, 19:00</h2>");
        assertThat(html).doesNotContain("Ada <Brook>");
        String ada = html.substring(html.indexOf("data-member=\"m-ada\""), html.indexOf("data-member=\"m-ben\""));
        assertThat(ada).contains("name=\"mark\" value=\"absent\"", ">Mark absent</button>", "value=\"90\"")
                .doesNotContain("Mark present");
        String ben = html.substring(html.indexOf("data-member=\"m-ben\""));
        assertThat(ben).contains("name=\"mark\" value=\"present\"", ">Mark present</button>", "name=\"minutes\" value=\"\"");
        assertThat(html.split("action=\"/lti/attendance/mark\"", -1)).hasSize(3);
        assertThat(html).contains("<option value=\"1\" selected>Session 1: Wed 4 Mar 2026, 19:00</option>");
        assertThat(html).doesNotContain("Attendees to resolve", "role=\"alert\"", "class=\"errors\"");
    }

    @Test
    @DisplayName("refused minutes show the value entered and the reason beside the field, which is marked invalid")
    void minutesWithReason() {
        String html = render(overview(List.of()), new AttendanceSections.Feedback(Optional.empty(),
                Optional.of(new AttendanceSections.MinutesRefused(BEN, "ninety", List.of(Violation.of("minutes-not-a-number",
                        "\"ninety\" is not a whole number of minutes; enter digits only, such as 75.")))), List.of(), List.of()));

        assertThat(html).contains("<div class=\"errors\"><ul><li><a href=\"#att-minutes-2\">The minutes of Ben Cole were"
                + " not saved</a></li></ul></div>");
        assertThat(html.indexOf("href=\"#att-minutes-2\"")).isLessThan(html.indexOf("id=\"att-minutes-2\""));
        String ben = html.substring(html.indexOf("data-member=\"m-ben\""));
        assertThat(ben).contains("<p class=\"error\" id=\"att-minutes-error-2\">&quot;ninety&quot; is not a whole number",
                "(<code>minutes-not-a-number</code>)", "value=\"ninety\"", "aria-invalid=\"true\"",
                "aria-describedby=\"att-name-2 att-minutes-error-2\"");
        String ada = html.substring(html.indexOf("data-member=\"m-ada\""), html.indexOf("data-member=\"m-ben\""));
        assertThat(ada).doesNotContain("aria-invalid");
    }

    @Test
    @DisplayName("a refused report lists each bad line in an alert the file field points to")
    void refusedReport() {
        String html = render(overview(List.of()), new AttendanceSections.Feedback(Optional.empty(), Optional.empty(),
                List.of(Violation.of("unparseable-join-time", "line 3: the join time \"yesterday\" is not a date and time")),
                List.of()));

        assertThat(html).contains("<a href=\"#att-report-errors\">The report was not imported: 1 thing to correct</a>",
                "<div class=\"errors\" role=\"alert\" id=\"att-report-errors\">",
                "<h3>The report was not imported</h3>", "<li>Line 3: the join time &quot;yesterday&quot; is not a date and time."
                        + " <span class=\"reason\">(<code>unparseable-join-time</code>)</span></li>",
                "id=\"att-report\" name=\"report\" accept=\".csv,text/csv\" aria-invalid=\"true\" aria-describedby=\"att-report-errors\"",
                "enctype=\"multipart/form-data\" action=\"/lti/attendance/import\"");
    }

    @Test
    @DisplayName("each unmatched attendee gets one labelled choice of member, Not a member or Decide later, in one form")
    void resolver() {
        String html = render(overview(List.of(ipad)), AttendanceSections.Feedback.none());

        assertThat(html).contains("<h2 id=\"att-resolve\">Attendees to resolve</h2>",
                "<label for=\"att-who-1\">Who is Benny&#39;s iPad (line 3)?</label>", "88 minutes in the report; matches no member.",
                "name=\"who." + REPORT.value() + ".3\"", "<option value=\"\">Decide later</option>",
                "<option value=\"member:m-ada\">Ada &lt;Brook&gt;</option>", "<option value=\"not-a-member\">Not a member</option>",
                ">Save choices</button>");
        assertThat(html.indexOf("Attendees to resolve")).isLessThan(html.indexOf("Import the attendance report"));
    }

    @Test
    @DisplayName("the chart is a data table with the counts in words; its bars are hidden from assistive technology")
    void chart() {
        String html = render(overview(List.of()), AttendanceSections.Feedback.none());

        String chart = html.substring(html.indexOf("<h2 id=\"att-chart\">"));
        assertThat(chart).contains("<caption class=\"hint\" style=\"text-align:left\">Members present in each session, of the"
                + " group's 2 members.</caption>", "<th scope=\"row\">1 <span class=\"hint\">(4 Mar)</span></th><td>1 of 2 (1 absent)"
                + "<div aria-hidden=\"true\"", "width:50%", "<th scope=\"row\">2 <span class=\"hint\">(11 Mar)</span></th><td>not"
                + " recorded</td>");
    }

    @Test
    @DisplayName("a group without accepted members says so instead of an empty sheet")
    void noMembers() {
        SessionSheet empty = new SessionSheet(new GroupId("g-1"), BERLIN, ONE, 90, List.of(), List.of(), List.of());
        String html = render(new LeaderAttendance.Overview("Balint group", List.of(ONE), new SeriesChart(0, List.of(
                new SeriesChart.SessionCount(ONE, false, 0, 0, 0))), empty), AttendanceSections.Feedback.none());

        assertThat(html).contains("The group has no accepted members yet").doesNotContain("Mark present");
    }
}
