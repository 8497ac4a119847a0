package org.balint.lti.tool.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while less than 90 % of the maximum heap is in use after the last collections. */
@Liveness
@ApplicationScoped
public class MemoryLiveness implements HealthCheck {

    static final double LIMIT = 0.9;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < max * LIMIT)
                .withData("used-bytes", used)
                .withData("max-bytes", max)
                .build();
    }
}
