package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delivering credit results to the LMS through the outbox")
class DeliveringMessagesToTheLmsTest {

    private static final Instant DECISION_TIME = Instant.parse("2026-10-05T14:30:00.123456Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5));

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(DECISION_TIME);
    private Outbox outbox;

    @BeforeEach
    void anInstitutionWithAnEmptyOutbox() {
        TenantScope tenant = TenantFixture.registered(database, clock);
        outbox = new Outbox(tenant, database.engine(), POLICY, clock, highestJitter());
    }

    @Test
    @DisplayName("a credit result enqueued with its decision is pending, due at once, with no attempts yet")
    void enqueuedMessageIsPending() {
        EnqueueOutcome outcome = database.inTransaction(em -> outbox.enqueue(em, creditResult("member-42")));

        assertThat(outcome).isInstanceOf(EnqueueOutcome.Enqueued.class);
        OutboxEntry entry = entry("credit-result:group-17:member-42");
        assertThat(entry.id()).isEqualTo(((EnqueueOutcome.Enqueued) outcome).id());
        assertThat(entry.kind()).isEqualTo("gradebook-score");
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.createdAt()).isEqualTo(DECISION_TIME);
        assertThat(entry.nextAttemptAt()).isEqualTo(DECISION_TIME);
        assertThat(entry.lastError()).isEmpty();
        assertThat(entry.deadReason()).isEmpty();
        assertThat(entry.deliveredAt()).isEmpty();
    }

    @Test
    @DisplayName("enqueuing the same fact twice is reported as a duplicate and stores nothing new")
    void duplicateEnqueueIsADomainOutcome() {
        EnqueueOutcome first = database.inTransaction(em -> outbox.enqueue(em, creditResult("member-42")));
        EnqueueOutcome second = database.inTransaction(em -> outbox.enqueue(em,
                new OutboxMessage("gradebook-score", "credit-result:group-17:member-42", "{\"scoreGiven\":0}")));

        assertThat(second).isInstanceOf(EnqueueOutcome.AlreadyEnqueued.class);
        EnqueueOutcome.AlreadyEnqueued duplicate = (EnqueueOutcome.AlreadyEnqueued) second;
        assertThat(duplicate.existing()).isEqualTo(((EnqueueOutcome.Enqueued) first).id());
        assertThat(duplicate.violation().code()).isEqualTo("duplicate-outbox-message");
        assertThat(claimDue(10)).singleElement().satisfies(claim -> assertThat(claim.payload()).contains("8.0"));
    }

