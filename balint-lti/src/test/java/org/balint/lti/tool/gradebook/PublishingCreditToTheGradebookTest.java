package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.balint.devplatform.Gradebook;
import org.balint.devplatform.Person;
import org.balint.devplatform.Role;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.grades.ActivityProgress;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradingProgress;
import org.balint.lti.protocol.services.grades.Score;
import org.balint.lti.protocol.services.grades.ScoreOutcome;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Publishing members' credit results to the gradebook of the dev platform")
class PublishingCreditToTheGradebookTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:00.123Z");
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Clock clock = Clock.systemUTC();
    private final GroupId group = new GroupId("balint-tuesday");
    private HttpServer jwks;
    private DevPlatform platform;
    private DatabaseConnection connection;
    private StandaloneDatabase database;
    private TenantScope tenant;
    private Outbox outbox;
    private GradeClient grades;
    private PlatformRegistration registration;
    private GradebookDelivery delivery;

    @BeforeEach
    void aCourseWithThreeLearnersAndAnEmptyOutbox() throws Exception {
        RSAKey key = ToolKeyRing.newKey();
        jwks = GradebookRig.jwksServer(new ToolKeyRing(clock, Duration.ofHours(1), key).publicJwksJson());
        platform = DevPlatform.start(DevPlatformConfig.forTool(URI.create("http://127.0.0.1:" + jwks.getAddress().getPort())));
        for (int n = 1; n <= 3; n++) {
            platform.memberships().add(GradebookRig.COURSE, Person.of(GradebookRig.userId(n), "Member", "No " + n,
                    GradebookRig.userId(n) + "@clinic.example", Role.LEARNER));
        }
        connection = GradebookRig.database("publishing", DatabaseConnection.derbyInMemory());
        database = StandaloneDatabase.open(connection);
        tenant = GradebookRig.tenant(database, platform.issuer(), clock);
        GradebookRig.storeGroup(database, tenant, group);
        outbox = GradebookRig.outbox(tenant, database, POLICY, clock);
        ClientCredentialsTokens tokens = GradebookRig.tokens(key, clock, Duration.ofSeconds(5));
        grades = GradebookRig.grades(tokens, clock, Duration.ofSeconds(5));
        registration = GradebookRig.registration(platform.issuer(), platform.tokenEndpoint());
        GradebookPlaces course = GradebookRig.places(registration, platform.lineItemsUrl(GradebookRig.COURSE));
        GradebookPlaces places = new GradebookPlaces() {
            @Override
            public Optional<GradebookPlace> placeOf(GroupId g) {
                return course.placeOf(g);
            }

            @Override
            public Optional<String> lmsUserId(GroupId g, MemberId member) {
                // The course's instructor, who is no learner, stands for a member the LMS does not grade.
                return member.value().equals("teacher") ? Optional.of("1001") : course.lmsUserId(g, member);
            }
        };
        delivery = new GradebookDelivery(tenant, outbox, database::inTransaction, grades, places, clock,
                new DeliverySettings(2, 10, Duration.ofMillis(50), 3));
    }

    @AfterEach
    void closeEverything() {
        delivery.close();
        database.close();
        platform.close();
        jwks.stop(0);
        GradebookRig.dropIfPostgres(connection);
    }

    @Test
    @DisplayName("a result becomes a Completed, FullyGraded score in a column found by resource link and tag, created once")
    void publishesAScoreIntoItsColumn() {
        GradebookRig.record(database, tenant, outbox, group, 1, 40, DECIDED);
        GradebookRig.record(database, tenant, outbox, group, 2, 90, DECIDED);
        assertThat(status(1)).isInstanceOf(MemberSyncStatus.Pending.class);

        assertThat(delivery.deliverDue()).isEqualTo(2);

        Gradebook.LineItem column = column();
        assertThat(column.label()).isEqualTo("Balint group for family physicians: CE credit");
        assertThat(column.scoreMaximum()).isEqualTo(12.0);
        assertThat(column.resourceLinkId()).contains(GradebookRig.RESOURCE_LINK);
        assertThat(platform.gradebook().acceptedScores(column.id(), GradebookRig.userId(1))).singleElement().satisfies(score -> {
            assertThat(score.scoreGiven()).contains(11.25);
            assertThat(score.scoreMaximum()).contains(12.0);
            assertThat(score.activityProgress()).isEqualTo("Completed");
            assertThat(score.gradingProgress()).isEqualTo("FullyGraded");
            assertThat(score.timestamp()).isEqualTo(DECIDED);
            assertThat(score.comment()).contains("Eligible for AAFP Prescribed credit: 11.25 credit.");
        });
        assertThat(status(1)).isInstanceOfSatisfying(MemberSyncStatus.Delivered.class,
                delivered -> assertThat(delivered.revision()).isEqualTo(1));
        assertThat(delivery.delivered()).isEqualTo(2);
        assertThat(delivery.outboxDepth()).isZero();
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    @DisplayName("a score that already arrived (its answer lost) is confirmed by reading the result, not stored again")
    void anAttemptThatArrivedIsNotRepeated() {
        GradebookRig.record(database, tenant, outbox, group, 1, 40, DECIDED);
        URI column = lineItemCreatedByAnEarlierAttempt();
        assertThat(grades.publish(registration, column, score(1, 11.25, "Eligible for AAFP Prescribed credit: 11.25 credit.",
                DECIDED))).isInstanceOf(ScoreOutcome.Delivered.class);

        delivery.deliverDue();

        assertThat(platform.gradebook().acceptedScores(column().id(), GradebookRig.userId(1))).hasSize(1);
        assertThat(delivery.confirmedAfterStale()).isEqualTo(1);
        assertThat(status(1)).isInstanceOf(MemberSyncStatus.Delivered.class);
    }

    @Test
    @DisplayName("an older revision meeting a newer one in the gradebook counts as superseded and changes nothing")
    void anOlderRevisionNeverOverwritesANewerOne() {
        GradebookRig.record(database, tenant, outbox, group, 1, 40, DECIDED);
        GradebookRig.record(database, tenant, outbox, group, 1, 90, DECIDED.plusSeconds(60));
        URI column = lineItemCreatedByAnEarlierAttempt();
        assertThat(grades.publish(registration, column, score(1, 12.0, "Eligible for AAFP Prescribed credit: 12.00 credit.",
                DECIDED.plusSeconds(60)))).isInstanceOf(ScoreOutcome.Delivered.class);

        delivery.deliverDue();

        List<Gradebook.Score> scores = platform.gradebook().acceptedScores(column().id(), GradebookRig.userId(1));
        assertThat(scores).singleElement().satisfies(score -> assertThat(score.scoreGiven()).contains(12.0));
        assertThat(delivery.superseded()).isEqualTo(1);
        assertThat(status(1)).isInstanceOfSatisfying(MemberSyncStatus.Delivered.class,
                delivered -> assertThat(delivered.revision()).isEqualTo(2));
    }

    @Test
    @DisplayName("a newer score written by someone else is answered by re-sending ours with a newer timestamp")
    void aForeignNewerScoreIsOvertaken() {
        GradebookRig.record(database, tenant, outbox, group, 1, 40, DECIDED);
        URI column = lineItemCreatedByAnEarlierAttempt();
        Instant teacher = DECIDED.plusSeconds(3600);
        grades.publish(registration, column, score(1, 3.0, "Set by hand", teacher));

        delivery.deliverDue();

        List<Gradebook.Score> scores = platform.gradebook().acceptedScores(column().id(), GradebookRig.userId(1));
        assertThat(scores).hasSize(2);
        assertThat(scores.get(1).scoreGiven()).contains(11.25);
        assertThat(scores.get(1).timestamp()).isEqualTo(teacher.plusMillis(1));
    }

    @Test
    @DisplayName("a member the LMS does not grade is given up with the platform's reason, shown to the leader")
    void anUngradableMemberFailsWithAReason() {
        database.useTransaction(em -> new org.balint.persistence.credit.GradebookCreditResults(tenant, outbox)
                .record(em, group, GradebookRig.aafp("teacher", 40), GradebookRig.SERIES_MAXIMUM, DECIDED));

        delivery.deliverDue();

        assertThat(delivery.status(group, new MemberId("teacher"), CreditType.AAFP_PRESCRIBED))
                .isInstanceOfSatisfying(MemberSyncStatus.Failed.class, failed -> {
                    assertThat(failed.code()).isEqualTo("user-not-gradable");
                    assertThat(failed.reason()).contains("cannot be graded");
                });
        assertThat(delivery.failed()).isEqualTo(1);
        assertThat(delivery.outboxDepth()).isZero();
        assertThat(status(3)).isInstanceOf(MemberSyncStatus.NothingToSend.class);
    }

    private MemberSyncStatus status(int member) {
        return delivery.status(group, new MemberId(GradebookRig.userId(member)), CreditType.AAFP_PRESCRIBED);
    }

    private Gradebook.LineItem column() {
        return platform.gradebook().lineItems(GradebookRig.COURSE).stream()
                .filter(item -> GradebookDelivery.TAG.equals(item.tag())).reduce((a, b) -> {
                    throw new AssertionError("two columns tagged " + GradebookDelivery.TAG);
                }).orElseThrow();
    }

    private URI lineItemCreatedByAnEarlierAttempt() {
        return grades.create(registration, platform.lineItemsUrl(GradebookRig.COURSE),
                new org.balint.lti.protocol.services.grades.NewLineItem("Balint group for family physicians: CE credit", 12,
                        Optional.empty(), Optional.of(GradebookDelivery.TAG), Optional.of(GradebookRig.RESOURCE_LINK))).id();
    }

    private static Score score(int member, double given, String comment, Instant at) {
        return new Score(GradebookRig.userId(member), given, 12, Optional.of(comment), at.atOffset(ZoneOffset.UTC).toInstant(),
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);
    }
}
