package org.balint.lti.tool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.CanvasEnvironment;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.JdbcToolKeyStore;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.protocol.store.ToolKeyCipher;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An LMS administrator administering their own platform")
class AdministeringOnesOwnPlatformTest {

    private static final URI TOOL_KEYS = URI.create("https://balint.example.org/lti/jwks");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final javax.sql.DataSource database = TestDataSources.fresh("platformadmin");
    private final JdbcPlatformRegistry registry = new JdbcPlatformRegistry(database, clock, Duration.ZERO);
    private final ToolKeyRing keys = ToolKeyRing.over(new JdbcToolKeyStore(database, clock, Duration.ofHours(1),
            ToolKeyCipher.fromSecret("a-test-secret-of-at-least-32-characters")), clock, Duration.ZERO);
    private final PlatformAdministration admin;

    /** Two Canvas Cloud accounts share the issuer; only the client_id tells them apart. */
    private final PlatformDeployment riverside = new PlatformDeployment(CanvasEnvironment.PRODUCTION.issuer(), "1000001", "1:riverside");
    private final PlatformDeployment lakeside = new PlatformDeployment(CanvasEnvironment.PRODUCTION.issuer(), "2000002", "1:lakeside");

    AdministeringOnesOwnPlatformTest() {
        registry.create(new RegistrationDetails(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "1000001",
                Set.of("1:riverside", "2:riverside")), Optional.empty(), "Riverside Canvas", "canvas"));
        registry.create(new RegistrationDetails(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "2000002",
                Set.of("1:lakeside")), Optional.empty(), "Lakeside Canvas", "canvas"));
        Instant fetched = Instant.parse("2026-11-29T07:55:00Z");
        admin = new PlatformAdministration(registry, keys, Duration.ofDays(90), TOOL_KEYS,
                uri -> uri.equals(CanvasEnvironment.PRODUCTION.jwksUri()) ? Optional.of(fetched) : Optional.empty(), clock);
    }

    private static <T> T done(AdminOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(AdminOutcome.Done.class);
        return ((AdminOutcome.Done<T>) outcome).value();
    }

    private static AdminOutcome.Refused<?> refused(AdminOutcome<?> outcome) {
        assertThat(outcome).isInstanceOf(AdminOutcome.Refused.class);
        return (AdminOutcome.Refused<?>) outcome;
    }

    @Test
    @DisplayName("sees the registration launched through, not another account that shares the issuer")
    void seesOwnRegistrationOnly() {
        PlatformOverview mine = done(admin.overview(riverside));

        assertThat(mine.label()).isEqualTo("Riverside Canvas");
        assertThat(mine.clientId()).isEqualTo("1000001");
        assertThat(mine.deployments()).containsExactly("1:riverside", "2:riverside");
        assertThat(mine.launchedThrough()).isEqualTo("1:riverside");
        assertThat(mine.keySetUrl()).isEqualTo(CanvasEnvironment.PRODUCTION.jwksUri());
        assertThat(mine.keySetFetchedAt()).contains(Instant.parse("2026-11-29T07:55:00Z"));
        assertThat(done(admin.overview(lakeside)).deployments()).containsExactly("1:lakeside");
    }

    @Test
    @DisplayName("sees the tool key's id, age and next scheduled rotation")
    void seesTheToolKey() {
        clock.advance(Duration.ofDays(3).plusHours(2));

        PlatformOverview mine = done(admin.overview(riverside));

        assertThat(mine.toolKeyId()).isEqualTo(keys.keys().active().kid());
        assertThat(mine.toolKeyAge()).isEqualTo(Duration.ofDays(3).plusHours(2));
        assertThat(mine.nextRotation()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z").plus(Duration.ofDays(90)));
        assertThat(mine.toolKeySetUrl()).isEqualTo(TOOL_KEYS);
    }

    @Test
    @DisplayName("adds a deployment to their own registration, and launches from it are accepted")
    void addsADeployment() {
        PlatformOverview after = done(admin.addDeployment(riverside, "3:riverside"));

        assertThat(after.deployments()).containsExactly("1:riverside", "2:riverside", "3:riverside");
        assertThat(registry.find(riverside.issuer(), "1000001").orElseThrow().knowsDeployment("3:riverside")).isTrue();
        assertThat(registry.find(lakeside.issuer(), "2000002").orElseThrow().deploymentIds()).containsExactly("1:lakeside");
    }

    @Test
    @DisplayName("a deployment id that is empty, padded with spaces, too long or already there is refused with its reason beside the field")
    void refusesBadDeploymentIds() {
        assertThat(refused(admin.addDeployment(riverside, "")).code()).isEqualTo("deployment-id-missing");
        AdminOutcome.Refused<?> padded = refused(admin.addDeployment(riverside, " 3 "));
        assertThat(padded.code()).isEqualTo("deployment-id-malformed");
        assertThat(padded.status()).isEqualTo(400);
        assertThat(padded.reasons().get(0).field()).contains(PlatformAdministration.DEPLOYMENT_FIELD);
        assertThat(refused(admin.addDeployment(riverside, "x".repeat(256))).code()).isEqualTo("deployment-id-too-long");
        AdminOutcome.Refused<?> twice = refused(admin.addDeployment(riverside, "2:riverside"));
        assertThat(twice.code()).isEqualTo("deployment-exists");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(done(admin.overview(riverside)).deployments()).containsExactly("1:riverside", "2:riverside");
    }

    @Test
    @DisplayName("removes another deployment, but not the one of their own launch, and not the last one")
    void removesDeployments() {
        AdminOutcome.Refused<?> own = refused(admin.removeDeployment(riverside, "1:riverside"));
        assertThat(own.code()).isEqualTo("deployment-in-use");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.message()).contains("you launched Balint through");

        assertThat(done(admin.removeDeployment(riverside, "2:riverside")).deployments()).containsExactly("1:riverside");
        assertThat(refused(admin.removeDeployment(riverside, "2:riverside")).code()).isEqualTo("deployment-not-found");

        PlatformDeployment throughTheOther = new PlatformDeployment(riverside.issuer(), "1000001", "9:riverside");
        assertThat(refused(admin.removeDeployment(throughTheOther, "1:riverside")).code()).isEqualTo("last-deployment");
    }

    @Test
    @DisplayName("cannot remove another account's deployment: it is not in their registration")
    void cannotReachAnotherAccount() {
        assertThat(refused(admin.removeDeployment(riverside, "1:lakeside")).code()).isEqualTo("deployment-not-found");
        assertThat(done(admin.overview(lakeside)).deployments()).containsExactly("1:lakeside");
    }

    @Test
    @DisplayName("a launch whose registration was deleted since is told to ask the tool's operator")
    void registrationGone() {
        PlatformDeployment gone = new PlatformDeployment("https://moodle.example.edu", "vanished", "1");

        AdminOutcome.Refused<?> refusal = refused(admin.overview(gone));

        assertThat(refusal.status()).isEqualTo(404);
        assertThat(refusal.code()).isEqualTo("platform-not-registered");
    }
}
