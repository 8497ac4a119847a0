package org.balint.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The persistence unit must run on a UTC platform")
class UtcPlatformsTest {

    @Test
    @DisplayName("each engine has its UTC platform, and a standalone database runs on it")
    void standaloneRunsOnTheUtcPlatform() {
        assertThat(UtcPlatforms.forEngine(DatabaseEngine.DERBY)).isEqualTo(UtcDerbyPlatform.class.getName());
        assertThat(UtcPlatforms.forEngine(DatabaseEngine.POSTGRESQL)).isEqualTo(UtcPostgreSQLPlatform.class.getName());

        UtcPlatforms.verify(TestDatabases.shared().entityManagerFactory());
    }

    @Test
    @DisplayName("a persistence unit opened without the UTC platform is refused at start-up with the property to set")
    void misconfiguredUnitIsRefused() {
        DatabaseConnection database = TestDatabases.emptyDatabase();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(StandaloneDatabase.PERSISTENCE_UNIT, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", database.jdbcUrl(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password(),
                "eclipselink.weaving", "false"));
        try {
            assertThatThrownBy(() -> UtcPlatforms.verify(factory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("eclipselink.target-database")
                    .hasMessageContaining(UtcPlatforms.forEngine(database.engine()));
        } finally {
            factory.close();
        }
    }
}
