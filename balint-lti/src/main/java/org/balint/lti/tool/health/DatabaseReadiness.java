package org.balint.lti.tool.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.balint.lti.tool.config.ToolDatabase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers: every login and launch reads and writes it. DOWN, with the
 * driver's reason, when no connection can be had or the connection does not answer within
 * {@value #TIMEOUT_SECONDS} seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Inject
    ToolDatabase database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("product", database.engine().productName());
        try (Connection connection = database.dataSource().getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.status(valid).build();
        } catch (SQLException e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
