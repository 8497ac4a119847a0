package org.balint.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.outbox.ClaimedMessage;
import org.balint.persistence.outbox.DeliveryOutcome;
import org.balint.persistence.outbox.EnqueueOutcome;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.OutboxEntry;
import org.balint.persistence.outbox.OutboxMessage;
import org.balint.persistence.outbox.OutboxState;
import org.balint.persistence.outbox.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two institutions on one Balint installation cannot see or touch each other's records")
class TenantsCannotSeeEachOthersRecordsTest {

    private static final String KEY = "credit-result:group-1:member-1";

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T14:30:00Z"));
    private Outbox northOutbox;
    private Outbox southOutbox;

    @BeforeEach
    void twoInstitutions() {
        TenantScope north = TenantFixture.registered(database, clock);
        TenantScope south = TenantFixture.registered(database, clock);
        northOutbox = outboxOf(north);
        southOutbox = outboxOf(south);
        database.useTransaction(em -> northOutbox.enqueue(em, new OutboxMessage("gradebook-score", KEY, "{\"scoreGiven\":8}")));
    }

    @Test
    @DisplayName("one institution cannot read another's outbox message, even knowing its idempotency key")
    void cannotRead() {
        Optional<OutboxEntry> seenBySouth = database.inTransaction(em -> southOutbox.find(em, KEY));
        Optional<OutboxEntry> seenByNorth = database.inTransaction(em -> northOutbox.find(em, KEY));

        assertThat(seenBySouth).isEmpty();
        assertThat(seenByNorth).isPresent();
    }

    @Test
    @DisplayName("one institution's workers never claim another's messages")
    void cannotClaim() {
        List<ClaimedMessage> claimedBySouth = database.inTransaction(em -> southOutbox.claimDue(em, 100));
        List<ClaimedMessage> claimedByNorth = database.inTransaction(em -> northOutbox.claimDue(em, 100));

        assertThat(claimedBySouth).isEmpty();
        assertThat(claimedByNorth).extracting(ClaimedMessage::idempotencyKey).containsExactly(KEY);
    }

    @Test
    @DisplayName("a claim handed to one institution's outbox cannot settle or dead-letter it through another's")
    void cannotUpdate() {
        ClaimedMessage northClaim = database.inTransaction(em -> northOutbox.claimDue(em, 1)).get(0);

        DeliveryOutcome delivered = database.inTransaction(em -> southOutbox.markDelivered(em, northClaim));
        DeliveryOutcome retried = database.inTransaction(em -> southOutbox.retryLater(em, northClaim, "forged", Optional.empty()));
        DeliveryOutcome dead = database.inTransaction(em -> southOutbox.deadLetter(em, northClaim, "forged"));

        assertThat(List.of(delivered, retried, dead)).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(DeliveryOutcome.ClaimLost.class));
        OutboxEntry untouched = database.inTransaction(em -> northOutbox.find(em, KEY)).orElseThrow();
        assertThat(untouched.state()).isEqualTo(OutboxState.PENDING);
        assertThat(untouched.lastError()).isEmpty();
        assertThat(untouched.deadReason()).isEmpty();
    }

    @Test
    @DisplayName("idempotency keys are per institution: the same key is a new message for another institution")
    void keysArePerTenant() {
        EnqueueOutcome south = database.inTransaction(em -> southOutbox.enqueue(em, new OutboxMessage("gradebook-score", KEY, "{}")));

        assertThat(south).isInstanceOf(EnqueueOutcome.Enqueued.class);
    }

    @Test
    @DisplayName("one institution's dead letters are not listed for another")
    void deadLettersArePerTenant() {
        ClaimedMessage northClaim = database.inTransaction(em -> northOutbox.claimDue(em, 1)).get(0);
        database.useTransaction(em -> northOutbox.deadLetter(em, northClaim, "The gradebook column was deleted."));

        List<OutboxEntry> southDead = database.inTransaction(em -> southOutbox.deadLetters(em, 10));
        List<OutboxEntry> northDead = database.inTransaction(em -> northOutbox.deadLetters(em, 10));

        assertThat(southDead).isEmpty();
        assertThat(northDead).hasSize(1);
    }

    private Outbox outboxOf(TenantScope tenant) {
        return new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(3));
    }
}
