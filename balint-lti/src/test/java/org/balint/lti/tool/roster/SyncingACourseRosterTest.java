package org.balint.lti.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.MemberId;
import org.balint.core.registration.Registration;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Syncing a Balint group with its course roster")
class SyncingACourseRosterTest {

    private static final String NRPS = RosterClient.MEDIA_TYPE;

    private final RosterRig rig = new RosterRig("sync").withGroup();

    @AfterEach
    void stop() {
        rig.close();
    }

    /** Moodle 4.5's captured membership of course 2: teacher 3, students 4 and 5. */
    private String moodleCapture() {
        String body = (String) Fixtures.json("moodle-4.5/09-nrps-memberships.json").get("body");
        return body.replace("http:\\/\\/127.0.0.1:8800", rig.server.origin());
    }

    private static String member(String userId, String role, String status, String name, String email) {
        return "{\"user_id\":\"" + userId + "\",\"roles\":[\"" + role + "\"],\"status\":\"" + status + "\",\"name\":\""
                + name + "\",\"email\":\"" + email + "\"}";
    }

    private static String container(String... members) {
        return "{\"id\":\"x\",\"context\":{\"id\":\"2\"},\"members\":[" + String.join(",", members) + "]}";
    }

    private SyncReport.Synced synced(SyncReport report) {
        assertThat(report).as("%s", report).isInstanceOf(SyncReport.Synced.class);
        return (SyncReport.Synced) report;
    }

