package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sending a given-up message again")
class SendingAGivenUpMessageAgainTest {

    private static final Instant DECISION_TIME = Instant.parse("2026-10-05T14:30:00Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5));
    private static final String KEY = "credit-result:group-17:member-42";

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(DECISION_TIME);
    private TenantScope tenant;
    private Outbox outbox;

    @BeforeEach
    void aMessageTheLmsRefusedForGood() {
        tenant = TenantFixture.registered(database, clock);
        outbox = new Outbox(tenant, database.engine(), POLICY, clock, RandomGenerator.of("L64X128MixRandom"));
        database.inTransaction(em -> outbox.enqueue(em, new OutboxMessage("gradebook-score", KEY, "{\"scoreGiven\":8.0}")));
        ClaimedMessage claim = claimDue().get(0);
        database.inTransaction(em -> outbox.deadLetter(em, claim, "user-not-gradable: the member is not an active learner."));
        assertThat(entry().state()).isEqualTo(OutboxState.DEAD);
    }

    @Test
    @DisplayName("a dead-lettered message becomes pending, due now, with no attempts, no error and no reason, and is claimed again")
    void requeuedMessageIsDueAtOnce() {
        clock.advance(Duration.ofHours(2));

        Optional<MessageId> requeued = requeue(outbox, KEY);

        OutboxEntry entry = entry();
        assertThat(requeued).contains(entry.id());
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isEqualTo(DECISION_TIME.plus(Duration.ofHours(2)));
        assertThat(entry.lastError()).isEmpty();
        assertThat(entry.deadReason()).isEmpty();
        assertThat(claimDue()).singleElement().satisfies(claim -> {
            assertThat(claim.attempt()).isEqualTo(1);
            assertThat(claim.idempotencyKey()).isEqualTo(KEY);
            assertThat(claim.payload()).isEqualTo("{\"scoreGiven\":8.0}");
        });
    }

    @Test
    @DisplayName("a pending or delivered message, or an unknown key, is left as it is")
    void onlyDeadMessagesAreRequeued() {
        requeue(outbox, KEY);
        assertThat(requeue(outbox, KEY)).isEmpty();
        ClaimedMessage claim = claimDue().get(0);
        database.inTransaction(em -> outbox.markDelivered(em, claim));

        assertThat(requeue(outbox, KEY)).isEmpty();
        assertThat(requeue(outbox, "credit-result:group-17:nobody")).isEmpty();
        assertThat(entry().state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    @DisplayName("another tenant cannot send this tenant's message again")
    void otherTenantsCannotRequeue() {
        Tenant other = TenantFixture.anInstitutionOfItsOwn();
        TenantScope otherScope = database.inTransaction(em -> new Tenants(clock).register(em, other));
        Outbox theirs = new Outbox(otherScope, database.engine(), POLICY, clock, RandomGenerator.of("L64X128MixRandom"));

        assertThat(requeue(theirs, KEY)).isEmpty();
        assertThat(entry().state()).isEqualTo(OutboxState.DEAD);
    }

    private Optional<MessageId> requeue(Outbox in, String key) {
        Optional<MessageId> requeued = database.inTransaction(em -> in.requeue(em, key));
        return requeued;
    }

    private List<ClaimedMessage> claimDue() {
        return database.inTransaction(em -> outbox.claimDue(em, 10));
    }

    private OutboxEntry entry() {
        return database.inTransaction(em -> outbox.find(em, KEY)).orElseThrow();
    }
}
