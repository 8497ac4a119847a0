package org.balint.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.persistence.credit.CreditFixture.SERIES_MAXIMUM;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.apaWithoutEvaluation;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;
import static org.balint.persistence.credit.CreditFixture.psychologist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.outbox.ClaimedMessage;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Telling the LMS gradebook about a member's credit, through the outbox")
class TellingTheGradebookTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:00Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5));

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(DECIDED);
    private final GroupId group = new GroupId("spring-" + UUID.randomUUID());
    private final Member drAdams = familyPhysician("adams");
    private TenantScope tenant;
    private Outbox outbox;
    private GradebookCreditResults results;

    @BeforeEach
    void anInstitutionWithAnEmptyOutbox() {
        tenant = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, tenant, group);
        outbox = new Outbox(tenant, database.engine(), POLICY, clock, RandomGenerator.of("L64X128MixRandom"));
        results = new GradebookCreditResults(tenant, outbox);
    }

    @Test
    @DisplayName("a new decision is stored with its gradebook score, which carries the credit, the maximum, a comment and the ids")
    void decisionAndScoreAreStoredTogether() {
        GradebookCreditResults.RecordedResult result = record(aafp(drAdams, 40));

        assertThat(result.message()).isPresent();
        List<ClaimedMessage> messages = pendingMessages();
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(result.message().orElseThrow());
            assertThat(message.kind()).isEqualTo("gradebook-score");
            assertThat(message.idempotencyKey()).isEqualTo(
                    GradebookCreditResults.idempotencyKey(tenant.tenant(), result.record()));
            assertThat(message.payload()).isEqualTo("{\"scoreGiven\":11.25,\"scoreMaximum\":12.00,"
                    + "\"comment\":\"Eligible for AAFP Prescribed credit: 11.25 credit.\","
                    + "\"memberId\":\"adams\",\"groupId\":\"" + group.value() + "\","
                    + "\"creditType\":\"aafp-prescribed\",\"eligible\":true,\"revision\":1,"
                    + "\"decidedAt\":\"" + DECIDED + "\"}");
        });
        assertThat(storedRecord()).contains(result.record());
    }

    @Test
    @DisplayName("when the transaction fails after the decision is written, neither the decision nor its score is stored")
    void failureAfterTheDecisionStoresNothing() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            results.record(em, group, aafp(drAdams, 40), SERIES_MAXIMUM, DECIDED);
            throw new IllegalStateException("the application failed after recording the decision");
        })).hasMessageContaining("failed after recording");

        assertThat(storedRecord()).isEmpty();
        assertThat(pendingMessages()).isEmpty();
    }

    @Test
    @DisplayName("recording the same decision twice enqueues one score")
    void sameDecisionTwiceEnqueuesOnce() {
        GradebookCreditResults.RecordedResult first = record(aafp(drAdams, 40));
        clock.advance(Duration.ofHours(1));
        GradebookCreditResults.RecordedResult second = record(aafp(drAdams, 40));

        assertThat(second.message()).isEmpty();
        assertThat(second.record()).isEqualTo(first.record());
        assertThat(pendingMessages()).hasSize(1);
    }

    @Test
    @DisplayName("a corrected decision enqueues a new score for the new revision")
    void changedDecisionEnqueuesANewScore() {
        GradebookCreditResults.RecordedResult first = record(aafp(drAdams, 40));
        GradebookCreditResults.RecordedResult corrected = record(aafp(drAdams, 90));

        assertThat(corrected.message()).isPresent().isNotEqualTo(first.message());
        assertThat(pendingMessages()).extracting(ClaimedMessage::payload)
                .anySatisfy(payload -> assertThat(payload).contains("\"scoreGiven\":11.25").contains("\"revision\":1"))
                .anySatisfy(payload -> assertThat(payload).contains("\"scoreGiven\":12.00").contains("\"revision\":2"))
                .hasSize(2);
    }

    @Test
    @DisplayName("a member who is not eligible gets a score of 0 with the reasons in the comment")
    void notEligibleScoresZeroWithReasons() {
        Member drCho = psychologist("cho");
        CreditDecision decision = apaWithoutEvaluation(drCho);

        record(decision);

        assertThat(pendingMessages()).singleElement().satisfies(message -> assertThat(message.payload())
                .startsWith("{\"scoreGiven\":0.00,\"scoreMaximum\":12.00,\"comment\":\"Not eligible for APA CE credit: ")
                .contains("\"eligible\":false"));
    }

    @Test
    @DisplayName("the idempotency key is the same for every retry of one revision and differs by tenant, member, kind and revision")
    void idempotencyKeyNamesOneRevision() {
        CreditRecord record = CreditRecord.of(group, aafp(drAdams, 40), DECIDED);
        CreditRecord retried = CreditRecord.of(group, aafp(drAdams, 40), DECIDED.plusSeconds(60));
        CreditRecord revised = record.after(aafp(drAdams, 90), DECIDED);
        CreditRecord otherMember = CreditRecord.of(group, aafp(familyPhysician("baker"), 40), DECIDED);
        Tenant other = TenantFixture.anInstitutionOfItsOwn();

        String key = GradebookCreditResults.idempotencyKey(tenant.tenant(), record);

        assertThat(key).startsWith("gradebook-score:").hasSizeLessThanOrEqualTo(200);
        assertThat(GradebookCreditResults.idempotencyKey(tenant.tenant(), retried)).isEqualTo(key);
        assertThat(List.of(GradebookCreditResults.idempotencyKey(tenant.tenant(), revised),
                GradebookCreditResults.idempotencyKey(tenant.tenant(), otherMember),
                GradebookCreditResults.idempotencyKey(other, record))).doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a retried enqueue of a revision already in the outbox stores no second message")
    void retryOfAnEnqueuedRevisionStoresNothingNew() {
        GradebookCreditResults.RecordedResult first = record(aafp(drAdams, 40));
        // The record is lost (for example restored from an older backup) while its message stayed.
        database.useTransaction(em -> em.createQuery("SELECT e FROM CreditRecord e WHERE e.groupId = :group",
                CreditRecordEntity.class).setParameter("group", group.value()).getResultList().forEach(em::remove));

        GradebookCreditResults.RecordedResult again = record(aafp(drAdams, 40));

        assertThat(again.message()).isEqualTo(first.message());
        assertThat(pendingMessages()).hasSize(1);
    }

    private GradebookCreditResults.RecordedResult record(CreditDecision decision) {
        return database.inTransaction(em -> results.record(em, group, decision, SERIES_MAXIMUM, clock.instant()));
    }

    private Optional<CreditRecord> storedRecord() {
        return database.inTransaction(em -> new JpaCreditRecords(tenant, () -> em)
                .find(group, drAdams.id(), CreditType.AAFP_PRESCRIBED));
    }

    private List<ClaimedMessage> pendingMessages() {
        return database.inTransaction(em -> outbox.claimDue(em, 100));
    }
}
