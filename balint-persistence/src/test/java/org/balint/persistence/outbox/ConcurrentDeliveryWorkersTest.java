package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Several delivery workers draining one outbox at the same time")
class ConcurrentDeliveryWorkersTest {

    private static final int MESSAGES = 60;
    private static final int WORKERS = 4;
    private static final int BATCH = 4;
    private static final int MAX_ROUNDS_PER_WORKER = 200;

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T14:30:00Z"));

    @Test
    @DisplayName("four workers claiming in parallel never receive the same message, and together they deliver every message once")
    void noMessageIsHandedToTwoWorkers() throws Exception {
        TenantScope tenant = TenantFixture.registered(database, clock);
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));
        database.useTransaction(em -> {
            Outbox outbox = new Outbox(tenant, database.engine(), policy, clock, new SplittableRandom(1));
            for (int member = 1; member <= MESSAGES; member++) {
                outbox.enqueue(em, new OutboxMessage("gradebook-score", "credit-result:group-3:member-" + member,
                        "{\"userId\":\"member-" + member + "\",\"scoreGiven\":8}"));
            }
        });

        List<Long> claimedByAnyone = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<Integer>> delivered = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                Outbox outbox = new Outbox(tenant, database.engine(), policy, clock, new SplittableRandom(w));
                delivered.add(workers.submit(worker(outbox, start, claimedByAnyone)));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> each : delivered) {
                total += each.get(2, TimeUnit.MINUTES);
            }

            Set<Long> distinct = new HashSet<>(claimedByAnyone);
            assertThat(claimedByAnyone).as("claims handed out").hasSize(distinct.size());
            assertThat(distinct).hasSize(MESSAGES);
            assertThat(total).isEqualTo(MESSAGES);
        } finally {
            workers.shutdownNow();
            assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private Callable<Integer> worker(Outbox outbox, CountDownLatch start, List<Long> claimedByAnyone) {
        return () -> {
            start.await();
            int delivered = 0;
            for (int round = 0; round < MAX_ROUNDS_PER_WORKER; round++) {
                List<ClaimedMessage> claims = database.inTransaction(em -> outbox.claimDue(em, BATCH));
                if (claims.isEmpty()) {
                    return delivered;
                }
                for (ClaimedMessage claim : claims) {
                    claimedByAnyone.add(claim.id().value());
                    DeliveryOutcome outcome = database.inTransaction(em -> outbox.markDelivered(em, claim));
                    assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
                    delivered++;
                }
            }
            throw new AssertionError("a worker was still finding due messages after " + MAX_ROUNDS_PER_WORKER + " rounds");
        };
    }
}
