package org.balint.samples.gradebookbench;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.PreparedCreditPolicy;
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
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.balint.devplatform.Gradebook;
import org.balint.devplatform.Person;
import org.balint.devplatform.Role;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeSettings;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.balint.lti.tool.gradebook.DeliverySettings;
import org.balint.lti.tool.gradebook.GradebookDelivery;
import org.balint.lti.tool.gradebook.GradebookPlace;
import org.balint.lti.tool.gradebook.GradebookPlaces;
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
 * Publishes {@code N} credit results as scores to an in-process dev platform: records them (with their
 * outbox messages) on Derby in a directory or on a fresh PostgreSQL database, then times
 * {@link GradebookDelivery} from start until the outbox is empty.
 *
 * <p>Arguments: the number of scores (default 10,000) and {@code derby}, {@code postgres} or {@code both}.
 */
public final class GradebookBench {

    /** The dev platform's two courses hold up to 10,000 people each: the members are split between them. */
    static final List<String> COURSES = List.of("201", "202");
    static final List<String> RESOURCE_LINKS = List.of("301", "303");
    static final List<GroupId> GROUPS = List.of(new GroupId("balint-bench-tuesday"), new GroupId("balint-bench-monthly"));
    static final CreditHours SERIES_MAXIMUM = CreditHours.ofQuarterHours(48);
    static final DeliverySettings SETTINGS = new DeliverySettings(8, 25, Duration.ofMillis(20), 3);

    private GradebookBench() {
    }

    /** What one run measured. */
    record Measurement(String engine, int scores, Duration elapsed, long tokenRequests, long scorePosts, long delivered,
            long failed, int accepted, int heldOnceWithTheRightValue, Duration cpu, double loadAverage) {

        double scoresPerSecond() {
            return scores / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: %,d scores in %.2f s = %,.0f scores/s; token requests %d; score posts %,d;"
                            + " delivered %,d, failed %d; accepted by the platform %,d, held once with the right value %,d;"
                            + " CPU %.2f ms per score; load average %.2f on %d cores",
                    engine, scores, elapsed.toNanos() / 1e9, scoresPerSecond(), tokenRequests, scorePosts, delivered, failed,
                    accepted, heldOnceWithTheRightValue, cpu.toNanos() / 1e6 / Math.max(scores, 1), loadAverage,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int scores = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String engines = args.length > 1 ? args[1].toLowerCase(Locale.ROOT) : "derby";
        List<Measurement> measurements = new ArrayList<>();
        if (!engines.equals("postgres")) {
            measurements.add(run(scores, "derby", System.out));
        }
        if (engines.equals("postgres") || engines.equals("both")) {
            measurements.add(run(scores, "postgres", System.out));
        }
        System.out.println();
        measurements.forEach(m -> System.out.println(m.summary()));
    }

    /** One run of {@code scores} scores on {@code engine} ({@code derby} or {@code postgres}). */
    static Measurement run(int scores, String engine, PrintStream out) throws Exception {
        Clock clock = Clock.systemUTC();
        RSAKey toolKey = ToolKeyRing.newKey();
        ToolKeyRing keys = new ToolKeyRing(clock, Duration.ofHours(1), toolKey);
        HttpServer jwks = jwksServer(keys.publicJwksJson());
        Path directory = Files.createDirectories(Path.of("target")).resolve("gradebook-bench-" + System.currentTimeMillis());
        DatabaseConnection connection = engine.equals("postgres") ? createPostgres() : DatabaseConnection.derbyDirectory(directory);
        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.forTool(
                URI.create("http://127.0.0.1:" + jwks.getAddress().getPort())));
             StandaloneDatabase database = StandaloneDatabase.open(connection)) {
            for (int n = 1; n <= scores; n++) {
                platform.memberships().add(COURSES.get(half(n, scores)), Person.of(userId(n), "Member", "No " + n, userId(n) + "@clinic.example",
                        Role.LEARNER));
            }
            Tenant tenantId = new Tenant(platform.issuer().toString(), "1");
            TenantScope tenant = database.inTransaction(em -> new Tenants(clock).register(em, tenantId));
            GROUPS.forEach(group -> storeGroup(database, tenant, group));
            RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofMinutes(1), Duration.ofMinutes(1));
            Outbox outbox = new Outbox(tenant, database.engine(), policy, clock, RandomGenerator.of("L64X128MixRandom"));
            double[] expected = recordResults(database, tenant, outbox, scores, clock, out);

