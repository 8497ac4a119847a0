package org.balint.lti.protocol.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.Test;

class LtiSchemaTest {

    @Test
    void keeps_its_own_migration_history_and_applies_nothing_twice() throws Exception {
        DataSource dataSource = TestDataSources.fresh("schema");

        assertThat(new LtiSchema(dataSource).migrate()).isZero();
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean history = false;
            while (tables.next()) {
                history |= tables.getString("TABLE_NAME").equalsIgnoreCase(LtiSchema.HISTORY_TABLE);
            }
            assertThat(history).isTrue();
        }
    }
}
