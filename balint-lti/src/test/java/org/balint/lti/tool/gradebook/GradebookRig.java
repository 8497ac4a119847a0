package org.balint.lti.tool.gradebook;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeSettings;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.balint.persistence.credit.GradebookCreditResults;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * The pieces a gradebook-delivery test puts together: a Balint database with a tenant, a group and
 * recorded credit decisions, and the tool side of the AGS conversation with a dev platform.
 */
final class GradebookRig {

    static final String COURSE = "201";
    static final String RESOURCE_LINK = "301";
    static final String DEPLOYMENT = "1";
    static final String CLIENT_ID = "balint-dev-tool";
    static final CreditHours SERIES_MAXIMUM = CreditHours.ofQuarterHours(48);
    static final Instant FIRST_SESSION = Instant.parse("2026-03-04T18:00:00Z");
    static final Set<String> SCOPES = Set.of(GradeClient.LINE_ITEM_SCOPE, GradeClient.SCORE_SCOPE, GradeClient.RESULT_SCOPE);

    private GradebookRig() {
    }

    /** The database the test asked for: PostgreSQL with {@code -Dbalint.test.db=postgres}, else {@code derby}. */
    static DatabaseConnection database(String purpose, DatabaseConnection derby) {
        String chosen = Optional.ofNullable(System.getProperty("balint.test.db")).orElse("derby");
        if (!chosen.startsWith("postgres")) {
            return derby;
        }
        String name = "gradebook_" + purpose + "_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 could not create " + name + ": " + e.getMessage(), e);
        }
        return DatabaseConnection.postgres("127.0.0.1", 5432, name, "postgres", "");
    }

    /** Drops a PostgreSQL database {@link #database} created; Derby databases are left to their owner. */
    static void dropIfPostgres(DatabaseConnection connection) {
        if (!connection.jdbcUrl().startsWith("jdbc:postgresql:")) {
            return;
        }
        String name = connection.jdbcUrl().substring(connection.jdbcUrl().lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + name + ": " + e.getMessage(), e);
        }
    }

    /** The tenant of the dev platform's deployment, registered on first use. */
    static TenantScope tenant(StandaloneDatabase database, URI issuer, Clock clock) {
        Tenant tenant = new Tenant(issuer.toString(), DEPLOYMENT);
        Tenants tenants = new Tenants(clock);
        return database.inTransaction(em -> tenants.find(em, tenant).orElseGet(() -> tenants.register(em, tenant)));
    }

    /** Stores a group titled for its gradebook column, unless stored already. */
    static void storeGroup(StandaloneDatabase database, TenantScope tenant, GroupId group) {
        database.useTransaction(em -> {
            JpaGroups groups = new JpaGroups(tenant, () -> em);
            if (groups.find(group).isEmpty()) {
                FacultyMember leader = new FacultyMember(new MemberId("leader-weiss"), "Dr. Hannah Weiss",
                        ContactDetails.email("h.weiss@clinic.example"));
                java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
                groups.save(BalintGroup.draft(group)
                        .title("Balint group for family physicians")
                        .schedule(berlin, GroupSchedule.weeklySessions(berlin, java.time.LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                                Duration.ofMinutes(90), Duration.ofMinutes(90)))
                        .videoLink("https://meet.example.org/balint")
                        .leader(leader)
                        .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                        .validate()
                        .orElseThrow());
            }
        });
    }

    static Outbox outbox(TenantScope tenant, StandaloneDatabase database, RetryPolicy policy, Clock clock) {
        return new Outbox(tenant, database.engine(), policy, clock, RandomGenerator.of("L64X128MixRandom"));
    }

    /** The dev platform's user id of member number {@code n}; the Balint member id is the same. */
    static String userId(int n) {
        return String.format("m%05d", n);
    }

    /**
     * Records an AAFP decision for member {@code n} who left session 3 after {@code minutes} minutes (40
     * gives 11.25 credit, 90 gives 12.00), with its gradebook message.
     */
    static void record(StandaloneDatabase database, TenantScope tenant, Outbox outbox, GroupId group, int n, int minutes,
            Instant decidedAt) {
        GradebookCreditResults results = new GradebookCreditResults(tenant, outbox);
        database.useTransaction(em -> results.record(em, group, aafp(userId(n), minutes), SERIES_MAXIMUM, decidedAt));
    }

    /** The credit member number {@code n} earns leaving session 3 after {@code minutes}. */
    static double credit(int minutes) {
        return org.balint.core.credit.CreditRecord.of(new GroupId("probe"), aafp("probe", minutes), FIRST_SESSION)
                .creditEarned().toBigDecimal().doubleValue();
    }

    static CreditDecision aafp(String memberId, int minutesInSession3) {
        Member member = new Member(new MemberId(memberId), "Dr " + memberId, Profession.physician("family medicine"),
                ContactDetails.email(memberId + "@clinic.example"));
        List<ScheduledSession> sessions = new ArrayList<>();
        List<SessionAttendance> attendance = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            Instant start = FIRST_SESSION.plus(Duration.ofDays(7L * (n - 1)));
            sessions.add(new ScheduledSession(SessionNumber.of(n), start, Duration.ofMinutes(90)));
            long minutes = n == 3 ? minutesInSession3 : 90;
            attendance.add(new SessionAttendance(member.id(), SessionNumber.of(n),
                    List.of(new PresenceInterval(start, start.plus(Duration.ofMinutes(minutes))))));
        }
        return AafpPrescribedPolicy.preset().prepare(sessions).orElseThrow()
                .evaluate(member, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
    }

    /** The tool's registration with the dev platform at {@code base}. */
    static PlatformRegistration registration(URI issuer, URI tokenEndpoint) {
        return new PlatformRegistration(issuer.toString(), CLIENT_ID, issuer.resolve("/auth"), tokenEndpoint,
                issuer.resolve("/.well-known/jwks.json"), Set.of(DEPLOYMENT));
    }

    /** Tokens signed by {@code key}, asked for over plain HTTP with {@code timeout} per request. */
    static ClientCredentialsTokens tokens(RSAKey key, Clock clock, Duration timeout) {
        return new ClientCredentialsTokens(http(timeout), new ToolKeyRing(clock, Duration.ofHours(1), key),
                AssertionAudience.tokenEndpoint(), clock, TokenSettings.defaults());
    }

    static ServiceHttp http(Duration timeout) {
        return new ServiceHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), timeout, 1024 * 1024);
    }

    /** A grade client with the line-item, score and result scopes, retrying after 1 s unless told otherwise. */
    static GradeClient grades(ClientCredentialsTokens tokens, Clock clock, Duration timeout) {
        return new GradeClient(http(timeout), tokens, SCOPES, clock,
                new GradeSettings(Duration.ofSeconds(1), Duration.ofMinutes(5), 50));
    }

    /** Every group in course {@value #COURSE} at resource link {@value #RESOURCE_LINK}; members are LMS users of the same id. */
    static GradebookPlaces places(PlatformRegistration registration, URI lineItems) {
        GradebookPlace place = new GradebookPlace(registration, lineItems, RESOURCE_LINK);
        return new GradebookPlaces() {
            @Override
            public Optional<GradebookPlace> placeOf(GroupId group) {
                return Optional.of(place);
            }

            @Override
            public Optional<String> lmsUserId(GroupId group, MemberId member) {
                return Optional.of(member.value());
            }
        };
    }

    /** Serves {@code keys}'s public JWKS at {@code /lti/jwks} on a loopback port; stop it when done. */
    static HttpServer jwksServer(String publicJwks) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = publicJwks.getBytes(StandardCharsets.UTF_8);
        server.createContext("/lti/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
