package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A worker claiming while another worker's claim is not yet committed")
class ClaimingPastAnotherWorkersLocksTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T14:30:00Z"));

    @Test
    @DisplayName("gets only the messages the first worker did not take; on PostgreSQL without waiting for the first worker to commit")
    void secondWorkerPassesTheFirstWorkersRows() throws Exception {
        TenantScope tenant = TenantFixture.registered(database, clock);
        Outbox first = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(1));
        Outbox second = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(2));
        database.useTransaction(em -> {
            first.enqueue(em, new OutboxMessage("gradebook-score", "credit-result:group-5:member-1", "{}"));
            clock.advance(java.time.Duration.ofSeconds(1));
            first.enqueue(em, new OutboxMessage("gradebook-score", "credit-result:group-5:member-2", "{}"));
        });

        EntityManager firstWorker = database.entityManagerFactory().createEntityManager();
        ExecutorService secondWorker = Executors.newSingleThreadExecutor();
        try {
            firstWorker.getTransaction().begin();
            List<ClaimedMessage> takenByFirst = first.claimDue(firstWorker, 1);
            Future<List<ClaimedMessage>> takenBySecond = secondWorker.submit(() -> database.inTransaction(em -> second.claimDue(em, 10)));

            if (database.engine() == DatabaseEngine.POSTGRESQL) {
                // FOR UPDATE SKIP LOCKED: the second worker passes the locked row by at once.
                assertThat(takenBySecond.get(30, TimeUnit.SECONDS)).extracting(ClaimedMessage::idempotencyKey)
                        .containsExactly("credit-result:group-5:member-2");
                firstWorker.getTransaction().commit();
            } else {
                // Derby locks rows without skipping: the second worker waits for the first to commit,
                // then finds the first message claimed.
                firstWorker.getTransaction().commit();
                assertThat(takenBySecond.get(30, TimeUnit.SECONDS)).extracting(ClaimedMessage::idempotencyKey)
                        .containsExactly("credit-result:group-5:member-2");
            }
            assertThat(takenByFirst).extracting(ClaimedMessage::idempotencyKey).containsExactly("credit-result:group-5:member-1");
        } finally {
            if (firstWorker.getTransaction().isActive()) {
                firstWorker.getTransaction().rollback();
            }
            firstWorker.close();
            secondWorker.shutdownNow();
            assertThat(secondWorker.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
