package org.balint.lti.tool.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.JdbcToolKeyStore;
import org.balint.lti.protocol.store.ToolKeyCipher;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.web.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The admin operations on registrations and keys")
class RegistrationAdminTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final javax.sql.DataSource database = TestDataSources.fresh("admin");
    private final JdbcPlatformRegistry registry = new JdbcPlatformRegistry(database, clock, Duration.ofSeconds(5));
    private final RegistrationAdmin admin = new RegistrationAdmin(registry);

    private static RegistrationInput moodle(String clientId) {
        RegistrationInput in = new RegistrationInput();
        in.preset = "moodle";
        in.siteUrl = "https://moodle.example.edu";
        in.clientId = clientId;
        in.deploymentIds = List.of("1");
        return in;
    }

    private static Problem problem(AdminAnswer answer) {
        return answer.problem().orElseThrow(() -> new AssertionError("expected a refusal, got " + answer));
    }

    private static RegistrationView view(AdminAnswer answer) {
        assertThat(answer.problem()).isEmpty();
        return (RegistrationView) answer.body().orElseThrow();
    }

    private static VersionCheck ifMatch(long version) {
        return new VersionCheck(OptionalLong.of(version), OptionalLong.empty());
    }

    @Test
    void creates_from_a_preset_answering_201_with_the_version_as_etag() {
        AdminAnswer answer = admin.create(moodle("abc"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.version()).contains(1L);
        RegistrationView created = view(answer);
        assertThat(created.jwksUrl()).isEqualTo("https://moodle.example.edu/mod/lti/certs.php");
        assertThat(created.createdAt()).isEqualTo("2026-11-29T08:00:00Z");
        assertThat(registry.find("https://moodle.example.edu", "abc")).isPresent();
        assertThat(view(admin.get(Long.toString(created.id()))).clientId()).isEqualTo("abc");
        assertThat((List<?>) admin.list().body().orElseThrow()).hasSize(1);
    }

    @Test
    void refuses_bad_fields_and_duplicates_writing_nothing() {
        RegistrationInput bad = moodle("abc");
        bad.siteUrl = "http://moodle.example.edu";
        Problem invalid = problem(admin.create(bad));
        assertThat(invalid.code()).isEqualTo("registration-invalid");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.message()).contains("siteUrl must use https");
        assertThat(registry.list()).isEmpty();

        admin.create(moodle("abc"));
        Problem exists = problem(admin.create(moodle("abc")));
        assertThat(exists.code()).isEqualTo("registration-exists");
        assertThat(exists.status()).isEqualTo(409);
        assertThat(registry.list()).hasSize(1);
    }

    @Test
    void answers_unknown_ids_with_404() {
        assertThat(problem(admin.get("999")).status()).isEqualTo(404);
        assertThat(problem(admin.get("not-a-number")).code()).isEqualTo("registration-not-found");
        assertThat(problem(admin.delete("999", VersionCheck.none())).code()).isEqualTo("registration-not-found");
    }

    @Test
    void a_replacement_needs_the_version_read_and_refuses_a_stale_one() {
        String id = Long.toString(view(admin.create(moodle("abc"))).id());
        RegistrationInput moved = moodle("abc");
        moved.siteUrl = "https://moodle.example.edu/new";

        assertThat(problem(admin.update(id, moved, VersionCheck.none())))
                .extracting(Problem::code, Problem::status).containsExactly("version-required", 428);
        assertThat(problem(admin.update(id, moved, ifMatch(4))))
                .extracting(Problem::code, Problem::status).containsExactly("version-mismatch", 412);
        assertThat(problem(admin.update(id, moved, new VersionCheck(OptionalLong.empty(), OptionalLong.of(4)))))
                .extracting(Problem::code, Problem::status).containsExactly("version-conflict", 409);

        AdminAnswer replaced = admin.update(id, moved, ifMatch(1));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(view(replaced).issuer()).isEqualTo("https://moodle.example.edu/new");
        assertThat(replaced.version()).contains(2L);
    }

    @Test
    void manages_deployments_with_reason_codes() {
        String id = Long.toString(view(admin.create(moodle("abc"))).id());
        DeploymentInput two = new DeploymentInput();
        two.deploymentId = "2";

        assertThat(view(admin.addDeployment(id, two, VersionCheck.none())).deploymentIds()).containsExactly("1", "2");
        assertThat(problem(admin.addDeployment(id, two, VersionCheck.none())).code()).isEqualTo("deployment-exists");
        assertThat(problem(admin.addDeployment(id, new DeploymentInput(), VersionCheck.none())))
                .extracting(Problem::code, Problem::status).containsExactly("deployment-invalid", 400);
        assertThat(view(admin.removeDeployment(id, "1", ifMatch(2))).deploymentIds()).containsExactly("2");
        assertThat(problem(admin.removeDeployment(id, "9", VersionCheck.none())))
                .extracting(Problem::code, Problem::status).containsExactly("deployment-not-found", 404);
        assertThat(problem(admin.removeDeployment(id, "2", VersionCheck.none())))
                .extracting(Problem::code, Problem::status).containsExactly("last-deployment", 409);
        assertThat(admin.delete(id, ifMatch(3)).status()).isEqualTo(204);
        assertThat(registry.find("https://moodle.example.edu", "abc")).isEmpty();
    }

    @Test
    void logs_each_change_with_who_and_what_but_no_secret() {
        List<String> logged = new java.util.ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(RegistrationAdmin.class.getName());
        logger.addHandler(handler);
        try {
            admin.create(moodle("abc"));
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(logged).singleElement().asString()
                .startsWith("Admin change by the admin token: created platform registration")
                .contains("issuer https://moodle.example.edu, client_id abc");
    }

    @Test
    void lists_and_rotates_tool_keys_without_private_material() {
        ToolKeyRing ring = ToolKeyRing.over(new JdbcToolKeyStore(database, clock, Duration.ofHours(1),
                ToolKeyCipher.fromSecret("a-test-secret-of-at-least-32-characters")), clock, Duration.ofSeconds(30));
        ToolKeyAdmin keys = new ToolKeyAdmin(ring);
        String first = ring.signingKey().getKeyID();
        clock.advance(Duration.ofDays(1));

        @SuppressWarnings("unchecked")
        List<ToolKeyView> after = (List<ToolKeyView>) keys.rotate().body().orElseThrow();

        assertThat(after).hasSize(2);
        assertThat(after.get(0).status()).isEqualTo("active");
        assertThat(after.get(0).kid()).isNotEqualTo(first);
        assertThat(after.get(1)).isEqualTo(new ToolKeyView(first, "retired", "2026-11-29T08:00:00Z",
                java.util.Optional.of("2026-11-30T08:00:00Z"), java.util.Optional.of("2026-11-30T09:00:00Z")));
        assertThat(keys.list().body().orElseThrow()).isEqualTo(after);
    }
}
