package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditOffer;
import org.balint.core.credit.CreditType;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.credit.PreparedCreditPolicy;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.gradebook.MemberSyncStatus;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The credit section of a leader's page")
class CreditSectionTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final Instant FIRST = Instant.parse("2026-03-04T18:00:00Z");
    private static final ActiveSession LEADER = new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(
            new PlatformDeployment("https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub",
            EnumSet.of(BalintRole.LEADER), Optional.of(new GroupId("g-1")), FIRST, FIRST.plusSeconds(3600)));

    @Test
    @DisplayName("lists every member's decision and gradebook status; only a failed result offers Send again; everything escaped")
    void rendersEveryState() {
        List<LeaderCredit.MemberCredit> members = List.of(
                credit("m-1", "Ada " + SCRIPT, 0, new MemberSyncStatus.Failed(1, "user-not-gradable", "Refused <b>for good</b>.")),
                credit("m-2", "Ben", 90, new MemberSyncStatus.Delivered(2, FIRST.plusSeconds(60))),
                credit("m-3", "Cleo", 45, new MemberSyncStatus.Retrying(1, 2, FIRST.plusSeconds(120), "HTTP 503")),
                new LeaderCredit.MemberCredit(new MemberId("m-4"), "Dan", new CreditOffer(CreditType.AAFP_PRESCRIBED, false,
                        "Offered to physicians only."), Optional.empty(), new MemberSyncStatus.NothingToSend()),
                credit("m-5", "Eve", 90, new MemberSyncStatus.Pending(1, FIRST)));
        LeaderCredit.CreditOverview overview = new LeaderCredit.CreditOverview(new GroupId("g-1"),
                CreditHours.ofQuarterHours(48), List.of(), members);

        String html = CreditSection.render(overview, LEADER, "/", Optional.of("Recorded 4 decisions"));

        assertThat(html).doesNotContain(SCRIPT, "<b>for good</b>", "tok\"en", "cs<rf")
                .contains("<h2 id=\"credit\">Credit</h2>", "Recorded 4 decisions", "at most 12.00 credit",
                        "Ada &lt;script&gt;", "Refused &lt;b&gt;for good&lt;/b&gt;.", "<code>user-not-gradable</code>",
                        "action=\"/lti/group/credit/send-again\"", "name=\"member\" value=\"m-1\"",
                        "action=\"/lti/group/credit/record\"", "Record credit decisions",
                        "value=\"tok&quot;en\"", "value=\"cs&lt;rf\"",
                        "<strong>Eligible</strong>: 12.00 credit", "<strong>Not eligible</strong>",
                        "data-sync=\"delivered\"", "data-sync=\"retrying\"", "attempt 2 failed (HTTP 503)",
                        "Not offered: Offered to physicians only.", "data-sync=\"none\"", "data-sync=\"pending\"");
        assertThat(html.split("Send again</button>", -1)).hasSize(2);
    }

    @Test
    @DisplayName("as a page of its own, statuses read sent, waiting, refused or not gradable in the platform's words, or not sent yet")
    void clearStatuses() {
        List<LeaderCredit.MemberCredit> members = List.of(
                credit("m-1", "Ada", 0, new MemberSyncStatus.Failed(1, "user-not-gradable", "The platform does not take grades.")),
                credit("m-2", "Ben", 90, new MemberSyncStatus.Delivered(2, FIRST.plusSeconds(60))),
                credit("m-3", "Cleo", 45, new MemberSyncStatus.Retrying(1, 2, FIRST.plusSeconds(120), "HTTP 503")),
                credit("m-4", "Dan", 90, new MemberSyncStatus.Failed(1, "line-item-gone", "The gradebook column no longer exists.")),
                credit("m-5", "Eve", 90, new MemberSyncStatus.Pending(1, FIRST)),
                credit("m-6", "Fay", 90, new MemberSyncStatus.NothingToSend()));

        String html = CreditSection.page(new LeaderCredit.CreditOverview(new GroupId("g-1"), CreditHours.ofQuarterHours(48),
                List.of(), members), LEADER, "/", Optional.empty());

        assertThat(html).startsWith("<h1 id=\"credit\">Credit and the gradebook</h1>").doesNotContain("<section")
                .contains("<strong>Not gradable</strong></span>: The platform does not take grades.",
                        "data-failure=\"line-item-gone\"><strong>Refused</strong></span>: The gradebook column no longer exists.",
                        "<strong>Sent</strong></span> 4 Mar 2026, 18:01 UTC",
                        "<strong>Waiting</strong></span>: attempt 2 failed (HTTP 503); Balint tries again",
                        "<strong>Waiting</strong></span> to be sent", "<strong>Not sent yet</strong></span>: record the credit",
                        "aria-label=\"Send again: Ada\"");
        assertThat(html.split("Send again</button>", -1)).hasSize(3);
    }

    @Test
    @DisplayName("a group without members says so and offers no form")
    void noMembers() {
        String html = CreditSection.render(new LeaderCredit.CreditOverview(new GroupId("g-1"), CreditHours.ofQuarterHours(48),
                List.of(), List.of()), LEADER, "/", Optional.empty());

        assertThat(html).contains("The group has no members yet.").doesNotContain("<form");
    }

    /** A physician who attended every session, session 3 for {@code minutesInSession3} minutes (0: none at all). */
    private static LeaderCredit.MemberCredit credit(String id, String name, int minutesInSession3, MemberSyncStatus status) {
        Member member = new Member(new MemberId(id), name, Profession.physician("family medicine"),
                ContactDetails.email(id + "@clinic.example"));
        List<ScheduledSession> sessions = new ArrayList<>();
        List<SessionAttendance> attendance = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            Instant start = FIRST.plus(Duration.ofDays(7L * (n - 1)));
            sessions.add(new ScheduledSession(SessionNumber.of(n), start, Duration.ofMinutes(90)));
            if (minutesInSession3 > 0) {
                long minutes = n == 3 ? minutesInSession3 : 90;
                attendance.add(new SessionAttendance(member.id(), SessionNumber.of(n),
                        List.of(new PresenceInterval(start, start.plus(Duration.ofMinutes(minutes))))));
            }
        }
        PreparedCreditPolicy policy = AafpPrescribedPolicy.preset().prepare(sessions).orElseThrow();
        CreditDecision decision = policy.evaluate(member, attendance, EvaluationCompletion.NOT_COMPLETED).orElseThrow();
        return new LeaderCredit.MemberCredit(member.id(), name, new CreditOffer(CreditType.AAFP_PRESCRIBED, true, "Offered."),
                Optional.of(decision), status);
    }
}
