package org.balint.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A standalone installation on embedded Derby in a directory")
class StandaloneDerbyInADirectoryTest {

    @Test
    @DisplayName("keeps its records across a shutdown and a restart, and the restart finds the schema up to date")
    void recordsSurviveARestart(@TempDir Path directory) {
        DatabaseConnection connection = DatabaseConnection.derbyDirectory(directory.resolve("balint"));
        Tenant tenant = new Tenant("https://moodle.example.edu", "3");
        Tenants tenants = new Tenants(Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC));

        TenantScope registered;
        try (StandaloneDatabase first = StandaloneDatabase.open(connection)) {
            assertThat(first.schema().migrationsApplied()).isPositive();
            registered = first.inTransaction(em -> tenants.register(em, tenant));
        }
        assertThat(Files.exists(directory.resolve("balint"))).isTrue();

        try (StandaloneDatabase restarted = StandaloneDatabase.open(connection)) {
            Optional<TenantScope> found = restarted.inTransaction(em -> tenants.find(em, tenant));
            assertThat(restarted.schema().wasAlreadyUpToDate()).isTrue();
            assertThat(found).contains(registered);
        }
    }
}
