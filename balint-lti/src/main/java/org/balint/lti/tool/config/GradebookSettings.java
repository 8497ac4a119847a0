package org.balint.lti.tool.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.lti.tool.gradebook.DeliverySettings;

/**
 * How the tool delivers credit results to the LMS gradebooks, read from configuration properties:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code balint.gradebook.workers}</td><td>{@code 4}</td><td>worker threads over every tenant's outbox, 1 to 64</td></tr>
 * <tr><td>{@code balint.gradebook.batch-size}</td><td>{@code 16}</td><td>scores a worker claims at a time, 1 to 500</td></tr>
 * <tr><td>{@code balint.gradebook.idle-pause}</td><td>{@code PT1S}</td><td>how long an idle worker waits before looking again (ISO-8601, 10 ms to 1 minute)</td></tr>
 * </table>
 *
 * @param delivery the delivery settings (three re-sends of a score the platform calls stale)
 */
public record GradebookSettings(DeliverySettings delivery) {

    static final String WORKERS = "balint.gradebook.workers";
    static final String BATCH_SIZE = "balint.gradebook.batch-size";
    static final String IDLE_PAUSE = "balint.gradebook.idle-pause";

    /** Validates the argument. */
    public GradebookSettings {
        Objects.requireNonNull(delivery, "delivery");
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalStateException naming every value that is not usable
     */
    public static GradebookSettings read(Function<String, Optional<String>> properties) {
        List<String> problems = new ArrayList<>();
        int workers = number(properties, WORKERS, 4, 1, 64, problems);
        int batch = number(properties, BATCH_SIZE, 16, 1, 500, problems);
        Duration idle = Duration.ofSeconds(1);
        Optional<String> pause = properties.apply(IDLE_PAUSE).map(String::strip).filter(v -> !v.isEmpty());
        if (pause.isPresent()) {
            try {
                idle = Duration.parse(pause.get());
                if (idle.compareTo(Duration.ofMillis(10)) < 0 || idle.compareTo(Duration.ofMinutes(1)) > 0) {
                    problems.add(IDLE_PAUSE + " is " + pause.get() + "; give a duration from PT0.01S to PT1M.");
                }
            } catch (DateTimeParseException e) {
                problems.add(IDLE_PAUSE + " is '" + pause.get() + "', not an ISO-8601 duration such as PT1S.");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The gradebook delivery cannot start: " + String.join(" ", problems));
        }
        return new GradebookSettings(new DeliverySettings(workers, batch, idle, DeliverySettings.defaults().staleResends()));
    }

    private static int number(Function<String, Optional<String>> properties, String name, int fallback, int min, int max,
            List<String> problems) {
        Optional<String> value = properties.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " is '" + value.get() + "'; give a whole number from " + min + " to " + max + ".");
        return fallback;
    }
}
