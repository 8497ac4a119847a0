package org.balint.lti.tool.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.ImportSettings.DateOrder;
import org.balint.core.attendance.MemberAttendance.DecidedBy;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.Profession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader takes attendance: one click per member, minutes, report import and the unmatched attendees")
class TakingAttendanceTest {

    /** Session 1 is on Wednesday 4 March 2026, 19:00 to 20:30 in Berlin; the series has 8 weekly sessions. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");
    private static final SessionNumber ONE = SessionNumber.of(1);
    private static final String ZOOM_HEADING = "Name (original name),User email,Join time,Leave time,Duration (minutes)\n";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final GroupId group = new GroupId("balint-attendance");
    private final MemberId leader = new MemberId("leader-weiss");
    private final MemberId ada = new MemberId("m-ada");
    private final MemberId ben = new MemberId("m-ben");
    private StandaloneDatabase database;
    private TenantScope scope;
    private LeaderAttendance attendance;

    @BeforeEach
    void aGroupOfAdaAndBen() {
        database = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
        Tenants tenants = new Tenants(clock);
        scope = database.inTransaction(em -> tenants.register(em, new Tenant("https://moodle.example.edu", "1")));
        database.useTransaction(em -> {
            JpaGroups groups = new JpaGroups(scope, () -> em);
            BalintGroup draft = BalintGroup.draft(group)
                    .title("Balint group for family physicians")
                    .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                            Duration.ofMinutes(90), Duration.ofMinutes(90)))
                    .videoLink("https://meet.example.org/balint")
                    .leader(new FacultyMember(leader, "Dr. Hannah Weiss", ContactDetails.email("h.weiss@clinic.example")))
                    .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                    .validate().orElseThrow();
            Instant joined = Instant.parse("2026-02-20T10:00:00Z");
            BalintGroup one = ((MembershipChange.Joined) draft.join(new Member(ada, "Dr Ada Brook",
                    Profession.physician("family medicine"), ContactDetails.email("ada@clinic.example")), joined)).group();
            BalintGroup two = ((MembershipChange.Joined) one.join(new Member(ben, "Ben Cole", Profession.psychologist(),
                    ContactDetails.email("ben@clinic.example")), joined)).group();
            groups.save(two);
        });
        attendance = new LeaderAttendance(database::inTransaction, tenants, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("before anything is recorded, the latest session begun is chosen and nobody is recorded in any session")
    void nothingRecordedYet() {
        LeaderAttendance.Overview overview = attendance.overview(scope.tenant(), group, Optional.empty()).orElseThrow();

        assertThat(overview.chosen().session().number()).isEqualTo(SessionNumber.of(2));
        assertThat(overview.chosen().scheduledMinutes()).isEqualTo(90);
        assertThat(overview.chosen().members()).extracting(SessionSheet.MemberRow::decidedBy)
                .containsOnly(DecidedBy.NO_PRESENCE_EVIDENCE);
        assertThat(overview.chart().members()).isEqualTo(2);
        assertThat(overview.chart().sessions()).hasSize(8).noneMatch(SeriesChart.SessionCount::recorded);
        assertThat(sheetStored()).isFalse();
    }

    @Test
    @DisplayName("one click marks Ada present for the whole session, another marks her absent; the chart counts them")
    void oneClickPerMember() {
        AttendanceChange present = attendance.mark(scope.tenant(), group, ONE, ada, LeaderAttendance.Mark.PRESENT, leader);

        assertThat(present).isInstanceOf(AttendanceChange.Done.class);
        assertThat(((AttendanceChange.Done) present).notice()).isEqualTo("Dr Ada Brook is marked present in session 1.");
        SessionSheet.MemberRow row = row(((AttendanceChange.Done) present).sheet(), ada);
        assertThat(row.status().standing()).isEqualTo(Standing.PRESENT);
        assertThat(row.status().minutesPresent()).isEqualTo(90);
        assertThat(row.decidedBy()).isEqualTo(DecidedBy.LEADER_CORRECTION);
        SeriesChart.SessionCount first = chart().sessions().get(0);
        assertThat(first.recorded()).isTrue();
        assertThat(first.present()).isEqualTo(1);
        assertThat(first.absent()).isEqualTo(1);

        attendance.mark(scope.tenant(), group, ONE, ada, LeaderAttendance.Mark.ABSENT, leader);

        assertThat(row(attendance.sheet(scope.tenant(), group, ONE).orElseThrow(), ada).status().standing())
                .isEqualTo(Standing.ABSENT);
        assertThat(chart().sessions().get(0).present()).isZero();
    }

    @Test
    @DisplayName("minutes are counted from the start; a word, an empty field or more than the session are refused with reasons")
    void minutes() {
        AttendanceChange sixty = attendance.enterMinutes(scope.tenant(), group, ONE, ben, " 60 ", leader);
        SessionSheet.MemberRow row = row(((AttendanceChange.Done) sixty).sheet(), ben);
        assertThat(row.status().minutesPresent()).isEqualTo(60);
        assertThat(row.status().leftEarly()).isTrue();

        assertThat(refusal(attendance.enterMinutes(scope.tenant(), group, ONE, ben, "an hour", leader)))
                .extracting(Violation::code).containsExactly("minutes-not-a-number");
        assertThat(refusal(attendance.enterMinutes(scope.tenant(), group, ONE, ben, "", leader)))
                .extracting(Violation::code).containsExactly("minutes-missing");
        AttendanceChange tooMany = attendance.enterMinutes(scope.tenant(), group, ONE, ben, "120", leader);
        assertThat(((AttendanceChange.Refused) tooMany).status()).isEqualTo(400);
        assertThat(refusal(tooMany)).extracting(Violation::code).containsExactly("minutes-beyond-session");

        assertThat(row(attendance.sheet(scope.tenant(), group, ONE).orElseThrow(), ben).status().minutesPresent())
                .isEqualTo(60);
    }

    @Test
    @DisplayName("a report with a bad line is refused with that line and its reason, and nothing is written")
    void malformedReport() {
        String csv = ZOOM_HEADING
                + "Dr Ada Brook,ada@clinic.example,03/04/2026 07:00:00 PM,03/04/2026 08:30:00 PM,90\n"
                + "Ben Cole,ben@clinic.example,yesterday evening,03/04/2026 08:30:00 PM,80\n";

        AttendanceChange refused = attendance.importReport(scope.tenant(), group, ONE, bytes(csv),
                DateOrder.MONTH_FIRST, leader);

        assertThat(((AttendanceChange.Refused) refused).status()).isEqualTo(400);
        assertThat(refusal(refused)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("unparseable-join-time");
            assertThat(reason.message()).startsWith("line 3: ");
        });
        assertThat(sheetStored()).isFalse();
    }

    @Test
    @DisplayName("a file over 1 MiB is refused as too large before it is read; an empty one is refused too")
    void oversizedReport() {
        AttendanceChange refused = attendance.importReport(scope.tenant(), group, ONE,
                new byte[LeaderAttendance.MAX_REPORT_BYTES + 1], DateOrder.MONTH_FIRST, leader);

        assertThat(((AttendanceChange.Refused) refused).status()).isEqualTo(413);
        assertThat(refusal(refused)).extracting(Violation::code).containsExactly("report-too-large");
        assertThat(refusal(attendance.importReport(scope.tenant(), group, ONE, new byte[0], DateOrder.MONTH_FIRST,
                leader))).extracting(Violation::code).containsExactly("report-empty");
        assertThat(sheetStored()).isFalse();
    }

    @Test
    @DisplayName("an imported report matches Ada by e-mail and leaves two unknown attendees; resolving both is one write")
    void importAndResolve() {
        String csv = ZOOM_HEADING
                + "Dr Ada Brook,ada@clinic.example,03/04/2026 07:00:00 PM,03/04/2026 08:30:00 PM,90\n"
                + "Benny's iPad,,03/04/2026 07:02:00 PM,03/04/2026 08:30:00 PM,88\n"
                + "Visiting Student,,03/04/2026 07:10:00 PM,03/04/2026 08:00:00 PM,50\n";

        AttendanceChange imported = attendance.importReport(scope.tenant(), group, ONE, bytes(csv),
                DateOrder.MONTH_FIRST, leader);

        AttendanceChange.Done done = (AttendanceChange.Done) imported;
        assertThat(done.notice()).isEqualTo("Imported the Zoom report into session 1: 3 rows, 1 member matched;"
                + " 2 attendees to resolve below.");
        assertThat(row(done.sheet(), ada).decidedBy()).isEqualTo(DecidedBy.ATTENDANCE_REPORTS);
        List<UnmatchedAttendee> unmatched = done.sheet().unmatched();
        assertThat(unmatched).extracting(UnmatchedAttendee::name).containsExactly("Benny's iPad", "Visiting Student");

        UnmatchedAttendee ipad = unmatched.get(0);
        UnmatchedAttendee student = unmatched.get(1);
        AttendanceChange wrong = attendance.resolve(scope.tenant(), group, ONE, List.of(
                new LeaderAttendance.Resolution(ipad.report(), ipad.firstLine(), Optional.of(ben)),
                new LeaderAttendance.Resolution(student.report(), 99, Optional.empty())), leader);
        assertThat(refusal(wrong)).extracting(Violation::code).containsExactly("attendee-not-unmatched");
        assertThat(attendance.sheet(scope.tenant(), group, ONE).orElseThrow().unmatched()).hasSize(2);

        AttendanceChange resolved = attendance.resolve(scope.tenant(), group, ONE, List.of(
                new LeaderAttendance.Resolution(ipad.report(), ipad.firstLine(), Optional.of(ben)),
                new LeaderAttendance.Resolution(student.report(), student.firstLine(), Optional.empty())), leader);

        assertThat(((AttendanceChange.Done) resolved).notice())
                .isEqualTo("Resolved 2 attendees: 1 assigned to members, 1 not members.");
        SessionSheet after = attendance.sheet(scope.tenant(), group, ONE).orElseThrow();
        assertThat(after.unmatched()).isEmpty();
        assertThat(row(after, ben).status().minutesPresent()).isEqualTo(88);
        assertThat(chart().sessions().get(0).present()).isEqualTo(2);

        AttendanceChange again = attendance.importReport(scope.tenant(), group, ONE, bytes(csv), DateOrder.MONTH_FIRST,
                leader);
        assertThat(((AttendanceChange.Done) again).notice()).startsWith("This report was imported into session 1 on"
                + " 12 Mar 2026, 11:00 already");
    }

    @Test
    @DisplayName("another platform's group, a session beyond the series and a stranger are not found or refused")
    void notFound() {
        Tenant other = new Tenant("https://canvas.example.edu", "1");
        assertThat(attendance.overview(other, group, Optional.empty())).isEmpty();
        assertThat(((AttendanceChange.Refused) attendance.mark(other, group, ONE, ada, LeaderAttendance.Mark.PRESENT,
                leader)).status()).isEqualTo(404);
        assertThat(attendance.sheet(scope.tenant(), group, SessionNumber.of(9))).isEmpty();
        assertThat(refusal(attendance.mark(scope.tenant(), group, SessionNumber.of(9), ada,
                LeaderAttendance.Mark.PRESENT, leader))).extracting(Violation::code).containsExactly("session-not-found");
        assertThat(refusal(attendance.mark(scope.tenant(), group, ONE, new MemberId("m-stranger"),
                LeaderAttendance.Mark.PRESENT, leader))).extracting(Violation::code).containsExactly("unknown-member");
        assertThat(sheetStored()).isFalse();
    }

    private SeriesChart chart() {
        return attendance.overview(scope.tenant(), group, Optional.of(ONE)).orElseThrow().chart();
    }

    private boolean sheetStored() {
        return database.inTransaction(em -> new JpaAttendanceSheets(scope, () -> em).findAll(group)).size() > 0;
    }

    private static SessionSheet.MemberRow row(SessionSheet sheet, MemberId member) {
        return sheet.members().stream().filter(r -> r.member().equals(member)).findFirst().orElseThrow();
    }

    private static List<Violation> refusal(AttendanceChange change) {
        assertThat(change).isInstanceOf(AttendanceChange.Refused.class);
        return ((AttendanceChange.Refused) change).reasons();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
