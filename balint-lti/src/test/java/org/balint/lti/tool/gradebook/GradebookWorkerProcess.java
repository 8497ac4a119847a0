package org.balint.lti.tool.gradebook;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.TenantScope;

/**
 * The delivering process of the fault test, run in a JVM of its own so the test can kill it: delivers
 * the tenant's gradebook scores until the outbox is empty (or two minutes pass), printing its counters
 * twice a second.
 *
 * <p>Arguments: JDBC URL, database user, platform issuer, token endpoint, line-items URL, file with the
 * tool's private JWK.
 */
public final class GradebookWorkerProcess {

    static final RetryPolicy POLICY = new RetryPolicy(12, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(4));
    static final DeliverySettings SETTINGS = new DeliverySettings(6, 10, Duration.ofMillis(100), 3);
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(800);

    private GradebookWorkerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        DatabaseConnection connection = new DatabaseConnection(args[0], args[1], "");
        URI issuer = URI.create(args[2]);
        PlatformRegistration registration = GradebookRig.registration(issuer, URI.create(args[3]));
        RSAKey key = RSAKey.parse(Files.readString(Path.of(args[5]), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        try (StandaloneDatabase database = StandaloneDatabase.open(connection)) {
            TenantScope tenant = GradebookRig.tenant(database, issuer, clock);
            ClientCredentialsTokens tokens = GradebookRig.tokens(key, clock, REQUEST_TIMEOUT);
            GradebookDelivery delivery = new GradebookDelivery(tenant, GradebookRig.outbox(tenant, database, POLICY, clock),
                    database::inTransaction, GradebookRig.grades(tokens, clock, REQUEST_TIMEOUT),
                    GradebookRig.places(registration, URI.create(args[4])), clock, SETTINGS);
            delivery.start();
            System.out.println("started");
            long depth = -1;
            try {
                while (Instant.now().isBefore(deadline)) {
                    Thread.sleep(500);
                    depth = delivery.outboxDepth();
                    System.out.println("depth=" + depth + " delivered=" + delivery.delivered() + " retried=" + delivery.retried()
                            + " failed=" + delivery.failed() + " posts=" + delivery.scorePosts() + " tokens=" + tokens.tokenRequests()
                            + " confirmed=" + delivery.confirmedAfterStale() + " superseded=" + delivery.superseded());
                    if (depth == 0) {
                        break;
                    }
                }
            } finally {
                delivery.close();
            }
            System.out.println(depth == 0 ? "done" : "gave-up");
        }
    }
}