    @Test
    @DisplayName("Moodle's captured roster: the teacher joins the faculty, a registered student is unchanged, the other is listed as not registered")
    void moodlesCapturedRoster() {
        MemberId stu = rig.registered("4", "Stu Dent", "student1@example.com");
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, moodleCapture()));
        int before = rig.records.transactions();

        SyncReport.Synced report = synced(rig.sync.syncNow(rig.key));

        assertThat(report.reading()).isEqualTo(SyncReport.Reading.FULL);
        assertThat(report.coLeadersAdded()).containsExactly("Tea Cher");
        assertThat(report.unchanged()).containsExactly("Stu Dent");
        assertThat(report.notRegistered()).containsExactly("Sam Second");
        assertThat(report.left()).isEmpty();
        assertThat(rig.records.transactions() - before).as("every change in one transaction").isEqualTo(1);
        MemberId teacher = rig.findLink("3").orElseThrow().member();
        assertThat(rig.group().faculty().roleOf(teacher)).contains(FacultyRole.CO_LEADER);
        assertThat(rig.group().isMember(stu)).isTrue();
        assertThat(rig.findLink("5").orElseThrow().user().email()).as("as the roster sent it").contains("student2@example.com");
        assertThat(rig.registrations().find(rig.findLink("5").orElseThrow().member()))
                .as("the roster never registers anyone: screening stays with registration").isEmpty();
        RosterSyncStates.SyncState state = rig.states.find(rig.key).orElseThrow();
        assertThat(state.outcome()).isEqualTo("synced");
        assertThat(state.counts()).isEqualTo(new SyncCounts(1, 0, 1, 1));
        assertThat(rig.tokens.asked()).containsOnly(java.util.Set.of(RosterClient.SCOPE));
    }

    @Test
    @DisplayName("a registered learner missing from the full roster has left the course: they leave the group, and their registration and history stay")
    void missingLearnerLeaves() {
        MemberId stu = rig.registered("4", "Stu Dent", "student1@example.com");
        MemberId sam = rig.registered("5", "Sam Second", "student2@example.com");
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, container(
                member("1", "Instructor", "Active", "Mira Leader", "mira.leader@example.edu"),
                member("4", "Learner", "Active", "Stu Dent", "student1@example.com"))));

        SyncReport.Synced report = synced(rig.sync.syncNow(rig.key));

        assertThat(report.left()).containsExactly("Sam Second");
        assertThat(report.unchanged()).containsExactly("Stu Dent");
        assertThat(rig.group().isMember(sam)).isFalse();
        assertThat(rig.group().isMember(stu)).isTrue();
        Registration samsRegistration = rig.registrations().find(sam).orElseThrow();
        assertThat(samsRegistration).isInstanceOf(Registration.Withdrawn.class);
        assertThat(samsRegistration.history()).extracting(AuditEntry::event)
                .containsExactly("registration-submitted", "registration-accepted", "left-the-course");
    }

    @Test
    @DisplayName("an inactive (suspended) learner in the full roster has left too")
    void inactiveLearnerLeaves() {
        MemberId sam = rig.registered("5", "Sam Second", "student2@example.com");
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, container(
                member("1", "Instructor", "Active", "Mira Leader", "mira.leader@example.edu"),
                member("5", "Learner", "Inactive", "Sam Second", "student2@example.com"))));

        SyncReport.Synced report = synced(rig.sync.syncNow(rig.key));

        assertThat(report.left()).containsExactly("Sam Second");
        assertThat(rig.group().isMember(sam)).isFalse();
    }

    @Test
    @DisplayName("after the leader's launch the next sync reads only the differences: a Deleted learner leaves, people not mentioned stay")
    void differences() {
        MemberId stu = rig.registered("4", "Stu Dent", "student1@example.com");
        MemberId sam = rig.registered("5", "Sam Second", "student2@example.com");
        rig.server.on("GET", RosterRig.MEMBERSHIPS, request -> request.uri().getQuery() != null
                ? Reply.of(200, NRPS, container(member("5", "Learner", "Deleted", "Sam Second", "student2@example.com")))
                : Reply.of(200, NRPS, moodleCapture()).with("Link",
                        "<" + rig.url(RosterRig.MEMBERSHIPS + "?since=7") + ">; rel=\"differences\""));

        assertThat(rig.sync.syncIfDue(rig.key)).isPresent();
        rig.clock.advance(RosterSync.AUTOMATIC_INTERVAL);
        SyncReport.Synced report = synced(rig.sync.syncIfDue(rig.key).orElseThrow());

        assertThat(report.reading()).isEqualTo(SyncReport.Reading.DIFFERENCES);
        assertThat(report.left()).containsExactly("Sam Second");
        assertThat(report.unchanged()).containsExactly("Stu Dent");
        assertThat(rig.group().isMember(stu)).isTrue();
        assertThat(rig.group().isMember(sam)).isFalse();
        assertThat(rig.server.requests(RosterRig.MEMBERSHIPS)).extracting(r -> r.uri().getQuery())
                .containsExactly(null, "since=7");
    }

    @Test
    @DisplayName("a differences link the platform no longer answers makes the sync read the whole roster instead")
    void expiredDifferences() {
        rig.server.on("GET", RosterRig.MEMBERSHIPS, request -> request.uri().getQuery() != null
                ? Reply.json(404, "{}")
                : Reply.of(200, NRPS, moodleCapture()).with("Link",
                        "<" + rig.url(RosterRig.MEMBERSHIPS + "?since=7") + ">; rel=\"differences\""));
        rig.sync.syncIfDue(rig.key);
        rig.clock.advance(RosterSync.AUTOMATIC_INTERVAL);

        SyncReport.Synced report = synced(rig.sync.syncIfDue(rig.key).orElseThrow());

        assertThat(report.reading()).isEqualTo(SyncReport.Reading.FULL);
    }

    @Test
    @DisplayName("automatic syncs run at most once per placement every 15 minutes, across nodes sharing the database")
    void throttled() {
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, moodleCapture()));
        RosterSync otherNode = rig.syncOn(rig.dataSource, org.balint.lti.protocol.services.roster.RosterLimits.defaults());

        assertThat(rig.sync.syncIfDue(rig.key)).isPresent();
        assertThat(otherNode.syncIfDue(rig.key)).as("the other node sees the sync just started").isEmpty();
        rig.clock.advance(RosterSync.AUTOMATIC_INTERVAL.minus(Duration.ofSeconds(1)));
        assertThat(rig.sync.syncIfDue(rig.key)).isEmpty();
        rig.clock.advance(Duration.ofSeconds(1));
        assertThat(otherNode.syncIfDue(rig.key)).isPresent();
        assertThat(rig.sync.syncNow(rig.key)).as("a leader's sync is never throttled").isInstanceOf(SyncReport.Synced.class);
        assertThat(rig.server.requests(RosterRig.MEMBERSHIPS)).hasSize(3);
    }

    @Test
    @DisplayName("no automatic sync, and nothing recorded, for a placement without a group or without a roster service")
    void notSyncable() {
        RosterRig bare = new RosterRig("bare");
        try {
            assertThat(bare.sync.syncIfDue(bare.key)).isEmpty();
            assertThat(bare.states.find(bare.key)).isEmpty();
            assertThat(bare.sync.syncNow(bare.key)).isInstanceOfSatisfying(SyncReport.Failed.class,
                    failed -> assertThat(failed.code()).isEqualTo("roster-group-missing"));
        } finally {
            bare.close();
        }
    }

    @Test
    @DisplayName("course faculty whose e-mail address the roster does not share are left to join on their next launch")
    void facultyWithoutEmail() {
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, container(
                member("1", "Instructor", "Active", "Mira Leader", "mira.leader@example.edu"),
                "{\"user_id\":\"9\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant\"],"
                        + "\"name\":\"Tad Assist\"}")));

        SyncReport.Synced report = synced(rig.sync.syncNow(rig.key));

        assertThat(report.coLeadersAdded()).isEmpty();
        assertThat(report.notes()).extracting(v -> v.code()).containsExactly("faculty-details-missing");
        assertThat(rig.group().faculty().roleOf(rig.findLink("9").orElseThrow().member())).isEmpty();
        assertThat(rig.findLink("9").orElseThrow().user().email()).isEmpty();
    }

    @Test
    @DisplayName("people with other roles (mentors, administrators) are ignored and get no link")
    void otherRolesIgnored() {
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.of(200, NRPS, container(
                member("1", "Instructor", "Active", "Mira Leader", "mira.leader@example.edu"),
                member("8", "Mentor", "Active", "Men Tor", "mentor@example.com"))));

        synced(rig.sync.syncNow(rig.key));

        assertThat(rig.findLink("8")).isEmpty();
    }

    @Test
    @DisplayName("the state remembers the last outcome for the leader: counts after a sync, the reason code after a failure")
    void stateAfterFailure() {
        rig.server.on("GET", RosterRig.MEMBERSHIPS, Reply.json(503, "{}"));

        SyncReport report = rig.sync.syncNow(rig.key);

        assertThat(report).isInstanceOfSatisfying(SyncReport.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("roster-service-unavailable");
            assertThat(failed.transientFailure()).isTrue();
        });
        assertThat(rig.states.find(rig.key).orElseThrow()).extracting(RosterSyncStates.SyncState::outcome)
                .isEqualTo("roster-service-unavailable");
        assertThat(Map.of()).isEmpty();
    }
}
