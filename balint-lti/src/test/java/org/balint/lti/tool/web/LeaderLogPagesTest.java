package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.CredentialingPathway;
import org.balint.core.leadership.LeadRole;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LeaderLogbook;
import org.balint.core.leadership.LogEntry;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.leaderlog.EntryRequest;
import org.balint.lti.tool.leaderlog.LogOverview;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The leader's own log page")
class LeaderLogPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final GroupId GROUP = new GroupId("g-1");
    private static final MemberId LEVI = new MemberId("f-levi");
    private static final FacultyMember OKAFOR = new FacultyMember(new MemberId("f-okafor"), "Dr. Okafor " + SCRIPT,
            ContactDetails.email("okafor@example.org"));
    private static final ScheduledSession FIRST = new ScheduledSession(SessionNumber.of(1),
            Instant.parse("2027-01-14T18:00:00Z"), Duration.ofMinutes(90));

    private static LogOverview overview(LeaderLog log, List<ScheduledSession> held, List<FacultyMember> supervisors) {
        CredentialingPathway pathway = CredentialingPathway.balintSocietyDefaults(ZURICH);
        return new LogOverview(GROUP, "Spring " + SCRIPT, ZURICH, log, pathway, LeaderLogbook.progress(log, pathway), held,
                supervisors);
    }

    @Test
    @DisplayName("shows progress in plain words, the three forms, and every entry; everything escaped")
    void everything() {
        LeaderLog log = new LeaderLog(LEVI, List.of(new LogEntry.LedSession(GROUP, SessionNumber.of(1), FIRST.start(),
                LeadRole.CO_LEAD)), List.of(new LogEntry.SupervisedSession(OKAFOR.id(), LocalDate.of(2027, 1, 20))),
                List.of(LogEntry.IntensiveAttended.oneDay("Intensive " + SCRIPT, LocalDate.of(2026, 10, 2))));

        String html = LeaderLogPages.render(overview(log, List.of(FIRST), List.of(OKAFOR)), "<input type=\"hidden\">", "/b/",
                Optional.empty(), List.of());

        assertThat(html).doesNotContain(SCRIPT).contains("Only you see this log.", "Europe/Zurich",
                "1 of 24 months leading or co-leading a group; 23 to go", "1 of 12 supervised sessions; 11 to go",
                "1 of 3 intensives; 2 to go", "action=\"/b/lti/log/led\"", "action=\"/b/lti/log/supervised\"",
                "action=\"/b/lti/log/intensive\"", "Session 1, Thu 14 Jan 2027, 19:00", "value=\"f-okafor\"",
                "Dr. Okafor &lt;script&gt;", "Co-led session 1 of Spring &lt;script&gt;", "20 Jan 2027, supervised by Dr. Okafor",
                "Intensive &lt;script&gt;", "Nothing about patients.", "maxlength=\"200\"", "My entries (3)");
        assertThat(html).doesNotContain("aria-invalid");
    }

    @Test
    @DisplayName("a refused entry comes back in its own form with the reasons beside the fields and the values kept")
    void refused() {
        var posted = new EntryRequest("supervised", "", "", "2027-02-11", "f-okafor", "", "", "");
        var errors = List.of(FieldViolation.at(EntryRequest.DATE_FIELD, "date-in-future",
                "the supervised session is dated 2027-02-11, after today (2027-02-10); log it after it has taken place"));

        String html = LeaderLogPages.render(overview(LeaderLog.empty(LEVI), List.of(FIRST), List.of(OKAFOR)), "", "/",
                Optional.of(posted), errors);

        assertThat(html).contains("role=\"alert\"", "<code>date-in-future</code>", "id=\"e-supervised_date\"",
                "aria-invalid=\"true\"", "value=\"2027-02-11\"", "value=\"f-okafor\" selected",
                "The supervised session is dated 2027-02-11");
        assertThat(html.split("aria-invalid", -1)).hasSize(2);
        assertThat(html.split("role=\"alert\"", -1)).hasSize(2);
    }

    @Test
    @DisplayName("before any session is held, or with nobody to supervise, the forms say why they are missing")
    void nothingToChooseFrom() {
        String html = LeaderLogPages.render(overview(LeaderLog.empty(LEVI), List.of(), List.of()), "", "/", Optional.empty(),
                List.of());

        assertThat(html).contains("No session of this group has been held yet.", "A supervisor joins the faculty",
                "Nothing is logged yet.").doesNotContain("action=\"/lti/log/led\"", "action=\"/lti/log/supervised\"");
    }
}
