package org.balint.lti.tool.leaderlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.lti.tool.course.Tenancy;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader's log on Balint's JPA adapters")
class StoringALeadersLogWithJpaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-10T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final FacultyMember LEVI = new FacultyMember(new MemberId("f-levi"), "Dr. Ruth Levi",
            ContactDetails.email("ruth.levi@example.org"));
    private static final FacultyMember OKAFOR = new FacultyMember(new MemberId("f-okafor"), "Dr. Chidi Okafor",
            ContactDetails.email("c.okafor@example.org"));
    private static StandaloneDatabase balint;

    @BeforeAll
    static void openBalintsDatabase() {
        balint = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
    }

    @AfterAll
    static void closeIt() {
        balint.close();
    }

    @Test
    @DisplayName("entries are stored in the tenant's log and read back; another deployment's leader with the same id sees nothing")
    void storedPerTenant() {
        Tenant moodle = Tenancy.of(new PlatformDeployment("https://moodle.example.edu", "moodle-client", "1"));
        Tenant other = Tenancy.of(new PlatformDeployment("https://moodle.example.edu", "moodle-client", "2"));
        GroupId group = new GroupId("g-" + java.util.UUID.randomUUID());
        BalintGroup spring = BalintGroup.draft(group).title("Balint group, spring")
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.of(2027, 1, 14, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint-spring").leader(LEVI).coLeader(OKAFOR).validate().orElseThrow();
        JpaBalintRecords records = new JpaBalintRecords(balint::inTransaction, new Tenants(CLOCK));
        records.inTransaction(moodle, r -> {
            r.groups().add(spring);
            return null;
        });
        records.inTransaction(other, r -> {
            r.groups().add(spring);
            return null;
        });
        LeaderLogs logs = new LeaderLogs(new JpaLeaderLogRecords(balint::inTransaction, new Tenants(CLOCK)), CLOCK);

        EntryOutcome led = logs.record(moodle, group, LEVI.id(), new EntryRequest("led", "2", "lead", "", "", "", "", ""));
        EntryOutcome supervised = logs.record(moodle, group, LEVI.id(),
                new EntryRequest("supervised", "", "", "2027-02-04", "f-okafor", "", "", ""));
        EntryOutcome twice = logs.record(moodle, group, LEVI.id(), new EntryRequest("led", "2", "co-lead", "", "", "", "", ""));

        assertThat(led).isInstanceOf(EntryOutcome.Added.class);
        assertThat(supervised).isInstanceOf(EntryOutcome.Added.class);
        assertThat(twice).isInstanceOfSatisfying(EntryOutcome.Refused.class, r -> assertThat(r.violations())
                .extracting(v -> v.violation().code()).containsExactly("duplicate-led-session"));
        LogOverview stored = logs.overview(moodle, group, LEVI.id()).orElseThrow();
        assertThat(stored.log().ledSessions()).singleElement().satisfies(s -> assertThat(s.session().value()).isEqualTo(2));
        assertThat(stored.log().supervisedSessions()).singleElement()
                .satisfies(s -> assertThat(s.supervisor()).isEqualTo(OKAFOR.id()));
        assertThat(logs.overview(other, group, LEVI.id()).orElseThrow().log().entries()).isEmpty();
    }
}
