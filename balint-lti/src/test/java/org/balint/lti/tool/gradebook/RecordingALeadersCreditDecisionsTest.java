package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.core.credit.CreditDecision;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.Profession;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.token.AccessToken;
import org.balint.lti.protocol.services.token.AccessTokenProvider;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeSettings;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.outbox.OutboxEntry;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader's credit decisions: worked out from attendance, recorded once, handed to the gradebook")
class RecordingALeadersCreditDecisionsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final GroupId group = new GroupId("balint-credit");
    private final MemberId physician = new MemberId("m-physician");
    private final MemberId psychologist = new MemberId("m-psychologist");
    private StandaloneDatabase database;
    private TenantScope scope;
    private GradebookDeliveries deliveries;
    private LeaderCredit credit;

    @BeforeEach
    void aGroupOfAPhysicianAndAPsychologistWithNoAttendanceYet() {
        database = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
        scope = GradebookRig.tenant(database, java.net.URI.create("https://moodle.example.edu"), clock);
        GradebookRig.storeGroup(database, scope, group);
        database.useTransaction(em -> {
            JpaGroups groups = new JpaGroups(scope, () -> em);
            BalintGroup stored = groups.find(group).orElseThrow();
            Instant joinedAt = GradebookRig.FIRST_SESSION.minus(Duration.ofDays(10));
            BalintGroup one = ((MembershipChange.Joined) stored.join(new Member(physician, "Dr Ada Brook",
                    Profession.physician("family medicine"), ContactDetails.email("ada@clinic.example")), joinedAt)).group();
            BalintGroup two = ((MembershipChange.Joined) one.join(new Member(psychologist, "Ben Cole",
                    Profession.psychologist(), ContactDetails.email("ben@clinic.example")), joinedAt)).group();
            groups.save(two);
        });
        Tenants tenants = new Tenants(clock);
        // Nothing is delivered in these tests: the grade client is never called.
        GradeClient grades = new GradeClient(ServiceHttp.defaults(), new AccessTokenProvider() {
            @Override
            public AccessToken token(PlatformRegistration platform, Set<String> scopes) {
                throw new AssertionError("no token is asked for");
            }

            @Override
            public void invalidate(PlatformRegistration platform, Set<String> scopes) {
            }
        }, clock, GradeSettings.defaults());
        deliveries = new GradebookDeliveries(database::inTransaction, tenants, database.engine(), RetryPolicy.standard(),
                grades, GradebookRig.places(GradebookRig.registration(java.net.URI.create("https://moodle.example.edu"),
                        java.net.URI.create("https://moodle.example.edu/token")), java.net.URI.create(
                        "https://moodle.example.edu/lineitems")), clock, DeliverySettings.defaults(), Duration.ofMinutes(1));
        credit = new LeaderCredit(database::inTransaction, tenants, deliveries, clock);
    }

    @AfterEach
    void close() {
        deliveries.close();
        database.close();
    }

    @Test
    @DisplayName("a member with no attendance is not eligible, with reasons; credit not offered to a profession is said so")
    void decisionsFromAttendance() {
        LeaderCredit.CreditOverview overview = credit.overview(scope.tenant(), group).orElseThrow();

        assertThat(overview.maximum().toString()).isEqualTo("12.00");
        assertThat(overview.problems()).isEmpty();
        assertThat(overview.members()).extracting(LeaderCredit.MemberCredit::member).containsExactly(physician, psychologist);
        LeaderCredit.MemberCredit ada = overview.members().get(0);
        assertThat(ada.decision()).hasValueSatisfying(decision -> {
            assertThat(decision).isInstanceOf(CreditDecision.NotEligible.class);
            assertThat(((CreditDecision.NotEligible) decision).reasons()).isNotEmpty();
        });
        assertThat(ada.status()).isInstanceOf(MemberSyncStatus.NothingToSend.class);
        LeaderCredit.MemberCredit ben = overview.members().get(1);
        assertThat(ben.decision()).isEmpty();
        assertThat(ben.offer().offered()).isFalse();
        assertThat(ben.offer().explanation()).isNotBlank();
    }

    @Test
    @DisplayName("recording puts each changed result in the outbox once; recording the same decisions again changes nothing")
    void recordingIsIdempotent() {
        assertThat(credit.record(scope.tenant(), group)).contains(new LeaderCredit.Recorded(1, 1));
        assertThat(credit.record(scope.tenant(), group)).contains(new LeaderCredit.Recorded(1, 0));

        assertThat(credit.overview(scope.tenant(), group).orElseThrow().members().get(0).status())
                .isInstanceOf(MemberSyncStatus.Pending.class);
        List<OutboxEntry> dead = database.inTransaction(em -> deliveries.outbox(scope).deadLetters(em, 10));
        assertThat(dead).isEmpty();
        assertThat(deliveries.outboxDepth()).isEqualTo(1);
    }

    @Test
    @DisplayName("a group or tenant that is not stored has no credit, and nothing is recorded for it")
    void unknownGroup() {
        assertThat(credit.overview(scope.tenant(), new GroupId("nowhere"))).isEmpty();
        assertThat(credit.record(scope.tenant(), new GroupId("nowhere"))).isEmpty();
        assertThat(credit.overview(new Tenant("https://canvas.example.edu", "9"), group)).isEmpty();
        assertThat(credit.sendAgain(scope.tenant(), group, physician)).isEqualTo(Optional.empty());
    }
}
