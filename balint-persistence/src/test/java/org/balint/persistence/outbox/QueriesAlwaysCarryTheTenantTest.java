package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An adapter's queries always carry its tenant")
class QueriesAlwaysCarryTheTenantTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T14:30:00Z"));

    /** An adapter written carelessly, trying to widen its queries. */
    private static final class CarelessAdapter extends TenantScopedRepository<OutboxEntity> {
        CarelessAdapter(TenantScope scope) {
            super(scope, OutboxEntity.class);
        }

        List<OutboxEntity> where(EntityManager em, String condition) {
            return select(em, condition, "e.id").getResultList();
        }

        boolean canFind(EntityManager em, long id) {
            return findById(em, id).isPresent();
        }

        int nativeCount(EntityManager em, String condition) {
            return nativeSelect(em, "outbox", "id", condition, "").getResultList().size();
        }
    }

    @Test
    @DisplayName("a condition that matches every row still returns only the adapter's tenant's rows")
    void everythingMeansEverythingOfThisTenant() {
        TenantScope mine = TenantFixture.registered(database, clock);
        TenantScope theirs = TenantFixture.registered(database, clock);
        EnqueueOutcome theirMessage = database.inTransaction(em -> new Outbox(theirs, database.engine(), RetryPolicy.standard(), clock,
                new SplittableRandom(1)).enqueue(em, new OutboxMessage("gradebook-score", "theirs", "{}")));
        long theirId = ((EnqueueOutcome.Enqueued) theirMessage).id().value();
        CarelessAdapter mineAdapter = new CarelessAdapter(mine);
        CarelessAdapter theirAdapter = new CarelessAdapter(theirs);

        List<OutboxEntity> jpql = database.inTransaction(em -> mineAdapter.where(em, "1 = 1"));
        Integer sql = database.inTransaction(em -> mineAdapter.nativeCount(em, "1 = 1"));
        Boolean foundByMine = database.inTransaction(em -> mineAdapter.canFind(em, theirId));
        Boolean foundByTheirs = database.inTransaction(em -> theirAdapter.canFind(em, theirId));

        assertThat(jpql).isEmpty();
        assertThat(sql).isZero();
        assertThat(foundByMine).as("another tenant's row by its primary key").isFalse();
        assertThat(foundByTheirs).isTrue();
    }

    @Test
    @DisplayName("a condition that mentions the tenant, or escapes its parentheses, is refused before it reaches the database")
    void wideningConditionsAreRefused() {
        CarelessAdapter adapter = new CarelessAdapter(TenantFixture.registered(database, clock));

        database.useTransaction(em -> {
            assertThatThrownBy(() -> adapter.where(em, "e.tenantId = 1 OR e.tenantId <> 1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> adapter.where(em, "1 = 1) OR (1 = 1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> adapter.nativeCount(em, "1 = 1) OR (1 = 1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> adapter.nativeCount(em, "1 = 1; DELETE FROM outbox")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> adapter.nativeCount(em, "1 = 1 -- and the rest")).isInstanceOf(IllegalArgumentException.class);
        });
    }
}
