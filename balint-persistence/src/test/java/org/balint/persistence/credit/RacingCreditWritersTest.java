package org.balint.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;

import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.UUID;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two writers recording a member's first credit decision at the same moment")
class RacingCreditWritersTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final GroupId spring = new GroupId("spring-" + UUID.randomUUID());
    private final GroupId autumn = new GroupId("autumn-" + UUID.randomUUID());
    private final Member drAdams = familyPhysician("adams");
    private TenantScope tenant;

    @BeforeEach
    void anInstitution() {
        tenant = TenantFixture.registered(database, new MutableClock(DECIDED));
        GroupFixture.storedGroups(database, tenant, spring, autumn);
    }

    @Test
    @DisplayName("the database refuses the second with credit-decision-already-recorded, and nothing its transaction"
            + " wrote before is stored")
    void racingFirstDecisions() {
        assertThatThrownBy(() -> database.useTransaction(em -> {
            JpaCreditRecords records = new JpaCreditRecords(tenant, () -> em);
            records.record(autumn, aafp(drAdams, 90), DECIDED);
            // The other writer's row is not yet visible to this writer's check (it is not flushed), as if
            // it had been committed a moment after the check.
            em.setFlushMode(FlushModeType.COMMIT);
            em.persist(CreditRecordMapper.toNewEntity(tenant, CreditRecord.of(spring, aafp(drAdams, 90), DECIDED)));
            records.record(spring, aafp(drAdams, 40), DECIDED);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("credit-decision-already-recorded");
            assertThat(violation.constraint()).isEqualTo("uq_credit_record_member");
            assertThat(violation.violation().message()).contains("nothing was stored");
        });

        database.useTransaction(em -> {
            JpaCreditRecords records = new JpaCreditRecords(tenant, () -> em);
            assertThat(records.ofGroup(spring)).isEmpty();
            assertThat(records.ofGroup(autumn)).isEmpty();
            Number findings = (Number) em.createQuery(
                    "SELECT COUNT(e) FROM CreditSessionFinding e WHERE e.record.groupId IN :groups")
                    .setParameter("groups", java.util.List.of(spring.value(), autumn.value()))
                    .getSingleResult();
            assertThat(findings.longValue()).isZero();
        });
    }
}
