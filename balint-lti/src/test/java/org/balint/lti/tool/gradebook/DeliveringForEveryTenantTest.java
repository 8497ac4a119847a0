package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.persistence.credit.GradebookCreditResults;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delivering every tenant's credit results with one set of workers")
class DeliveringForEveryTenantTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:00.123Z");
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Clock clock = Clock.systemUTC();
    private final GroupId first = new GroupId("balint-tuesday");
    private final GroupId second = new GroupId("balint-thursday");
    private final AtomicReference<String> teacherAccount = new AtomicReference<>("1001");
    private HttpServer jwks;
    private DevPlatform platform;
    private DatabaseConnection connection;
    private StandaloneDatabase database;
    private TenantScope deploymentOne;
    private TenantScope deploymentTwo;
    private GradebookDeliveries deliveries;

    @BeforeEach
    void twoDeploymentsOfOnePlatform() throws Exception {
        RSAKey key = ToolKeyRing.newKey();
        jwks = GradebookRig.jwksServer(new ToolKeyRing(clock, Duration.ofHours(1), key).publicJwksJson());
        platform = DevPlatform.start(DevPlatformConfig.forTool(URI.create("http://127.0.0.1:" + jwks.getAddress().getPort())));
        for (int n = 1; n <= 3; n++) {
            platform.memberships().add(GradebookRig.COURSE, Person.of(GradebookRig.userId(n), "Member", "No " + n,
                    GradebookRig.userId(n) + "@clinic.example", Role.LEARNER));
        }
        connection = GradebookRig.database("tenants", DatabaseConnection.derbyInMemory());
        database = StandaloneDatabase.open(connection);
        deploymentOne = GradebookRig.tenant(database, platform.issuer(), clock);
        Tenant two = new Tenant(platform.issuer().toString(), "2");
        deploymentTwo = database.inTransaction(em -> new Tenants(clock).register(em, two));
        GradebookRig.storeGroup(database, deploymentOne, first);
        GradebookRig.storeGroup(database, deploymentTwo, second);
        GradeClient grades = GradebookRig.grades(GradebookRig.tokens(key, clock, Duration.ofSeconds(5)), clock,
                Duration.ofSeconds(5));
        PlatformRegistration registration = GradebookRig.registration(platform.issuer(), platform.tokenEndpoint());
        GradebookPlaces course = GradebookRig.places(registration, platform.lineItemsUrl(GradebookRig.COURSE));
        GradebookPlaces places = new GradebookPlaces() {
            @Override
            public Optional<GradebookPlace> placeOf(GroupId group) {
                return course.placeOf(group);
            }

            @Override
            public Optional<String> lmsUserId(GroupId group, MemberId member) {
                // "teacher" stands for the course's instructor (not gradable) until the test says otherwise.
                return member.value().equals("teacher") ? Optional.of(teacherAccount.get()) : course.lmsUserId(group, member);
            }
        };
        deliveries = new GradebookDeliveries(database::inTransaction, new Tenants(clock), database.engine(), POLICY, grades,
                places, clock, new DeliverySettings(2, 10, Duration.ofMillis(20), 3), Duration.ofMinutes(1));
    }

    @AfterEach
    void closeEverything() {
        deliveries.close();
        database.close();
        platform.close();
        jwks.stop(0);
        GradebookRig.dropIfPostgres(connection);
    }

    @Test
    @DisplayName("one round delivers the results of both deployments, each once, and the totals count them")
    void oneRoundCoversEveryTenant() {
        GradebookRig.record(database, deploymentOne, deliveries.outbox(deploymentOne), first, 1, 40, DECIDED);
        GradebookRig.record(database, deploymentTwo, deliveries.outbox(deploymentTwo), second, 2, 90, DECIDED);

        assertThat(deliveries.deliverDue()).isEqualTo(2);

        assertThat(deliveries.tenants()).contains(deploymentOne.tenant(), deploymentTwo.tenant());
        Gradebook.LineItem column = column();
        assertThat(platform.gradebook().acceptedScores(column.id(), GradebookRig.userId(1))).singleElement()
                .satisfies(score -> assertThat(score.scoreGiven()).contains(11.25));
        assertThat(platform.gradebook().acceptedScores(column.id(), GradebookRig.userId(2))).singleElement()
                .satisfies(score -> assertThat(score.scoreGiven()).contains(12.0));
        assertThat(deliveries.deliverDue()).isZero();
        assertThat(deliveries.outboxDepth()).isZero();
        GradebookDeliveries.DeliveryTotals totals = deliveries.totals();
        assertThat(totals.delivered()).isEqualTo(2);
        assertThat(totals.failed()).isZero();
        assertThat(deliveries.forTenant(deploymentTwo.tenant()).orElseThrow()
                .status(second, new MemberId(GradebookRig.userId(2)), CreditType.AAFP_PRESCRIBED))
                .isInstanceOf(MemberSyncStatus.Delivered.class);
    }

    @Test
    @DisplayName("a tenant is not known until it is registered")
    void unregisteredTenantHasNoDelivery() {
        assertThat(deliveries.forTenant(new Tenant(platform.issuer().toString(), "never-installed"))).isEmpty();
    }

    @Test
    @DisplayName("a score refused for good is failed with its reason; sent again once the cause is put right, it arrives once")
    void sendingAGivenUpScoreAgain() {
        GradebookCreditResults results = new GradebookCreditResults(deploymentOne, deliveries.outbox(deploymentOne));
        database.useTransaction(em -> results.record(em, first, GradebookRig.aafp("teacher", 90), GradebookRig.SERIES_MAXIMUM,
                DECIDED));
        MemberId teacher = new MemberId("teacher");

        deliveries.deliverDue();

        GradebookDelivery delivery = deliveries.forTenant(deploymentOne.tenant()).orElseThrow();
        assertThat(delivery.status(first, teacher, CreditType.AAFP_PRESCRIBED)).isInstanceOfSatisfying(
                MemberSyncStatus.Failed.class, failed -> assertThat(failed.reason()).contains("HTTP 400", "cannot be graded"));
        assertThat(deliveries.totals().failed()).isEqualTo(1);

        platform.memberships().add(GradebookRig.COURSE, Person.of("m00009", "Member", "No 9", "m00009@clinic.example",
                Role.LEARNER));
        teacherAccount.set("m00009");
        assertThat(deliveries.sendAgain(deploymentOne, first, teacher, CreditType.AAFP_PRESCRIBED)).isPresent();
        assertThat(deliveries.sendAgain(deploymentOne, first, teacher, CreditType.AAFP_PRESCRIBED))
                .as("a result that is pending again is not sent again twice").isEmpty();
        assertThat(delivery.status(first, teacher, CreditType.AAFP_PRESCRIBED)).isInstanceOf(MemberSyncStatus.Pending.class);

        assertThat(deliveries.deliverDue()).isEqualTo(1);

        assertThat(delivery.status(first, teacher, CreditType.AAFP_PRESCRIBED)).isInstanceOf(MemberSyncStatus.Delivered.class);
        assertThat(platform.gradebook().acceptedScores(column().id(), "m00009")).hasSize(1);
        assertThat(deliveries.sendAgain(deploymentOne, first, teacher, CreditType.AAFP_PRESCRIBED)).isEmpty();
    }

    @Test
    @DisplayName("started workers deliver on threads of the given factory, and closing stops every one of them")
    void workersStartAndStop() throws Exception {
        List<Thread> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        deliveries.start(task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            made.add(thread);
            return thread;
        });
        assertThat(deliveries.isRunning()).isTrue();
        assertThat(made).hasSize(2).allSatisfy(t -> assertThat(t.getName()).startsWith("balint-gradebook-delivery-"));
        GradebookRig.record(database, deploymentTwo, deliveries.outbox(deploymentTwo), second, 3, 90, DECIDED);

        Instant giveUp = Instant.now().plusSeconds(30);
        while (deliveries.totals().delivered() < 1 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(20);
        }
        assertThat(platform.gradebook().acceptedScores(column().id(), GradebookRig.userId(3))).hasSize(1);

        deliveries.close();

        assertThat(deliveries.isRunning()).isFalse();
        assertThat(made).noneMatch(Thread::isAlive);
    }

    private Gradebook.LineItem column() {
        return platform.gradebook().lineItems(GradebookRig.COURSE).stream()
                .filter(item -> item.tag().equals(GradebookDelivery.TAG)).findFirst().orElseThrow();
    }
}
