package org.balint.lti.protocol.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.balint.lti.protocol.platform.CanvasEnvironment;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.store.RegistryChange.Applied;
import org.balint.lti.protocol.store.RegistryChange.Refusal;
import org.balint.lti.protocol.store.RegistryChange.Refused;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Platform registrations in the database")
class JdbcPlatformRegistryTest {

    private static final Duration CHECK = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final CountingDataSource database = new CountingDataSource(TestDataSources.fresh("registry"));
    private final JdbcPlatformRegistry registry = new JdbcPlatformRegistry(database, clock, CHECK);

    private static RegistrationDetails moodle(String clientId, String... deployments) {
        return new RegistrationDetails(PlatformPresets.moodle(URI.create("https://moodle.example.edu"), clientId,
                Set.of(deployments)), Optional.empty(), "Moodle of the medical school", "moodle");
    }

    private static RegistrationDetails canvas(String clientId, String... deployments) {
        return new RegistrationDetails(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, clientId,
                Set.of(deployments)), Optional.of("https://canvas.instructure.com/login/oauth2/token"),
                "Canvas " + clientId, "canvas-production");
    }

    private static StoredRegistration applied(RegistryChange change) {
        assertThat(change).isInstanceOf(Applied.class);
        return ((Applied) change).registration().orElseThrow();
    }

    private static Refusal refusal(RegistryChange change) {
        assertThat(change).isInstanceOf(Refused.class);
        return ((Refused) change).refusal();
    }

    private static int rows(DataSource dataSource, String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void stores_a_registration_with_several_deployments_and_reads_it_back() {
        StoredRegistration created = applied(registry.create(moodle("2ABqdqmSjYFK1oP", "1", "7")));

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(clock.instant()).isEqualTo(created.updatedAt());
        assertThat(registry.get(created.id())).contains(created);
        assertThat(created.registration().deploymentIds()).containsExactlyInAnyOrder("1", "7");
        assertThat(created.registration().authorizationEndpoint())
                .isEqualTo(URI.create("https://moodle.example.edu/mod/lti/auth.php"));
        assertThat(created.details().tokenAudience()).isEmpty();
        assertThat(registry.find("https://moodle.example.edu", "2ABqdqmSjYFK1oP"))
                .contains(created.registration());
    }

    @Test
    void tells_canvas_registrations_sharing_one_issuer_apart_by_client_id() {
        applied(registry.create(canvas("10000000000042", "12:8865aa05")));
        applied(registry.create(canvas("10000000000007", "3:b0b0")));

        assertThat(registry.findByIssuer("https://canvas.instructure.com"))
                .extracting(PlatformRegistration::clientId).containsExactly("10000000000007", "10000000000042");
        assertThat(registry.find("https://canvas.instructure.com", "10000000000042").orElseThrow().deploymentIds())
                .containsExactly("12:8865aa05");
        assertThat(registry.find("https://canvas.instructure.com", "99")).isEmpty();
        assertThat(registry.findByIssuer("https://unknown.example")).isEmpty();
        assertThat(registry.list()).extracting(StoredRegistration::details)
                .extracting(RegistrationDetails::tokenAudience)
                .containsOnly(Optional.of("https://canvas.instructure.com/login/oauth2/token"));
    }

    @Test
    void refuses_a_second_registration_with_the_same_issuer_and_client_id_and_writes_nothing() throws Exception {
        applied(registry.create(moodle("client", "1")));

        assertThat(refusal(registry.create(moodle("client", "2")))).isEqualTo(Refusal.REGISTRATION_EXISTS);
        assertThat(rows(database, "lti_platform_registration")).isEqualTo(1);
        assertThat(rows(database, "lti_platform_deployment")).isEqualTo(1);
    }

    @Test
    void updates_only_from_the_version_last_read() {
        StoredRegistration created = applied(registry.create(moodle("client", "1", "2")));
        clock.advance(Duration.ofMinutes(1));
        RegistrationDetails moved = new RegistrationDetails(PlatformPresets.moodle(
                URI.create("https://moodle.example.edu/lms"), "client", Set.of("2", "3")), Optional.empty(),
                "Moved Moodle", "moodle");

        StoredRegistration updated = applied(registry.update(created.id(), 1, moved));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.details()).isEqualTo(moved);
        assertThat(refusal(registry.update(created.id(), 1, moodle("client", "9")))).isEqualTo(Refusal.VERSION_CONFLICT);
        assertThat(registry.get(created.id())).contains(updated);
    }

    @Test
    void refuses_an_update_onto_another_registrations_issuer_and_client_id() {
        applied(registry.create(moodle("first", "1")));
        StoredRegistration second = applied(registry.create(moodle("second", "1")));

        assertThat(refusal(registry.update(second.id(), 1, moodle("first", "1")))).isEqualTo(Refusal.REGISTRATION_EXISTS);
        assertThat(registry.get(second.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void answers_changes_to_an_unknown_registration_with_not_found() {
        assertThat(registry.get(404)).isEmpty();
        assertThat(refusal(registry.update(404, 1, moodle("c", "1")))).isEqualTo(Refusal.REGISTRATION_NOT_FOUND);
        assertThat(refusal(registry.delete(404, OptionalLong.empty()))).isEqualTo(Refusal.REGISTRATION_NOT_FOUND);
        assertThat(refusal(registry.addDeployment(404, OptionalLong.empty(), "1"))).isEqualTo(Refusal.REGISTRATION_NOT_FOUND);
    }

    @Test
    void adds_and_removes_deployments_but_never_the_last_one() {
        StoredRegistration created = applied(registry.create(moodle("client", "1")));

        StoredRegistration added = applied(registry.addDeployment(created.id(), OptionalLong.of(1), "2"));
        assertThat(added.registration().deploymentIds()).containsExactlyInAnyOrder("1", "2");
        assertThat(added.version()).isEqualTo(2);
        assertThat(refusal(registry.addDeployment(created.id(), OptionalLong.empty(), "2"))).isEqualTo(Refusal.DEPLOYMENT_EXISTS);
        assertThat(refusal(registry.addDeployment(created.id(), OptionalLong.of(1), "3"))).isEqualTo(Refusal.VERSION_CONFLICT);

        StoredRegistration removed = applied(registry.removeDeployment(created.id(), OptionalLong.of(2), "1"));
        assertThat(removed.registration().deploymentIds()).containsExactly("2");
        assertThat(refusal(registry.removeDeployment(created.id(), OptionalLong.empty(), "1"))).isEqualTo(Refusal.DEPLOYMENT_NOT_FOUND);
        assertThat(refusal(registry.removeDeployment(created.id(), OptionalLong.empty(), "2"))).isEqualTo(Refusal.LAST_DEPLOYMENT);
        assertThat(registry.find("https://moodle.example.edu", "client").orElseThrow().knowsDeployment("1")).isFalse();
    }

    @Test
    void deletes_a_registration_with_its_deployments() throws Exception {
        StoredRegistration created = applied(registry.create(moodle("client", "1", "2")));
        assertThat(registry.find("https://moodle.example.edu", "client")).isPresent();

        assertThat(refusal(registry.delete(created.id(), OptionalLong.of(7)))).isEqualTo(Refusal.VERSION_CONFLICT);
        assertThat(registry.delete(created.id(), OptionalLong.of(1))).isEqualTo(new Applied(Optional.empty()));

        assertThat(registry.find("https://moodle.example.edu", "client")).isEmpty();
        assertThat(rows(database, "lti_platform_deployment")).isZero();
    }

    @Test
    void seeding_the_configured_registration_at_every_start_never_duplicates_it() throws Exception {
        RegistrationDetails configured = new RegistrationDetails(new PlatformRegistration("http://127.0.0.1:9180",
                "balint-dev-tool", URI.create("http://localhost:9180/auth"), URI.create("http://127.0.0.1:9180/token"),
                URI.create("http://127.0.0.1:9180/.well-known/jwks.json"), Set.of("1")), Optional.empty(),
                "From the server configuration", "configuration");

        StoredRegistration first = registry.ensure(configured);
        StoredRegistration again = new JdbcPlatformRegistry(database, clock, CHECK).ensure(configured);

        assertThat(again).isEqualTo(first);
        assertThat(rows(database, "lti_platform_registration")).isEqualTo(1);
    }

    @Test
    void seeding_brings_endpoints_in_line_and_keeps_deployments_added_since() {
        RegistrationDetails configured = moodle("client", "1");
        StoredRegistration first = registry.ensure(configured);
        applied(registry.addDeployment(first.id(), OptionalLong.empty(), "5"));
        RegistrationDetails moved = new RegistrationDetails(PlatformPresets.moodle(
                URI.create("https://moodle.example.edu"), "client", Set.of("1", "2")), Optional.of("aud"),
                "ignored label", "custom");

        StoredRegistration after = registry.ensure(moved);

        assertThat(after.id()).isEqualTo(first.id());
        assertThat(after.registration().deploymentIds()).containsExactlyInAnyOrder("1", "2", "5");
        assertThat(after.details().tokenAudience()).contains("aud");
        assertThat(after.details().label()).isEqualTo(first.details().label());
        assertThat(after.version()).isEqualTo(3);
    }

    @Test
    void two_nodes_seeding_at_the_same_moment_leave_one_registration() throws Exception {
        RegistrationDetails configured = moodle("client", "1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<StoredRegistration> seed = () -> new JdbcPlatformRegistry(database, clock, CHECK).ensure(configured);
            List<Future<StoredRegistration>> results = pool.invokeAll(List.of(seed, seed), 60, TimeUnit.SECONDS);
            assertThat(results.get(0).get().id()).isEqualTo(results.get(1).get().id());
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(database, "lti_platform_registration")).isEqualTo(1);
    }

    @Test
    void launch_lookups_are_answered_from_memory_between_checks() {
        applied(registry.create(moodle("client", "1")));
        registry.find("https://moodle.example.edu", "client");
        int before = database.connections();

        for (int i = 0; i < 100; i++) {
            assertThat(registry.find("https://moodle.example.edu", "client")).isPresent();
            assertThat(registry.findByIssuer("https://attacker.example/" + i)).isEmpty();
        }

        assertThat(database.connections()).isEqualTo(before);
    }

    @Test
    void another_node_sees_a_change_within_the_check_interval() {
        JdbcPlatformRegistry otherNode = new JdbcPlatformRegistry(database, clock, CHECK);
        assertThat(otherNode.find("https://moodle.example.edu", "client")).isEmpty();

        applied(registry.create(moodle("client", "1")));
        assertThat(registry.find("https://moodle.example.edu", "client")).isPresent();
        assertThat(otherNode.find("https://moodle.example.edu", "client")).isEmpty();

        clock.advance(CHECK);
        assertThat(otherNode.find("https://moodle.example.edu", "client")).isPresent();
    }

    @Test
    void a_check_finding_no_change_reads_one_row_and_keeps_the_copy() {
        applied(registry.create(moodle("client", "1")));
        registry.find("https://moodle.example.edu", "client");
        int before = database.connections();

        clock.advance(CHECK);
        registry.find("https://moodle.example.edu", "client");
        registry.find("https://moodle.example.edu", "client");

        assertThat(database.connections()).isEqualTo(before + 1);
    }

    @Test
    void keeps_answering_from_memory_while_the_database_is_unreachable() {
        applied(registry.create(moodle("client", "1")));
        registry.find("https://moodle.example.edu", "client");

        database.down(true);
        clock.advance(CHECK.multipliedBy(3));

        assertThat(registry.find("https://moodle.example.edu", "client")).isPresent();
        database.down(false);
    }

    @Test
    void of_simultaneous_creations_of_one_registration_exactly_one_succeeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<RegistryChange> create = () -> new JdbcPlatformRegistry(database, clock, CHECK).create(moodle("client", "1"));
            List<RegistryChange> changes = new java.util.ArrayList<>();
            for (Future<RegistryChange> result : pool.invokeAll(List.of(create, create, create, create), 60, TimeUnit.SECONDS)) {
                changes.add(result.get());
            }
            assertThat(changes).filteredOn(Applied.class::isInstance).hasSize(1);
            assertThat(changes).filteredOn(Refused.class::isInstance)
                    .extracting(c -> ((Refused) c).refusal()).containsOnly(Refusal.REGISTRATION_EXISTS).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(database, "lti_platform_registration")).isEqualTo(1);
    }
}
