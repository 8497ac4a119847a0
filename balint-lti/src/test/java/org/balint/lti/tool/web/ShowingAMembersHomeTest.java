package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceSheets;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EnteredInterval;
import org.balint.core.audit.Actor;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRecords;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Groups;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PublishedPlan;
import org.balint.core.rotation.RotationPlans;
import org.balint.core.validation.Validated;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.api.ApiRecords;
import org.balint.lti.tool.api.MemberHome;
import org.balint.lti.tool.api.MemberRecords;
import org.balint.lti.tool.api.MemberViews;
import org.balint.lti.tool.documents.CertificateStanding;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.persistence.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's home page: schedule in their zone, attendance, credit with reasons, documents")
class ShowingAMembersHomeTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Friday after the third of eight Wednesday sessions (4 March to 22 April 2026). */
    private static final Clock MID_SERIES = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
    private static final Tenant TENANT = new Tenant("https://moodle.example.edu", "1");
    private static final Member ZOE = new Member(new MemberId("zoe"), "Zoë Ångström-Núñez",
            Profession.physician("family medicine"), ContactDetails.email("zoe@example.org"));
    private static final FacultyMember LEADER = new FacultyMember(new MemberId("mira"), "Mira " + SCRIPT,
            ContactDetails.email("mira@example.org"));
    private static final ActiveSession SESSION = new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(
            new PlatformDeployment("https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub",
            EnumSet.of(BalintRole.MEMBER), Optional.of(new GroupId("g-1")), Instant.parse("2026-03-20T09:00:00Z"),
            Instant.parse("2026-03-20T13:00:00Z")));
    private static final CertificateStanding NOT_YET = new CertificateStanding.Unavailable("no-certificate-yet", 404,
            "Your credit is not decided yet: attend the remaining sessions.");

    private final List<AttendanceSheet> sheets = new ArrayList<>();
    private final List<CreditRecord> credit = new ArrayList<>();
    private BalintGroup group;

    @BeforeEach
    void zoePresentAtTheFirstSessionAbsentAtTheSecondTheThirdNotRecorded() {
        group = BalintGroup.draft(new GroupId("g-1")).title("Spring " + SCRIPT)
                .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/b?x=1&y=2")
                .leader(LEADER)
                .members(List.of(ZOE))
                .rules(GroupRules.defaults().withCapacity(1, 10).withQuorum(1))
                .validate().orElseThrow();
        ScheduledSession first = group.schedule().sessions().get(0);
        sheets.add(AttendanceSheet.open(group.id(), first, AttendanceThresholds.defaults())
                .setPresence(ZOE.id(), List.of(new EnteredInterval(first.start(), first.end())), group.members(),
                        Actor.person(LEADER.id()), MID_SERIES).orElseThrow());
        sheets.add(AttendanceSheet.open(group.id(), group.schedule().sessions().get(1), AttendanceThresholds.defaults()));
    }

    @Test
    @DisplayName("in the group's zone by default, saying so; the next session is highlighted; credit not decided says what is needed")
    void groupsZone() {
        String page = render(Optional.empty(), NOT_YET);

        assertThat(page).doesNotContain(SCRIPT).contains("<h1>Spring &lt;script&gt;")
                .contains("Led by Mira &lt;script&gt;")
                .contains("Times in Europe/Berlin, the group's time zone.")
                .contains("<strong>Session 4: Wednesday 25 March 2026, 19:00–20:30</strong> (Europe/Berlin)")
                .contains("href=\"https://meet.example.org/b?x=1&amp;y=2\"")
                .contains("<tr class=\"next\"><th scope=\"row\"><strong>4 (next)</strong></th><td class=\"when\">Wed 25 Mar 2026<br>19:00–20:30")
                .contains("<th scope=\"row\">1</th><td class=\"when\">Wed 4 Mar 2026<br>19:00–20:30</td><td>present</td><td>90</td>")
                .contains("<th scope=\"row\">2</th><td class=\"when\">Wed 11 Mar 2026<br>19:00–20:30</td><td>absent</td><td>0</td>")
                .contains("<th scope=\"row\">3</th><td class=\"when\">Wed 18 Mar 2026<br>19:00–20:30</td><td>not recorded yet</td><td>–</td>")
                .contains("<th scope=\"row\">5</th><td class=\"when\">Wed 1 Apr 2026<br>19:00–20:30</td><td>upcoming</td>")
                .contains("<strong>Not decided yet.</strong> Your credit is decided from your attendance after the last"
                        + " session, on Wednesday 22 April 2026. 5 sessions still to come")
                .contains("The rotation plan is not published yet")
                .contains("<option value=\"\" selected>The group's time zone (Europe/Berlin)</option>")
                .contains("<p id=\"certificate-status\"><strong>Certificate:</strong> Your credit is not decided yet")
                .doesNotContain("Download my certificate")
                .contains("Download the calendar (.ics)")
                .contains("<input type=\"hidden\" name=\"launch_session\" value=\"tok&quot;en\">")
                .contains("action=\"/base/lti/member/time-zone\"");
    }

    @Test
    @DisplayName("in the zone the member chose, saying so, with that zone selected in the form")
    void chosenZone() {
        String page = render(Optional.of(TORONTO), NOT_YET);

        assertThat(page).contains("Times in America/Toronto, the time zone you chose.")
                .contains("<th scope=\"row\">1</th><td class=\"when\">Wed 4 Mar 2026<br>13:00–14:30</td>")
                .contains("<strong>Session 4: Wednesday 25 March 2026, 14:00–15:30</strong> (America/Toronto)")
                .contains("<option value=\"America/Toronto\" selected>America/Toronto</option>");
    }

    @Test
    @DisplayName("a recorded decision shows each rule met or not in plain words; the certificate is offered when it can be given")
    void decided() {
        CreditDecision decision = LeaderCredit.decisionOf(group, sheets, ZOE.id()).orElseThrow();
        assertThat(decision).as("one session attended in full earns its credit").isInstanceOf(CreditDecision.Eligible.class);
        credit.add(CreditRecord.of(group.id(), decision, Instant.parse("2026-04-23T08:00:00Z")));
        CreditRecord record = credit.get(0);

        String page = render(Optional.empty(),
                new CertificateStanding.Issuable(((CreditDecision.Eligible) decision).claimAll().orElseThrow()));

        assertThat(page).contains("<strong>Awarded.</strong> You earned " + record.creditEarned() + " AAFP Prescribed credit.")
                .doesNotContain("Not decided yet").contains("Download my certificate (PDF)")
                .doesNotContain("certificate-status");
        assertThat(record.rules()).isNotEmpty();
        record.rules().forEach(rule -> assertThat(page).contains((rule.met() ? "<strong>Met:</strong> " : "<strong>Not met:</strong> ")
                + Html.escape(rule.explanation())));
    }

    @Test
    @DisplayName("a choice that is not a time zone is shown beside the field, marked invalid")
    void zoneProblem() {
        MemberHome home = home(Optional.empty());
        String page = MemberHomeHtml.render(home, new MemberHomeHtml.Context(SESSION, "/base/", false, NOT_YET,
                Optional.of("Your time zone was not changed."), Optional.of("\"Mars/Olympus\" is not a time zone")));

        assertThat(page).contains("<p class=\"notice\" role=\"status\">Your time zone was not changed.</p>")
                .contains("<p class=\"error\" id=\"time-zone-problem\">&quot;Mars/Olympus&quot; is not a time zone</p>")
                .contains("aria-invalid=\"true\" aria-describedby=\"time-zone-problem\"");
    }

    private String render(Optional<ZoneId> chosen, CertificateStanding certificate) {
        return MemberHomeHtml.render(home(chosen), new MemberHomeHtml.Context(SESSION, "/base/", chosen.isPresent(),
                certificate, Optional.empty(), Optional.empty()));
    }

    private MemberHome home(Optional<ZoneId> chosen) {
        ApiRecords records = new ApiRecords() {
            @Override
            public <T> Optional<T> read(Tenant tenant, java.util.function.Function<MemberRecords, T> work) {
                return Optional.of(work.apply(new MemberRecords(groups(), plans(), attendance(), creditRecords())));
            }
        };
        return new MemberViews(records, MID_SERIES).home(TENANT, group.id(), ZOE.id(), chosen).orElseThrow();
    }

    private Groups groups() {
        return new Groups() {
            @Override
            public Optional<BalintGroup> find(GroupId id) {
                return Optional.of(group).filter(g -> g.id().equals(id));
            }

            @Override
            public void save(BalintGroup changed) {
                throw new UnsupportedOperationException("the home page only reads");
            }
        };
    }

    private static RotationPlans plans() {
        return new RotationPlans() {
            @Override
            public Optional<PublishedPlan> find(GroupId group) {
                return Optional.empty();
            }

            @Override
            public void save(GroupId group, PublishedPlan plan) {
                throw new UnsupportedOperationException("the home page only reads");
            }
        };
    }

    private AttendanceSheets attendance() {
        return new AttendanceSheets() {
            @Override
            public Optional<AttendanceSheet> find(GroupId id, SessionNumber session) {
                return sheets.stream().filter(s -> s.number().equals(session)).findFirst();
            }

            @Override
            public List<AttendanceSheet> findAll(GroupId id) {
                return List.copyOf(sheets);
            }

            @Override
            public void save(AttendanceSheet sheet) {
                throw new UnsupportedOperationException("the home page only reads");
            }
        };
    }

    private CreditRecords creditRecords() {
        return new CreditRecords() {
            @Override
            public CreditRecord record(GroupId id, CreditDecision decision, Instant decidedAt) {
                throw new UnsupportedOperationException("the home page only reads");
            }

            @Override
            public Validated<CreditRecord> recordClaim(GroupId id, CreditClaim claim, Instant claimedAt) {
                throw new UnsupportedOperationException("the home page only reads");
            }

            @Override
            public Optional<CreditRecord> find(GroupId id, MemberId member, CreditType type) {
                return credit.stream().filter(r -> r.member().equals(member) && r.type() == type).findFirst();
            }

            @Override
            public List<CreditRecord> ofGroup(GroupId id) {
                return List.copyOf(credit);
            }
        };
    }
}
