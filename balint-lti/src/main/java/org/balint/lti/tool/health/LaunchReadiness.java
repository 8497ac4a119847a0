package org.balint.lti.tool.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.tool.config.ToolConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the configured platform is registered and the tool has a key to publish. */
@Readiness
@ApplicationScoped
public class LaunchReadiness implements HealthCheck {

    @Inject
    PlatformRegistry registry;

    @Inject
    ToolConfiguration configuration;

    @Inject
    ToolKeyRing keys;

    @Override
    public HealthCheckResponse call() {
        boolean registered = registry.find(configuration.registration().issuer(),
                configuration.registration().clientId()).isPresent();
        boolean keyPublished = !keys.publicKeys().getKeys().isEmpty();
        return HealthCheckResponse.named("lti-launch")
                .status(registered && keyPublished)
                .withData("launch-url", configuration.launchUrl().toString())
                .withData("platform-registered", registered)
                .withData("tool-key-published", keyPublished)
                .build();
    }
}
