package org.balint.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.credit.CreditFixture.SERIES_END;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.apaWithoutEvaluation;
import static org.balint.persistence.credit.CreditFixture.attendanceCertificate;
import static org.balint.persistence.credit.CreditFixture.claim;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;
import static org.balint.persistence.credit.CreditFixture.psychologist;
import static org.balint.persistence.credit.CreditFixture.seriesCompletion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRule;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping members' credit decisions and claims")
class KeepingCreditRecordsTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:30.123456Z");
    private static final Instant LATER = Instant.parse("2026-04-30T10:00:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final Member drAdams = familyPhysician("adams");
    private final Member drBaker = familyPhysician("baker");
    private final GroupId springGroup = new GroupId("spring-" + UUID.randomUUID());
    private final GroupId autumnGroup = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope tenant;

    @BeforeEach
    void anInstitution() {
        tenant = TenantFixture.registered(database, new MutableClock(DECIDED));
        GroupFixture.storedGroups(database, tenant, springGroup, autumnGroup);
    }

    @Test
    @DisplayName("a record maps to rows and back unchanged, for credit, sessions attended and time attended")
    void mappingRoundTrip() {
        for (CreditDecision decision : List.of(aafp(drAdams, 40), apaWithoutEvaluation(psychologist("cho")),
                seriesCompletion(drBaker, 5), attendanceCertificate(drAdams, 25))) {
            CreditRecord record = CreditRecord.of(springGroup, decision, DECIDED);

            CreditRecord mapped = CreditRecordMapper.toRecord(CreditRecordMapper.toNewEntity(tenant, record));

            assertThat(mapped).isEqualTo(record);
        }
    }

    @Test
    @DisplayName("an eligible decision is kept with every rule, every session finding and the credit earned")
    void eligibleDecisionRoundTrip() {
        CreditDecision decision = aafp(drAdams, 40);

        CreditRecord recorded = inTransaction(records -> records.record(springGroup, decision, DECIDED));
        Optional<CreditRecord> found = inTransaction(records -> records.find(springGroup, drAdams.id(),
                CreditType.AAFP_PRESCRIBED));

        assertThat(found).contains(recorded);
        CreditRecord record = found.orElseThrow();
        assertThat(record.eligible()).isTrue();
        assertThat(record.revision()).isEqualTo(1);
        assertThat(record.decidedAt()).isEqualTo(DECIDED);
        assertThat(record.seriesEnd()).isEqualTo(SERIES_END);
        assertThat(record.rules()).isEqualTo(decision.rules());
        assertThat(record.sessions()).isEqualTo(decision.sessions()).hasSize(8);
        assertThat(record.creditEarned()).isEqualTo(((CreditDecision.Eligible) decision).creditEarned());
        assertThat(record.sessions().get(2).credit()).contains(CreditHours.parse("0.75").orElseThrow());
        assertThat(record.claim()).isEmpty();
    }

    @Test
    @DisplayName("a member who did not get credit can later read every unmet rule with its sentence")
    void notEligibleDecisionKeepsItsReasons() {
        Member drCho = psychologist("cho");
        CreditDecision decision = apaWithoutEvaluation(drCho);

        inTransaction(records -> records.record(springGroup, decision, DECIDED));
        CreditRecord record = inTransaction(records -> records.find(springGroup, drCho.id(), CreditType.APA_CE))
                .orElseThrow();

        assertThat(record.eligible()).isFalse();
        assertThat(record.creditEarned()).isEqualTo(CreditHours.ZERO);
        assertThat(record.reasons()).isEqualTo(((CreditDecision.NotEligible) decision).reasons());
        assertThat(record.reasons()).extracting(violation -> violation.code()).contains("evaluation-not-completed");
        assertThat(record.rules()).filteredOn(rule -> rule.rule() == CreditRule.EVALUATION_COMPLETED)
                .singleElement().satisfies(rule -> assertThat(rule.explanation()).isNotBlank());
    }

    @Test
    @DisplayName("nothing recorded for a member reads as empty, not as an error")
    void notFound() {
        assertThat(find(springGroup, new MemberId("nobody"), CreditType.APA_CE))
                .isEmpty();
        assertThat(ofGroup(autumnGroup)).isEmpty();
    }

    @Test
    @DisplayName("recording the same decision again keeps the record as it was: same revision, same row version")
    void sameDecisionTwiceChangesNothing() {
        CreditRecord first = inTransaction(records -> records.record(springGroup, aafp(drAdams, 40), DECIDED));
        long versionBefore = rowVersion(drAdams.id());

        CreditRecord again = inTransaction(records -> records.record(springGroup, aafp(drAdams, 40), LATER));

        assertThat(again).isEqualTo(first);
        assertThat(again.decidedAt()).isEqualTo(DECIDED);
        assertThat(rowVersion(drAdams.id())).isEqualTo(versionBefore);
    }

    @Test
    @DisplayName("a corrected decision becomes the next revision, replaces the explanation and bumps the row version")
    void changedDecisionIsTheNextRevision() {
        inTransaction(records -> records.record(springGroup, aafp(drAdams, 40), DECIDED));
        long versionBefore = rowVersion(drAdams.id());
        CreditDecision corrected = aafp(drAdams, 90);

        CreditRecord revised = inTransaction(records -> records.record(springGroup, corrected, LATER));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.decidedAt()).isEqualTo(LATER);
        assertThat(revised.creditEarned()).isEqualTo(CreditHours.ofQuarterHours(48));
        assertThat(revised.sessions()).isEqualTo(corrected.sessions());
        assertThat(find(springGroup, drAdams.id(), CreditType.AAFP_PRESCRIBED))
                .contains(revised);
        assertThat(rowVersion(drAdams.id())).isGreaterThan(versionBefore);
    }

    @Test
    @DisplayName("a claim is kept beside the credit earned; claiming less than earned keeps both amounts")
    void claimKeepsClaimedAndEarned() {
        CreditDecision decision = aafp(drAdams, 40);
        inTransaction(records -> records.record(springGroup, decision, DECIDED));

        Validated<CreditRecord> claimed = inTransaction(records -> records.recordClaim(springGroup,
                claim(decision, 40), LATER));

        assertThat(claimed.isValid()).isTrue();
        CreditRecord record = inTransaction(records -> records.find(springGroup, drAdams.id(),
                CreditType.AAFP_PRESCRIBED)).orElseThrow();
        assertThat(record).isEqualTo(claimed.orElseThrow());
        assertThat(record.claim()).contains(new CreditRecord.Claimed(CreditHours.ofQuarterHours(40), LATER));
        assertThat(record.creditEarned()).isEqualTo(CreditHours.parse("11.25").orElseThrow());
    }

    @Test
    @DisplayName("a claim without a recorded decision, or against another decision, is refused with a reason")
    void claimsThatDoNotFit() {
        CreditDecision shortened = aafp(drAdams, 40);

        Validated<CreditRecord> noDecision = inTransaction(records -> records.recordClaim(springGroup,
                claim(shortened, 4), LATER));
        inTransaction(records -> records.record(springGroup, aafp(drAdams, 90), DECIDED));
        Validated<CreditRecord> otherDecision = inTransaction(records -> records.recordClaim(springGroup,
                claim(shortened, 4), LATER));

        assertThat(noDecision.violations()).extracting(violation -> violation.code())
                .containsExactly("no-credit-decision-recorded");
        assertThat(otherDecision.violations()).extracting(violation -> violation.code())
                .containsExactly("claim-for-another-decision");
        assertThat(find(springGroup, drAdams.id(), CreditType.AAFP_PRESCRIBED))
                .hasValueSatisfying(record -> assertThat(record.claim()).isEmpty());
    }

    @Test
    @DisplayName("a corrected decision keeps a claim that still fits and drops one above the credit now earned")
    void claimAcrossRevisions() {
        CreditDecision full = aafp(drAdams, 90);
        inTransaction(records -> records.record(springGroup, full, DECIDED));
        inTransaction(records -> records.recordClaim(springGroup, claim(full, 44), DECIDED));

        CreditRecord stillFits = inTransaction(records -> records.record(springGroup, aafp(drAdams, 60), LATER));
        CreditRecord tooMuch = inTransaction(records -> records.record(springGroup, aafp(drAdams, 0), LATER));

        assertThat(stillFits.claim()).map(CreditRecord.Claimed::credit).contains(CreditHours.ofQuarterHours(44));
        assertThat(tooMuch.revision()).isEqualTo(3);
        assertThat(tooMuch.creditEarned()).isEqualTo(CreditHours.ofQuarterHours(42));
        assertThat(tooMuch.claim()).isEmpty();
        assertThat(find(springGroup, drAdams.id(), CreditType.AAFP_PRESCRIBED))
                .contains(tooMuch);
    }

    @Test
    @DisplayName("a group's records are listed by member and kind of credit; other groups' are not")
    void listsAGroupsRecords() {
        inTransaction(records -> records.record(springGroup, seriesCompletion(drBaker, 7), DECIDED));
        inTransaction(records -> records.record(springGroup, aafp(drBaker, 90), DECIDED));
        inTransaction(records -> records.record(springGroup, aafp(drAdams, 90), DECIDED));
        inTransaction(records -> records.record(autumnGroup, aafp(drAdams, 90), DECIDED));

        List<CreditRecord> spring = inTransaction(records -> records.ofGroup(springGroup));

        assertThat(spring).extracting(record -> record.member().value() + " " + record.type())
                .containsExactly("adams AAFP Prescribed credit", "baker AAFP Prescribed credit",
                        "baker series completion");
        assertThat(spring.get(2).attained()).isEqualTo(new CreditAward.SessionsAttended(7, 6, 8));
    }

    private Optional<CreditRecord> find(GroupId group, MemberId member, CreditType type) {
        return database.inTransaction(em -> new JpaCreditRecords(tenant, () -> em).find(group, member, type));
    }

    private List<CreditRecord> ofGroup(GroupId group) {
        return database.inTransaction(em -> new JpaCreditRecords(tenant, () -> em).ofGroup(group));
    }

    private long rowVersion(MemberId member) {
        return database.inTransaction(em -> em.createQuery(
                "SELECT e.version FROM CreditRecord e WHERE e.memberId = :member AND e.groupId = :group", Long.class)
                .setParameter("member", member.value())
                .setParameter("group", springGroup.value())
                .getSingleResult());
    }

    private <T> T inTransaction(java.util.function.Function<JpaCreditRecords, T> work) {
        return database.inTransaction(em -> work.apply(new JpaCreditRecords(tenant, () -> em)));
    }

    @Test
    @DisplayName("a credit decision for a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void decisionForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTransaction(records -> records.record(unknown, aafp(drAdams, 40), DECIDED)))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_credit_record_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        assertThat(ofGroup(unknown)).isEmpty();
    }
}