            PlatformRegistration registration = new PlatformRegistration(platform.issuer().toString(),
                    platform.config().clientId(), platform.authorizationEndpoint(), platform.tokenEndpoint(),
                    platform.jwksUri(), Set.of("1"));
            ServiceHttp http = new ServiceHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                    Duration.ofSeconds(10), 1024 * 1024);
            ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, keys, AssertionAudience.tokenEndpoint(), clock,
                    TokenSettings.defaults());
            GradeClient grades = new GradeClient(http, tokens, Set.of(GradeClient.LINE_ITEM_SCOPE, GradeClient.SCORE_SCOPE,
                    GradeClient.RESULT_SCOPE), clock, GradeSettings.defaults());
            List<GradebookPlace> placed = List.of(
                    new GradebookPlace(registration, platform.lineItemsUrl(COURSES.get(0)), RESOURCE_LINKS.get(0)),
                    new GradebookPlace(registration, platform.lineItemsUrl(COURSES.get(1)), RESOURCE_LINKS.get(1)));
            GradebookPlaces places = new GradebookPlaces() {
                @Override
                public Optional<GradebookPlace> placeOf(GroupId g) {
                    int index = GROUPS.indexOf(g);
                    return index < 0 ? Optional.empty() : Optional.of(placed.get(index));
                }

                @Override
                public Optional<String> lmsUserId(GroupId g, MemberId member) {
                    return Optional.of(member.value());
                }
            };
            long tokensBefore = platform.tokenRequests();
            out.printf("%s: delivering %,d scores with %d workers, batches of %d%n", engine, scores, SETTINGS.workers(),
                    SETTINGS.batchSize());
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Instant limit = Instant.now().plus(Duration.ofMinutes(10));
            GradebookDelivery delivery = new GradebookDelivery(tenant, outbox, database::inTransaction, grades, places, clock,
                    SETTINGS);
            try {
                delivery.start();
                while (delivery.delivered() + delivery.failed() < scores && Instant.now().isBefore(limit)) {
                    Thread.sleep(5);
                }
            } finally {
                delivery.close();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStart);
            long depth = delivery.outboxDepth();
            if (depth != 0) {
                throw new IllegalStateException(depth + " scores were still in the outbox after ten minutes");
            }
            Measurement measurement = new Measurement(engine, scores, elapsed, platform.tokenRequests() - tokensBefore,
                    delivery.scorePosts(), delivery.delivered(), delivery.failed(), platform.gradebook().acceptedScoreCount(),
                    heldOnceWithTheRightValue(platform, expected), cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.println(measurement.summary());
            if (measurement.heldOnceWithTheRightValue() != scores) {
                throw new IllegalStateException("The platform holds " + measurement.heldOnceWithTheRightValue() + " of " + scores
                        + " scores exactly once with the recorded credit; the delivery lost or repeated some");
            }
            return measurement;
        } finally {
            jwks.stop(0);
            dropPostgres(connection);
            deleteDirectory(directory);
        }
    }

    /**
     * How many of the members the platform holds exactly one score for, on their course's Balint line
     * item, with the credit recorded for them ({@code expected[n - 1]} for member {@code n}).
     */
    static int heldOnceWithTheRightValue(DevPlatform platform, double[] expected) {
        int right = 0;
        List<Optional<String>> lineItems = COURSES.stream().map(course -> platform.gradebook().lineItems(course).stream()
                .filter(item -> GradebookDelivery.TAG.equals(item.tag())).map(Gradebook.LineItem::id).findFirst()).toList();
        for (int n = 1; n <= expected.length; n++) {
            Optional<String> lineItem = lineItems.get(half(n, expected.length));
            if (lineItem.isEmpty()) {
                continue;
            }
            List<Gradebook.Score> held = platform.gradebook().acceptedScores(lineItem.get(), userId(n));
            if (held.size() == 1 && held.get(0).scoreGiven().isPresent()
                    && Math.abs(held.get(0).scoreGiven().get() - expected[n - 1]) < 1e-9) {
                right++;
            }
        }
        return right;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Records the results; returns the credit recorded for member {@code n} at index {@code n - 1}. */
    private static double[] recordResults(StandaloneDatabase database, TenantScope tenant, Outbox outbox, int scores,
            Clock clock, PrintStream out) {
        double[] expected = new double[scores];
        GradebookCreditResults results = new GradebookCreditResults(tenant, outbox);
        PreparedCreditPolicy policy = AafpPrescribedPolicy.preset().prepare(sessions()).orElseThrow();
        long start = System.nanoTime();
        for (int from = 1; from <= scores; from += 50) {
            int first = from;
            int last = Math.min(scores, from + 49);
            database.useTransaction(em -> {
                for (int n = first; n <= last; n++) {
                    expected[n - 1] = results.record(em, GROUPS.get(half(n, scores)), decision(policy, userId(n), 30 + n % 61),
                            SERIES_MAXIMUM, clock.instant()).record().creditEarned().toBigDecimal().doubleValue();
                }
            });
        }
        out.printf("recorded %,d credit results with their outbox messages in %.2f s%n", scores,
                (System.nanoTime() - start) / 1e9);
        return expected;
    }

    /** 0 for the first half of the members, 1 for the second. */
    static int half(int n, int scores) {
        return n <= (scores + 1) / 2 ? 0 : 1;
    }

    static String userId(int n) {
        return String.format(Locale.ROOT, "m%05d", n);
    }

    private static List<ScheduledSession> sessions() {
        Instant first = Instant.parse("2026-03-04T18:00:00Z");
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            sessions.add(new ScheduledSession(SessionNumber.of(n), first.plus(Duration.ofDays(7L * (n - 1))), Duration.ofMinutes(90)));
        }
        return sessions;
    }

    private static CreditDecision decision(PreparedCreditPolicy policy, String memberId, int minutesInSession3) {
        Member member = new Member(new MemberId(memberId), "Dr " + memberId, Profession.physician("family medicine"),
                ContactDetails.email(memberId + "@clinic.example"));
        List<SessionAttendance> attendance = new ArrayList<>();
        for (ScheduledSession session : sessions()) {
            long minutes = session.number().value() == 3 ? minutesInSession3 : 90;
            attendance.add(new SessionAttendance(member.id(), session.number(),
                    List.of(new PresenceInterval(session.start(), session.start().plus(Duration.ofMinutes(minutes))))));
        }
        return policy.evaluate(member, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
    }

    private static void storeGroup(StandaloneDatabase database, TenantScope tenant, GroupId group) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        database.useTransaction(em -> new JpaGroups(tenant, () -> em).save(BalintGroup.draft(group)
                .title("Balint group for family physicians")
                .schedule(berlin, GroupSchedule.weeklySessions(berlin, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint")
                .leader(new FacultyMember(new MemberId("leader-weiss"), "Dr. Hannah Weiss",
                        ContactDetails.email("h.weiss@clinic.example")))
                .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                .validate()
                .orElseThrow()));
    }

    private static HttpServer jwksServer(String publicJwks) throws IOException {
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

    private static DatabaseConnection createPostgres() {
        String name = "gradebook_bench_" + Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
        administer("CREATE DATABASE " + name);
        return DatabaseConnection.postgres("127.0.0.1", 5432, name, "postgres", "");
    }

    private static void dropPostgres(DatabaseConnection connection) {
        if (connection.jdbcUrl().startsWith("jdbc:postgresql:")) {
            administer("DROP DATABASE IF EXISTS " + connection.jdbcUrl().substring(connection.jdbcUrl().lastIndexOf('/') + 1)
                    + " WITH (FORCE)");
        }
    }

    private static void administer(String sql) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static void deleteDirectory(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
