package org.balint.lti.tool.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.balint.lti.tool.gradebook.GradebookDeliveries;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The gradebook delivery's MicroProfile metrics (application scope), served at {@code /metrics}:
 * <ul>
 *   <li>{@value #DEPTH} (gauge): scores still to be delivered over every tenant, read from the database at
 *       most every five seconds;</li>
 *   <li>{@value #DELIVERIES}, {@value #RETRIES}, {@value #FAILURES} (counters): scores delivered, attempts
 *       rescheduled, scores given up, by this node since it started;</li>
 *   <li>{@value #LATENCY} (timer): from a credit decision to its recorded delivery. The deliveries keep a
 *       running total; each {@link #sync()} records, for every score delivered since the last one, the mean
 *       time of those scores.</li>
 * </ul>
 */
final class GradebookMetrics {

    static final String DEPTH = "balint.gradebook.outbox.depth";
    static final String DELIVERIES = "balint.gradebook.deliveries";
    static final String RETRIES = "balint.gradebook.retries";
    static final String FAILURES = "balint.gradebook.failures";
    static final String LATENCY = "balint.gradebook.delivery.latency";

    private static final System.Logger LOG = System.getLogger(GradebookMetrics.class.getName());
    private static final Duration DEPTH_MAX_AGE = Duration.ofSeconds(5);

    private final GradebookDeliveries deliveries;
    private final Clock clock;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;
    private final Timer latency;
    private GradebookDeliveries.DeliveryTotals seen = new GradebookDeliveries.DeliveryTotals(0, 0, 0, Duration.ZERO);
    private long depth;
    private Instant depthReadAt = Instant.MIN;

    GradebookMetrics(MetricRegistry registry, GradebookDeliveries deliveries, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
        registry.gauge(Metadata.builder().withName(DEPTH)
                .withDescription("Gradebook scores still to be delivered (pending in the outbox), over every tenant")
                .withUnit(MetricUnits.NONE).build(), this, GradebookMetrics::depth);
        delivered = registry.counter(Metadata.builder().withName(DELIVERIES)
                .withDescription("Gradebook scores recorded as delivered by this node").build());
        retried = registry.counter(Metadata.builder().withName(RETRIES)
                .withDescription("Gradebook delivery attempts that failed and were rescheduled by this node").build());
        failed = registry.counter(Metadata.builder().withName(FAILURES)
                .withDescription("Gradebook scores given up (dead-lettered) by this node").build());
        latency = registry.timer(Metadata.builder().withName(LATENCY)
                .withDescription("Time from a credit decision to the recorded delivery of its gradebook score").build());
    }

    /** Copies what the deliveries did since the last call into the counters and the timer. */
    synchronized void sync() {
        GradebookDeliveries.DeliveryTotals now = deliveries.totals();
        long newlyDelivered = now.delivered() - seen.delivered();
        if (newlyDelivered > 0) {
            delivered.inc(newlyDelivered);
            long millis = Math.max(0, now.latencyTotal().minus(seen.latencyTotal()).toMillis()) / newlyDelivered;
            for (long i = 0; i < newlyDelivered; i++) {
                latency.update(Duration.ofMillis(millis));
            }
        }
        if (now.retried() > seen.retried()) {
            retried.inc(now.retried() - seen.retried());
        }
        if (now.failed() > seen.failed()) {
            failed.inc(now.failed() - seen.failed());
        }
        seen = now;
    }

    synchronized long depth() {
        Instant at = clock.instant();
        if (!at.isBefore(depthReadAt.plus(DEPTH_MAX_AGE))) {
            try {
                depth = deliveries.outboxDepth();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The gradebook outbox depth could not be read: " + e.getMessage());
            }
            depthReadAt = at;
        }
        return depth;
    }
}
