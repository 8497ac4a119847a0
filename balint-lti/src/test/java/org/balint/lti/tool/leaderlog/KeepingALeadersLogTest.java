package org.balint.lti.tool.leaderlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.MemberId;
import org.balint.core.leadership.Requirement;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.Tenancy;
import org.balint.persistence.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader keeps their own development log beside their group")
class KeepingALeadersLogTest {

    /** Wednesday 10 February 2027: sessions 1 to 4 (Thursdays from 14 January) have been held. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-10T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Tenant TENANT = Tenancy.of(new PlatformDeployment("https://moodle.example.edu", "moodle-client", "1"));
    private static final GroupId GROUP = new GroupId("spring-group");
    private static final FacultyMember LEVI = new FacultyMember(new MemberId("f-levi"), "Dr. Ruth Levi",
            ContactDetails.email("ruth.levi@example.org"));
    private static final FacultyMember OKAFOR = new FacultyMember(new MemberId("f-okafor"), "Dr. Chidi Okafor",
            ContactDetails.email("c.okafor@example.org"));

    private final InMemoryLogRecords records = new InMemoryLogRecords();
    private final LeaderLogs logs = new LeaderLogs(records, CLOCK);

    @BeforeEach
    void theGroupIsStored() {
        records.store(TENANT, BalintGroup.draft(GROUP).title("Balint group, spring")
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.of(2027, 1, 14, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint-spring").leader(LEVI).coLeader(OKAFOR)
                .validate().orElseThrow());
    }

    private static EntryRequest led(String session, String role) {
        return new EntryRequest("led", session, role, "", "", "", "", "");
    }

    private static EntryRequest supervised(String date, String supervisor) {
        return new EntryRequest("supervised", "", "", date, supervisor, "", "", "");
    }

    private static EntryRequest intensive(String name, String first, String last) {
        return new EntryRequest("intensive", "", "", "", "", name, first, last);
    }

    private List<String> refusal(EntryRequest request) {
        EntryOutcome outcome = logs.record(TENANT, GROUP, LEVI.id(), request);
        assertThat(outcome).isInstanceOf(EntryOutcome.Refused.class);
        return ((EntryOutcome.Refused) outcome).violations().stream().map(KeepingALeadersLogTest::placed).toList();
    }

    private static String placed(FieldViolation v) {
        return v.field().orElse("-") + " " + v.violation().code();
    }

    @Test
    @DisplayName("an empty log shows the pathway's every requirement unmet, the sessions held so far and who can supervise")
    void emptyLog() {
        LogOverview overview = logs.overview(TENANT, GROUP, LEVI.id()).orElseThrow();

        assertThat(overview.log().entries()).isEmpty();
        assertThat(overview.progress().requirements()).extracting(r -> r.summary()).containsExactly(
                "0 of 24 months leading or co-leading a group; 24 to go", "0 of 12 supervised sessions; 12 to go",
                "0 of 3 intensives; 3 to go");
        assertThat(overview.heldSessions()).extracting(s -> s.number().value()).containsExactly(1, 2, 3, 4);
        assertThat(overview.supervisors()).containsExactly(OKAFOR);
        assertThat(overview.zone()).isEqualTo(ZURICH);
    }

    @Test
    @DisplayName("a session led is logged with the session's own start, and counts its month on the pathway")
    void ledSession() {
        EntryOutcome outcome = logs.record(TENANT, GROUP, LEVI.id(), led("2", "co-lead"));

        assertThat(outcome).isInstanceOf(EntryOutcome.Added.class);
        EntryOutcome.Added added = (EntryOutcome.Added) outcome;
        assertThat(added.summary()).isEqualTo("Logged: you co-led session 2 of \"Balint group, spring\" on 21 January 2027.");
        assertThat(added.overview().log().ledSessions()).singleElement()
                .satisfies(s -> assertThat(s.heldAt()).isEqualTo(Instant.parse("2027-01-21T18:00:00Z")));
        assertThat(added.overview().progress().on(Requirement.MONTHS_LEADING).achieved()).isEqualTo(1);
        assertThat(logs.overview(TENANT, GROUP, LEVI.id()).orElseThrow().log().ledSessions()).hasSize(1);
    }

    @Test
    @DisplayName("a session not yet held, one already logged, or one the group does not have is refused at its field")
    void ledRefusals() {
        logs.record(TENANT, GROUP, LEVI.id(), led("3", "lead"));

        assertThat(refusal(led("6", "lead"))).containsExactly("led_session date-in-future");
        assertThat(refusal(led("3", "co-lead"))).containsExactly("- duplicate-led-session");
        assertThat(refusal(led("9", ""))).containsExactly("led_session session-unknown", "led_role role-missing");
        assertThat(refusal(led("three", "boss"))).containsExactly("led_session session-unknown", "led_role role-unknown");
    }

    @Test
    @DisplayName("a supervised session needs a real date, not in the future, and a supervisor from the faculty other than oneself")
    void supervised() {
        assertThat(refusal(supervised("31/12/2026", "f-okafor"))).containsExactly("supervised_date date-invalid");
        assertThat(refusal(supervised("2027-02-11", "f-okafor"))).containsExactly("supervised_date date-in-future");
        assertThat(refusal(supervised("2027-02-01", "someone"))).containsExactly("supervisor supervisor-unknown");
        assertThat(refusal(supervised("", ""))).containsExactly("supervised_date date-missing", "supervisor supervisor-missing");
        assertThat(refusal(supervised("2027-02-01", "f-levi"))).containsExactly("supervisor supervisor-is-candidate");

        EntryOutcome added = logs.record(TENANT, GROUP, LEVI.id(), supervised("2027-02-04", "f-okafor"));
        assertThat(((EntryOutcome.Added) added).summary()).isEqualTo("Logged: a session supervised by Dr. Chidi Okafor on 4 February 2027.");
        assertThat(((EntryOutcome.Added) added).overview().progress().on(Requirement.SUPERVISED_SESSIONS).summary())
                .isEqualTo("1 of 12 supervised sessions; 11 to go");
    }

    @Test
    @DisplayName("an intensive needs a bounded name and its days in order, ended by today; one day needs no last day")
    void intensive() {
        assertThat(refusal(intensive("", "2026-10-02", "2026-10-04"))).containsExactly("intensive_name blank-intensive-name");
        assertThat(refusal(intensive("x".repeat(201), "2026-10-02", ""))).containsExactly("intensive_name intensive-name-too-long");
        assertThat(refusal(intensive("Leadership intensive, Oxford", "2026-10-04", "2026-10-02")))
                .containsExactly("intensive_last_day intensive-dates-inverted");
        assertThat(refusal(intensive("Leadership intensive, Oxford", "2027-02-10", "2027-02-12")))
                .containsExactly("intensive_last_day date-in-future");
        assertThat(refusal(intensive("Leadership intensive, Oxford", "tomorrow", "")))
                .containsExactly("intensive_first_day date-invalid");

        EntryOutcome added = logs.record(TENANT, GROUP, LEVI.id(), intensive("Leadership intensive, Oxford", "2026-10-02", ""));
        assertThat(((EntryOutcome.Added) added).summary()).isEqualTo("Logged: the intensive \"Leadership intensive, Oxford\", 2 October 2026.");
    }

    @Test
    @DisplayName("each leader sees only their own log")
    void ownLogOnly() {
        logs.record(TENANT, GROUP, LEVI.id(), led("1", "lead"));

        assertThat(logs.overview(TENANT, GROUP, OKAFOR.id()).orElseThrow().log().entries()).isEmpty();
        assertThat(logs.overview(TENANT, GROUP, OKAFOR.id()).orElseThrow().supervisors()).containsExactly(LEVI);
    }

    @Test
    @DisplayName("an unknown kind of entry or a group that is gone is refused")
    void unknown() {
        assertThat(refusal(EntryRequest.blank("holiday"))).containsExactly("- entry-kind-unknown");
        assertThat(logs.record(TENANT, new GroupId("gone"), LEVI.id(), led("1", "lead")))
                .isInstanceOfSatisfying(EntryOutcome.Refused.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(logs.overview(TENANT, new GroupId("gone"), LEVI.id())).isEmpty();
    }
}
