package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two decisions racing to enqueue the same message")
class DuplicateMessagesRacingToTheOutboxTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T14:30:00Z"));

    @Test
    @DisplayName("the database's refusal becomes 'duplicate-outbox-message', and the losing decision's other writes are rolled back with it")
    void losingDecisionLeavesNothingHalfStored() {
        TenantScope tenant = TenantFixture.registered(database, clock);
        Outbox outbox = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(5));
        OutboxMessage contested = new OutboxMessage("gradebook-score", "credit-result:group-9:member-2", "{\"scoreGiven\":8}");
        database.useTransaction(em -> outbox.enqueue(em, contested));

        // The losing decision checked before the winner committed, found nothing, and now writes.
        assertThatThrownBy(() -> database.useTransaction(em -> {
            outbox.enqueue(em, new OutboxMessage("gradebook-score", "credit-result:group-9:member-3", "{\"scoreGiven\":6}"));
            em.persist(new OutboxEntity(tenant, contested, clock.instant()));
            Outbox.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("duplicate-outbox-message");
            assertThat(violation.constraint()).isEqualTo("uq_outbox_tenant_key");
            assertThat(violation).hasMessageNotContaining("SQL").hasMessageNotContaining("UQ_");
        });

        Optional<OutboxEntry> otherWrite = database.inTransaction(em -> outbox.find(em, "credit-result:group-9:member-3"));
        List<ClaimedMessage> due = database.inTransaction(em -> outbox.claimDue(em, 10));
        assertThat(otherWrite).as("the losing decision's other message").isEmpty();
        assertThat(due).extracting(ClaimedMessage::idempotencyKey).containsExactly("credit-result:group-9:member-2");
    }

    @Test
    @DisplayName("a decision that enqueues the same fact twice in one transaction is told so the second time and keeps its first message")
    void sameTransactionDuplicateIsAnOutcome() {
        TenantScope tenant = TenantFixture.registered(database, clock);
        Outbox outbox = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(5));
        OutboxMessage message = new OutboxMessage("gradebook-score", "credit-result:group-9:member-4", "{}");

        List<EnqueueOutcome> outcomes = database.inTransaction(em -> List.of(outbox.enqueue(em, message), outbox.enqueue(em, message)));

        assertThat(outcomes.get(0)).isInstanceOf(EnqueueOutcome.Enqueued.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(EnqueueOutcome.AlreadyEnqueued.class,
                duplicate -> assertThat(duplicate.existing()).isEqualTo(((EnqueueOutcome.Enqueued) outcomes.get(0)).id()));
        List<ClaimedMessage> due = database.inTransaction(em -> outbox.claimDue(em, 10));
        assertThat(due).hasSize(1);
    }
}
