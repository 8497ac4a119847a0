package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.balint.core.group.GroupId;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.balint.devplatform.Gradebook;
import org.balint.devplatform.Person;
import org.balint.devplatform.Role;
import org.balint.devplatform.ScoreFaults;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.OutboxEntry;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fault test: 1,000 members' credit results (100 of them corrected once, so 1,100 outbox messages)
 * delivered by a separate process while the platform fails 30 % of score posts in every way it knows; the
 * process is killed once mid-run and started again on the same database.
 */
@DisplayName("Credit results reach the gradebook exactly once, with the latest value, through faults and a killed process")
class SurvivingAKilledDeliveryProcessTest {

    private static final int MEMBERS = 1_000;
    private static final GroupId GROUP = new GroupId("balint-fault-test");

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @Test
    @DisplayName("every member's latest result is in the gradebook once after a kill and a restart")
    void everyLatestResultLandsOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        RSAKey toolKey = ToolKeyRing.newKey();
        Path work = Files.createDirectories(Path.of("target", "gradebook-fault-" + System.currentTimeMillis()));
        Path keyFile = work.resolve("tool-key.jwk");
        Files.writeString(keyFile, toolKey.toJSONString(), StandardCharsets.UTF_8);
        HttpServer jwks = GradebookRig.jwksServer(new ToolKeyRing(clock, Duration.ofHours(1), toolKey).publicJwksJson());
        DatabaseConnection connection = GradebookRig.database("fault",
                new DatabaseConnection("jdbc:derby:" + work.resolve("db").toAbsolutePath() + ";create=true", "", ""));
        List<Process> started = new ArrayList<>();
        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.forTool(
                URI.create("http://127.0.0.1:" + jwks.getAddress().getPort())))) {
            for (int n = 1; n <= MEMBERS; n++) {
                platform.memberships().add(GradebookRig.COURSE, Person.of(GradebookRig.userId(n), "Member", "No " + n,
                        GradebookRig.userId(n) + "@clinic.example", Role.LEARNER));
            }
            Instant decided = Instant.parse("2026-04-23T09:00:00Z");
            try (StandaloneDatabase database = StandaloneDatabase.open(connection)) {
                TenantScope tenant = GradebookRig.tenant(database, platform.issuer(), clock);
                GradebookRig.storeGroup(database, tenant, GROUP);
                Outbox outbox = GradebookRig.outbox(tenant, database, GradebookWorkerProcess.POLICY, clock);
                for (int n = 1; n <= MEMBERS; n++) {
                    GradebookRig.record(database, tenant, outbox, GROUP, n, 40, decided.plusMillis(n));
                }
                for (int n = 10; n <= MEMBERS; n += 10) {
                    GradebookRig.record(database, tenant, outbox, GROUP, n, 90, decided.plusSeconds(60).plusMillis(n));
                }
            }
            platform.failScores(ScoreFaults.failing(0.3, 20261129L).hangingFor(Duration.ofSeconds(1)));

            List<String> arguments = List.of(connection.jdbcUrl(), connection.user(), platform.issuer().toString(),
                    platform.tokenEndpoint().toString(), platform.lineItemsUrl(GradebookRig.COURSE).toString(),
                    keyFile.toAbsolutePath().toString());
            Process first = worker(arguments, work.resolve("worker-1.log"));
            started.add(first);
            await(Duration.ofSeconds(90), () -> platform.gradebook().acceptedScoreCount() >= 350 || !first.isAlive());
            assertThat(first.isAlive()).as("the first worker is still delivering when it is killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int acceptedAtKill = platform.gradebook().acceptedScoreCount();

            Process second = worker(arguments, work.resolve("worker-2.log"));
            started.add(second);
            assertThat(second.waitFor(150, TimeUnit.SECONDS)).as("the restarted worker empties the outbox").isTrue();
            List<String> log = Files.readAllLines(work.resolve("worker-2.log"));
            assertThat(log).contains("done");

            Gradebook gradebook = platform.gradebook();
            List<Gradebook.LineItem> columns = gradebook.lineItems(GradebookRig.COURSE).stream()
                    .filter(item -> GradebookDelivery.TAG.equals(item.tag())).toList();
            assertThat(columns).as("one gradebook column, however many processes looked for it").hasSize(1);
            String column = columns.get(0).id();
            int accepted = 0;
            for (int n = 1; n <= MEMBERS; n++) {
                List<Gradebook.Score> scores = gradebook.acceptedScores(column, GradebookRig.userId(n));
                double latest = GradebookRig.credit(n % 10 == 0 ? 90 : 40);
                assertThat(scores).as("scores of member %d", n).isNotEmpty()
                        .hasSizeLessThanOrEqualTo(n % 10 == 0 ? 2 : 1);
                assertThat(scores.get(scores.size() - 1).scoreGiven()).as("latest score of member %d", n).contains(latest);
                assertThat(scores.stream().map(Gradebook.Score::scoreGiven).distinct().count())
                        .as("no revision of member %d stored twice", n).isEqualTo(scores.size());
                accepted += scores.size();
            }
            try (StandaloneDatabase database = StandaloneDatabase.open(connection)) {
                TenantScope tenant = GradebookRig.tenant(database, platform.issuer(), clock);
                Outbox outbox = GradebookRig.outbox(tenant, database, GradebookWorkerProcess.POLICY, clock);
                long depth = database.inTransaction(em -> outbox.depth(em, "gradebook-score"));
                List<OutboxEntry> dead = database.inTransaction(em -> outbox.deadLetters(em, 10));
                assertThat(depth).isZero();
                assertThat(dead).isEmpty();
            }
            Map<ScoreFaults.Kind, Long> faults = platform.scoreFaultsDealt();
            long faultCount = faults.values().stream().mapToLong(Long::longValue).sum();
            assertThat(faultCount).as("the platform did fail score posts").isGreaterThan(100);
            System.out.printf("Fault test (%s): %d results (%d messages) for %d members; %d scores accepted (%d before the kill);"
                            + " token requests %d (granted %d); score posts failed by the platform %d %s;"
                            + " worker 1 last reported: %s; worker 2: %s%n",
                    connection.engine(), MEMBERS, MEMBERS + MEMBERS / 10, MEMBERS, accepted, acceptedAtKill,
                    platform.tokenRequests(), platform.tokensGranted(), faultCount, faults,
                    lastCounters(work.resolve("worker-1.log")), lastCounters(work.resolve("worker-2.log")));
        } finally {
            started.forEach(Process::destroyForcibly);
            for (Process process : started) {
                process.waitFor(10, TimeUnit.SECONDS);
            }
            jwks.stop(0);
            GradebookRig.dropIfPostgres(connection);
        }
    }

    private static Process worker(List<String> arguments, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                GradebookWorkerProcess.class.getName()));
        command.addAll(arguments);
        File out = log.toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        await(Duration.ofSeconds(60), () -> !process.isAlive() || Files.readString(log).contains("started"));
        assertThat(process.isAlive()).as("the worker started; see %s", log).isTrue();
        return process;
    }

    private static String lastCounters(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("depth=")).reduce((a, b) -> b).orElse("(none)");
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Duration limit, Condition condition) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (!condition.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("gave up waiting after " + limit);
            }
            Thread.sleep(100);
        }
    }
}