    @Test
    @DisplayName("a message whose decision is rolled back is never delivered")
    void rolledBackDecisionLeavesNoMessage() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            outbox.enqueue(em, creditResult("member-42"));
            throw new IllegalStateException("the credit decision failed after its message was enqueued");
        })).hasMessageContaining("credit decision failed");

        Optional<OutboxEntry> entry = database.inTransaction(em -> outbox.find(em, "credit-result:group-17:member-42"));
        assertThat(entry).isEmpty();
        assertThat(claimDue(10)).isEmpty();
    }

    @Test
    @DisplayName("a claim hands out due messages oldest first, up to the batch size, each as attempt 1 reserved for the lease")
    void claimHandsOutDueMessagesInOrder() {
        enqueue("member-1");
        clock.advance(Duration.ofSeconds(1));
        enqueue("member-2");
        clock.advance(Duration.ofSeconds(1));
        enqueue("member-3");

        List<ClaimedMessage> claimed = claimDue(2);

        assertThat(claimed).extracting(ClaimedMessage::idempotencyKey)
                .containsExactly("credit-result:group-17:member-1", "credit-result:group-17:member-2");
        assertThat(claimed).allSatisfy(claim -> {
            assertThat(claim.attempt()).isEqualTo(1);
            assertThat(claim.claimedUntil()).isEqualTo(clock.instant().plus(POLICY.claimLease()));
            assertThat(claim.kind()).isEqualTo("gradebook-score");
        });
        assertThat(claimDue(10)).extracting(ClaimedMessage::idempotencyKey).containsExactly("credit-result:group-17:member-3");
        assertThat(claimDue(10)).as("everything is claimed and the claims have not lapsed").isEmpty();
    }

    @Test
    @DisplayName("a batch lists the messages in the order they fell due, not the order they were enqueued")
    void batchFollowsDueOrder() {
        enqueue("member-1");
        ClaimedMessage first = claimDue(1).get(0);
        database.useTransaction(em -> outbox.retryLater(em, first, "HTTP 503", Optional.empty()));
        clock.advance(Duration.ofSeconds(1));
        enqueue("member-2");
        clock.advance(Duration.ofHours(1));

        assertThat(claimDue(2)).extracting(ClaimedMessage::idempotencyKey)
                .containsExactly("credit-result:group-17:member-2", "credit-result:group-17:member-1");
    }

    @Test
    @DisplayName("a message is not handed out before it is due")
    void notDueIsNotClaimed() {
        enqueue("member-42");
        ClaimedMessage claim = claimDue(1).get(0);
        DeliveryOutcome retry = database.inTransaction(em -> outbox.retryLater(em, claim, "HTTP 503", Optional.empty()));
        Instant due = ((DeliveryOutcome.RetryScheduled) retry).nextAttemptAt();

        clock.set(due.minusMillis(1));
        assertThat(claimDue(10)).isEmpty();
        clock.set(due);
        assertThat(claimDue(10)).singleElement().satisfies(again -> assertThat(again.attempt()).isEqualTo(2));
    }

    @Test
    @DisplayName("a delivered message is recorded with its delivery time and never handed out again")
    void deliveredMessageIsSettled() {
        enqueue("member-42");
        ClaimedMessage claim = claimDue(1).get(0);
        clock.advance(Duration.ofSeconds(2));

        DeliveryOutcome outcome = database.inTransaction(em -> outbox.markDelivered(em, claim));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered(claim.id(), DECISION_TIME.plusSeconds(2)));
        OutboxEntry entry = entry("credit-result:group-17:member-42");
        assertThat(entry.state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(entry.deliveredAt()).contains(DECISION_TIME.plusSeconds(2));
        assertThat(entry.attempts()).isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        assertThat(claimDue(10)).isEmpty();
    }

    @Test
    @DisplayName("a failed attempt is retried after an exponential back-off with jitter, and the error is kept for the operator")
    void failedAttemptBacksOff() {
        enqueue("member-42");

        ClaimedMessage first = claimDue(1).get(0);
        DeliveryOutcome afterFirst = database.inTransaction(em ->
                outbox.retryLater(em, first, "LMS answered HTTP 503 Service Unavailable", Optional.empty()));
        assertThat(afterFirst).isEqualTo(new DeliveryOutcome.RetryScheduled(first.id(), 1, DECISION_TIME.plus(Duration.ofMinutes(1))));
        assertThat(entry("credit-result:group-17:member-42").lastError()).contains("LMS answered HTTP 503 Service Unavailable");

        clock.set(DECISION_TIME.plus(Duration.ofMinutes(1)));
        ClaimedMessage second = claimDue(1).get(0);
        DeliveryOutcome afterSecond = database.inTransaction(em -> outbox.retryLater(em, second, "timed out", Optional.empty()));
        assertThat(afterSecond).isEqualTo(new DeliveryOutcome.RetryScheduled(second.id(), 2, clock.instant().plus(Duration.ofMinutes(2))));
    }

    @Test
    @DisplayName("the LMS's Retry-After is honoured when it is later than the back-off")
    void retryAfterIsHonoured() {
        enqueue("member-42");
        ClaimedMessage claim = claimDue(1).get(0);
        Instant retryAfter = DECISION_TIME.plus(Duration.ofHours(2));

        DeliveryOutcome outcome = database.inTransaction(em -> outbox.retryLater(em, claim, "HTTP 429", Optional.of(retryAfter)));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.RetryScheduled(claim.id(), 1, retryAfter));
        assertThat(entry("credit-result:group-17:member-42").nextAttemptAt()).isEqualTo(retryAfter);
    }

    @Test
    @DisplayName("after the last allowed attempt fails the message is dead-lettered with a reason naming the attempts and the error")
    void lastFailedAttemptDeadLetters() {
        enqueue("member-42");
        DeliveryOutcome outcome = null;
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            clock.advance(Duration.ofHours(1));
            ClaimedMessage claim = claimDue(1).get(0);
            assertThat(claim.attempt()).isEqualTo(attempt);
            outcome = database.inTransaction(em -> outbox.retryLater(em, claim, "HTTP 502 Bad Gateway", Optional.empty()));
        }

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.DeadLettered.class, dead -> assertThat(dead.reason())
                .isEqualTo("Delivery was given up after 3 attempts; the last one failed: HTTP 502 Bad Gateway"));
        OutboxEntry entry = entry("credit-result:group-17:member-42");
        assertThat(entry.state()).isEqualTo(OutboxState.DEAD);
        assertThat(entry.attempts()).isEqualTo(3);
        assertThat(entry.deadReason()).contains("Delivery was given up after 3 attempts; the last one failed: HTTP 502 Bad Gateway");
        clock.advance(Duration.ofDays(30));
        assertThat(claimDue(10)).isEmpty();
    }

    @Test
    @DisplayName("a permanent refusal dead-letters the message at once with the worker's reason, listed for the operator")
    void permanentFailureDeadLetters() {
        enqueue("member-41");
        enqueue("member-42");
        ClaimedMessage claim = claimDue(1).get(0);

        DeliveryOutcome outcome = database.inTransaction(em -> outbox.deadLetter(em, claim,
                "The LMS no longer has the gradebook column for this Balint series (HTTP 404); recreate it and re-send."));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.DeadLettered.class);
        List<OutboxEntry> dead = database.inTransaction(em -> outbox.deadLetters(em, 10));
        assertThat(dead).singleElement().satisfies(entry -> {
            assertThat(entry.idempotencyKey()).isEqualTo(claim.idempotencyKey());
            assertThat(entry.deadReason()).contains(
                    "The LMS no longer has the gradebook column for this Balint series (HTTP 404); recreate it and re-send.");
        });
        assertThat(claimDue(10)).extracting(ClaimedMessage::idempotencyKey).containsExactly("credit-result:group-17:member-42");
    }

    @Test
    @DisplayName("a worker that vanished loses its claim when the lease lapses; its late result is refused as a lost claim")
    void lapsedClaimIsTakenOver() {
        enqueue("member-42");
        ClaimedMessage vanished = claimDue(1).get(0);

        clock.advance(POLICY.claimLease());
        ClaimedMessage takenOver = claimDue(1).get(0);
        DeliveryOutcome late = database.inTransaction(em -> outbox.markDelivered(em, vanished));

        assertThat(takenOver.id()).isEqualTo(vanished.id());
        assertThat(takenOver.attempt()).isEqualTo(2);
        assertThat(late).isInstanceOfSatisfying(DeliveryOutcome.ClaimLost.class,
                lost -> assertThat(lost.violation().code()).isEqualTo("outbox-claim-lost"));
        DeliveryOutcome delivered = database.inTransaction(em -> outbox.markDelivered(em, takenOver));
        DeliveryOutcome secondResult = database.inTransaction(em -> outbox.retryLater(em, takenOver, "again?", Optional.empty()));
        assertThat(delivered).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(secondResult).as("a settled message takes no second result").isInstanceOf(DeliveryOutcome.ClaimLost.class);
    }

    @Test
    @DisplayName("a batch of deliveries is recorded in one go, each only under its own claim: a lapsed claim in it is lost, a settled one too")
    void batchOfDeliveriesKeepsEachClaim() {
        enqueue("member-1");
        enqueue("member-2");
        ClaimedMessage vanished = claimDue(1).get(0);
        clock.advance(POLICY.claimLease());
        List<ClaimedMessage> mine = claimDue(2);
        ClaimedMessage takenOver = mine.stream().filter(claim -> claim.id().equals(vanished.id())).findFirst().orElseThrow();
        ClaimedMessage other = mine.stream().filter(claim -> !claim.id().equals(vanished.id())).findFirst().orElseThrow();

        List<DeliveryOutcome> outcomes = database.inTransaction(em -> outbox.markDelivered(em, List.of(vanished, other)));
        List<DeliveryOutcome> again = database.inTransaction(em -> outbox.markDelivered(em, List.of(other, takenOver)));

        assertThat(outcomes.get(0)).as("the vanished worker's claim").isInstanceOf(DeliveryOutcome.ClaimLost.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(DeliveryOutcome.Delivered.class,
                ok -> assertThat(ok.deliveredAt()).isEqualTo(clock.instant()));
        assertThat(again.get(0)).as("already delivered").isInstanceOf(DeliveryOutcome.ClaimLost.class);
        assertThat(again.get(1)).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(entry("credit-result:group-17:member-1").state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(entry("credit-result:group-17:member-2").state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(entry("credit-result:group-17:member-2").attempts()).isEqualTo(1);
        List<DeliveryOutcome> none = database.inTransaction(em -> outbox.markDelivered(em, List.<ClaimedMessage>of()));
        assertThat(none).isEmpty();
    }

    @Test
    @DisplayName("a very long error is shortened to what the outbox keeps, not refused")
    void longErrorIsShortened() {
        enqueue("member-42");
        ClaimedMessage claim = claimDue(1).get(0);

        database.inTransaction(em -> outbox.retryLater(em, claim, "x".repeat(5000), Optional.empty()));

        assertThat(entry("credit-result:group-17:member-42").lastError())
                .hasValueSatisfying(error -> assertThat(error).hasSize(Outbox.MAX_ERROR).endsWith("…"));
    }

    private static OutboxMessage creditResult(String member) {
        return new OutboxMessage("gradebook-score", "credit-result:group-17:" + member,
                "{\"userId\":\"" + member + "\",\"scoreGiven\":8.0,\"scoreMaximum\":8.0,\"activityProgress\":\"Completed\"}");
    }

    private void enqueue(String member) {
        EnqueueOutcome outcome = database.inTransaction(em -> outbox.enqueue(em, creditResult(member)));
        assertThat(outcome).isInstanceOf(EnqueueOutcome.Enqueued.class);
    }

    private List<ClaimedMessage> claimDue(int batch) {
        return database.inTransaction(em -> outbox.claimDue(em, batch));
    }

    private OutboxEntry entry(String key) {
        return database.inTransaction(em -> outbox.find(em, key)).orElseThrow();
    }

    /** Jitter that always picks the longest wait, so back-off times are exact. */
    private static RandomGenerator highestJitter() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only bounded draws are used");
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
    }
}
