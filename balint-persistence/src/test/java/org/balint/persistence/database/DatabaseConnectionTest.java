package org.balint.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseConnectionTest {

    @Test
    @DisplayName("a PostgreSQL connection names its engine and never shows its password")
    void postgres() {
        DatabaseConnection connection = DatabaseConnection.postgres("127.0.0.1", 5432, "balint", "balint", "s3cret");

        assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/balint");
        assertThat(connection.engine()).isEqualTo(DatabaseEngine.POSTGRESQL);
        assertThat(connection.toString()).doesNotContain("s3cret");
        assertThat(connection.dropDerbyInMemory()).isEmpty();
        assertThat(connection.shutDownDerbyDirectory()).isEmpty();
    }

    @Test
    @DisplayName("each in-memory Derby database has a name of its own and a URL that drops it")
    void derbyInMemory() {
        DatabaseConnection one = DatabaseConnection.derbyInMemory();
        DatabaseConnection other = DatabaseConnection.derbyInMemory();

        assertThat(one.jdbcUrl()).isNotEqualTo(other.jdbcUrl()).startsWith("jdbc:derby:memory:balint-").endsWith(";create=true");
        assertThat(one.engine()).isEqualTo(DatabaseEngine.DERBY);
        assertThat(one.dropDerbyInMemory()).hasValueSatisfying(url -> assertThat(url).endsWith(";drop=true").doesNotContain("create"));
        assertThat(one.shutDownDerbyDirectory()).isEmpty();
    }

    @Test
    @DisplayName("a Derby database in a directory is kept there and not dropped")
    void derbyDirectory() {
        DatabaseConnection connection = DatabaseConnection.derbyDirectory(Path.of("target", "balint-db"));

        assertThat(connection.jdbcUrl()).startsWith("jdbc:derby:/").endsWith("balint-db;create=true");
        assertThat(connection.dropDerbyInMemory()).isEmpty();
        assertThat(connection.shutDownDerbyDirectory()).hasValueSatisfying(url -> assertThat(url).endsWith("balint-db;shutdown=true"));
    }

    @Test
    @DisplayName("a Derby database reached through a network server is left to that server: never shut down from here")
    void derbyNetworkServer() {
        DatabaseConnection connection = new DatabaseConnection("jdbc:derby://127.0.0.1:1527//srv/balint/databases/balint",
                "APP", "APP");

        assertThat(connection.engine()).isEqualTo(DatabaseEngine.DERBY);
        assertThat(connection.dropDerbyInMemory()).isEmpty();
        assertThat(connection.shutDownDerbyDirectory()).isEmpty();
    }

    @Test
    @DisplayName("a database Balint does not support is named as such")
    void unsupported() {
        assertThatThrownBy(() -> new DatabaseConnection("jdbc:h2:mem:x", "", "").engine())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Derby or PostgreSQL");
        assertThat(DatabaseEngine.fromProductName("PostgreSQL")).contains(DatabaseEngine.POSTGRESQL);
        assertThat(DatabaseEngine.fromProductName("Apache Derby")).contains(DatabaseEngine.DERBY);
        assertThat(DatabaseEngine.fromProductName("H2")).isEmpty();
    }
}
