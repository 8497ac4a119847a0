package org.balint.lti.tool.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.persistence.credit.GradebookCreditResults;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.outbox.MessageId;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * Gradebook delivery for every tenant: one {@link GradebookDelivery} per tenant (deployment), made when
 * the tenant is first seen (at start for the tenants already registered, then on each periodic look at
 * the register, or at once when a leader records results for it), and one set of workers that visits
 * every tenant's delivery in turn, each round one {@link GradebookDelivery#deliverDue()}. The deliveries
 * keep their guarantees unchanged: claims, results and the exactly-once handling are theirs; this class
 * only decides which thread calls which tenant's round, and when.
 *
 * <p>The worker threads come from the {@link ThreadFactory} given to {@link #start} (in the server, the
 * container's managed thread factory). {@link #close()} lets each worker finish and record the round in
 * hand, then returns; what was claimed and not recorded lapses and is claimed again later.
 *
 * <p>Thread-safe.
 */
public final class GradebookDeliveries implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GradebookDeliveries.class.getName());

    /** How long {@link #close()} waits for the workers to finish their rounds. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Transactions transactions;
    private final Tenants tenants;
    private final DatabaseEngine engine;
    private final RetryPolicy policy;
    private final GradeClient grades;
    private final GradebookPlaces places;
    private final Clock clock;
    private final DeliverySettings settings;
    private final Duration tenantScan;
    private final Map<Tenant, Tenanted> deliveries = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile CountDownLatch stopSignal = new CountDownLatch(0);
    private volatile Instant lastScan = Instant.MIN;

    /**
     * Deliveries over the tenants of {@code tenants}.
     *
     * @param transactions runs every claim, result and query in a transaction of its own
     * @param tenants      the register of tenants, looked at every {@code tenantScan}
     * @param engine       the database (it decides how the outbox claims)
     * @param policy       how failed deliveries are retried
     * @param grades       the AGS client (line-item, score and result scopes)
     * @param places       where each group's results go
     * @param clock        the time of everything
     * @param settings     workers (threads over all tenants), batch size, idle pause, re-sends
     * @param tenantScan   how often the register is read for tenants this process has not seen yet, positive
     */
    public GradebookDeliveries(Transactions transactions, Tenants tenants, DatabaseEngine engine, RetryPolicy policy,
            GradeClient grades, GradebookPlaces places, Clock clock, DeliverySettings settings, Duration tenantScan) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.grades = Objects.requireNonNull(grades, "grades");
        this.places = Objects.requireNonNull(places, "places");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tenantScan = Objects.requireNonNull(tenantScan, "tenantScan");
        if (tenantScan.isNegative() || tenantScan.isZero()) {
            throw new IllegalArgumentException("tenantScan must be positive");
        }
    }

    /**
     * Starts {@link DeliverySettings#workers()} workers on threads from {@code threads}, after making a
     * delivery for every registered tenant. Starting a running instance does nothing.
     */
    public synchronized void start(ThreadFactory threads) {
        Objects.requireNonNull(threads, "threads");
        if (!workers.isEmpty()) {
            return;
        }
        try {
            scanTenants();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The tenants to deliver gradebook scores for could not be read now;"
                    + " the workers look again in " + tenantScan + ": " + e.getMessage());
        }
        CountDownLatch signal = new CountDownLatch(1);
        stopSignal = signal;
        for (int i = 0; i < settings.workers(); i++) {
            Thread thread = threads.newThread(() -> work(signal));
            thread.setName("balint-gradebook-delivery-" + (i + 1));
            workers.add(thread);
        }
        workers.forEach(Thread::start);
    }

    /** Stops the workers, letting each finish and record the round in hand; waits up to 30 seconds in all. */
    @Override
    public synchronized void close() {
        if (workers.isEmpty()) {
            return;
        }
        stopSignal.countDown();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread worker : workers) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        workers.clear();
    }

    /** Whether the workers run. */
    public synchronized boolean isRunning() {
        return !workers.isEmpty();
    }

    private void work(CountDownLatch signal) {
        while (signal.getCount() > 0) {
            int claimed = deliverDue();
            if (claimed == 0) {
                try {
                    signal.await(settings.idlePause().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One round over every tenant on the calling thread: a {@link GradebookDelivery#deliverDue()} for each,
     * after reading the register of tenants if that is due. Returns how many messages were claimed in all.
     * A tenant whose round fails (the database is unreachable) is skipped this time; what it claimed lapses
     * and is claimed again later.
     */
    public int deliverDue() {
        if (!clock.instant().isBefore(lastScan.plus(tenantScan))) {
            try {
                scanTenants();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The register of tenants could not be read: " + e.getMessage());
                lastScan = clock.instant();
            }
        }
        int claimed = 0;
        for (Tenanted tenanted : deliveries.values()) {
            try {
                claimed += tenanted.delivery().deliverDue();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Gradebook delivery round for " + tenanted.scope() + " failed: "
                        + e.getMessage());
            }
        }
        return claimed;
    }

    /** Makes a delivery for every registered tenant that has none yet. */
    void scanTenants() {
        List<TenantScope> all = transactions.inTransaction(tenants::all);
        all.forEach(this::forScope);
        lastScan = clock.instant();
    }

    /** The delivery of {@code tenant}, made now if needed; empty while the tenant is not registered. */
    public Optional<GradebookDelivery> forTenant(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Tenanted known = deliveries.get(tenant);
        if (known != null) {
            return Optional.of(known.delivery());
        }
        return transactions.inTransaction(em -> tenants.find(em, tenant)).map(this::forScope);
    }

    private GradebookDelivery forScope(TenantScope scope) {
        return deliveries.computeIfAbsent(scope.tenant(), tenant -> {
            Outbox outbox = outbox(scope);
            return new Tenanted(scope, outbox, new GradebookDelivery(scope, outbox, transactions, grades, places, clock,
                    settings));
        }).delivery();
    }

    /** {@code scope}'s outbox as the deliveries use it. */
    public Outbox outbox(TenantScope scope) {
        Tenanted known = deliveries.get(scope.tenant());
        if (known != null) {
            return known.outbox();
        }
        return new Outbox(scope, engine, policy, clock, RandomGenerator.of("L64X128MixRandom"));
    }

    /**
     * Sends {@code member}'s latest {@code type} result in {@code group} again, if its delivery was given
     * up: the outbox message becomes due at once with a fresh count of attempts.
     *
     * @return the message sent again; empty when there is no given-up delivery of the member's latest result
     */
    public Optional<MessageId> sendAgain(TenantScope scope, GroupId group, MemberId member, CreditType type) {
        Objects.requireNonNull(scope, "scope");
        forScope(scope);
        Outbox outbox = outbox(scope);
        return transactions.inTransaction(em -> new JpaCreditRecords(scope, () -> em).find(group, member, type)
                .flatMap((CreditRecord record) -> outbox.requeue(em,
                        GradebookCreditResults.idempotencyKey(scope.tenant(), record))));
    }

    /** The tenants this process delivers for. */
    public List<Tenant> tenants() {
        return List.copyOf(deliveries.keySet());
    }

    /** Gradebook scores still to be delivered, over every tenant (the outbox depth). */
    public long outboxDepth() {
        long depth = 0;
        for (Tenanted tenanted : deliveries.values()) {
            depth += tenanted.delivery().outboxDepth();
        }
        return depth;
    }

    /** What the deliveries of this process did since it started, summed over every tenant. */
    public DeliveryTotals totals() {
        long delivered = 0;
        long retried = 0;
        long failed = 0;
        long latencyMillis = 0;
        for (Tenanted tenanted : deliveries.values()) {
            GradebookDelivery delivery = tenanted.delivery();
            long count = delivery.delivered();
            delivered += count;
            retried += delivery.retried();
            failed += delivery.failed();
            latencyMillis += delivery.meanLatency().toMillis() * count;
        }
        return new DeliveryTotals(delivered, retried, failed, Duration.ofMillis(latencyMillis));
    }

    /**
     * Totals of deliveries.
     *
     * @param delivered     scores recorded as delivered
     * @param retried       attempts that failed and were rescheduled
     * @param failed        scores given up (dead-lettered)
     * @param latencyTotal  the time from decision to recorded delivery, summed over the delivered scores
     *                      (from each tenant's mean, to the millisecond)
     */
    public record DeliveryTotals(long delivered, long retried, long failed, Duration latencyTotal) {
        /** Validates the arguments. */
        public DeliveryTotals {
            Objects.requireNonNull(latencyTotal, "latencyTotal");
        }
    }

    private record Tenanted(TenantScope scope, Outbox outbox, GradebookDelivery delivery) {
    }
}
