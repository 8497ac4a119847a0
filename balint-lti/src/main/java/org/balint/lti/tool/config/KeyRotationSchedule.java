package org.balint.lti.tool.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKeyRing;

/**
 * Replaces the tool's signing key once it has signed for the rotation period
 * ({@code balint.keys.rotation-period}): checked when the application starts and then every
 * {@link #CHECK_EVERY} by a task on the server's managed scheduled executor. Every node runs the
 * check; the store lets only one of them rotate a given key.
 */
@ApplicationScoped
public class KeyRotationSchedule {

    /** How often the age of the active key is checked. */
    static final Duration CHECK_EVERY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(KeyRotationSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    ToolKeyRing ring;

    @Inject
    ToolKeySettings settings;

    private Optional<ScheduledFuture<?>> task = Optional.empty();

    /** Checks now and schedules the periodic check. */
    void start(@Observes Startup startup) {
        rotateIfDue();
        task = Optional.of(executor.scheduleAtFixedRate(this::rotateIfDue, CHECK_EVERY.toMinutes(),
                CHECK_EVERY.toMinutes(), TimeUnit.MINUTES));
    }

    /** Rotates if the active key is older than the rotation period; a failure is logged and retried next time. */
    void rotateIfDue() {
        try {
            ring.rotateIfOlderThan(settings.rotationPeriod()).ifPresent(key -> LOG.info(() ->
                    "Rotated the tool key automatically after " + settings.rotationPeriod() + ": now signing with "
                            + key.getKeyID()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The tool key could not be rotated; the next check is in " + CHECK_EVERY, e);
        }
    }

    @PreDestroy
    void stop() {
        task.ifPresent(t -> t.cancel(false));
    }
}
