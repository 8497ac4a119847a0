package org.balint.persistence.credit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRecords;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;
import org.balint.persistence.time.UtcTimestampConverter;

/**
 * One tenant's credit records in the database: the {@link CreditRecords} port for Jakarta Persistence.
 * It works in the caller's transaction, on the entity manager {@code currentEntityManager} supplies,
 * and never begins, commits or rolls back a transaction itself. Instants are kept to the microsecond.
 */
public final class JpaCreditRecords extends TenantScopedRepository<CreditRecordEntity> implements CreditRecords {

    static final Violation DUPLICATE = Violation.of("credit-decision-already-recorded",
            "A decision for this member, group and kind of credit was recorded by another change at the same moment;"
                    + " nothing was stored. Record the decision again: it is compared with the one now kept.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_credit_record_member", DUPLICATE)
            .and("fk_credit_record_group", Violation.of("unknown-group",
                    "The credit record is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_credit_record_tenant", Violation.of("unknown-tenant",
                    "The credit record belongs to a tenant that is not registered (any more); nothing was stored."))
            .and("ck_credit_record_claim", Violation.of("claim-without-eligible-decision",
                    "A claim can only be kept for an eligible decision, for more than 0 credit; nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The credit records of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaCreditRecords(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, CreditRecordEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public CreditRecord record(GroupId group, CreditDecision decision, Instant decidedAt) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(decision, "decision");
        Instant at = UtcTimestampConverter.storable(decidedAt);
        EntityManager em = entityManager();
        CreditRecord fresh = storable(CreditRecord.of(group, decision, at));
        Optional<CreditRecordEntity> existing = entity(em, group, decision.member(), decision.type());
        if (existing.isEmpty()) {
            persist(em, CreditRecordMapper.toNewEntity(scope(), fresh));
            CONSTRAINTS.flush(em);
            return fresh;
        }
        CreditRecordEntity entity = existing.get();
        CreditRecord kept = CreditRecordMapper.toRecord(entity);
        if (kept.saysTheSameAs(fresh)) {
            return kept;
        }
        CreditRecord revised = storable(kept.after(decision, at));
        entity.rules.clear();
        entity.findings.clear();
        CONSTRAINTS.flush(em);
        CreditRecordMapper.writeDecision(entity, revised);
        CreditRecordMapper.writeExplanation(scope(), entity, revised);
        CreditRecordMapper.writeClaim(entity, revised);
        CONSTRAINTS.flush(em);
        return revised;
    }

    @Override
    public Validated<CreditRecord> recordClaim(GroupId group, CreditClaim claim, Instant claimedAt) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(claim, "claim");
        EntityManager em = entityManager();
        Optional<CreditRecordEntity> existing = entity(em, group, claim.member(), claim.type());
        if (existing.isEmpty()) {
            return Validated.invalid(Violation.of("no-credit-decision-recorded", "No " + claim.type().label()
                    + " decision is recorded for member " + claim.member() + " in group " + group
                    + ": record the decision before the member's claim."));
        }
        CreditRecordEntity entity = existing.get();
        Validated<CreditRecord> claimed = CreditRecordMapper.toRecord(entity)
                .withClaim(claim, UtcTimestampConverter.storable(claimedAt));
        claimed.map(record -> {
            CreditRecordMapper.writeClaim(entity, record);
            CONSTRAINTS.flush(em);
            return record;
        });
        return claimed;
    }

    @Override
    public Optional<CreditRecord> find(GroupId group, MemberId member, CreditType type) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        return entity(entityManager(), group, member, type).map(CreditRecordMapper::toRecord);
    }

    @Override
    public List<CreditRecord> ofGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return select(entityManager(), "e.groupId = :group", "e.memberId, e.creditType")
                .setParameter("group", group.value())
                .getResultStream()
                .map(CreditRecordMapper::toRecord)
                .toList();
    }

    /**
     * Deletes this tenant's credit records (decisions with their explanations, and claims) whose series
     * ended longer than {@code retention} before {@code at}.
     *
     * @return what was deleted
     */
    public PurgedCreditRecords purgePastRetention(RecordRetention retention, Instant at) {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(at, "at");
        EntityManager em = entityManager();
        // Calendar periods end on different days for different starts (29 February); look a few days
        // wider in the database and let the retention decide each record.
        Instant candidatesEndedBy = at.atOffset(ZoneOffset.UTC).minus(retention.period()).plusDays(3).toInstant();
        List<CreditRecordEntity> past = select(em, "e.seriesEndsAt <= :endedBy", "e.id")
                .setParameter("endedBy", candidatesEndedBy)
                .getResultStream()
                .filter(entity -> retention.isPastRetention(entity.seriesEndsAt, at))
                .toList();
        int claims = 0;
        for (CreditRecordEntity entity : past) {
            if (entity.claimedQuarterHours != null) {
                claims++;
            }
            em.remove(entity);
        }
        CONSTRAINTS.flush(em);
        return new PurgedCreditRecords(past.size(), claims);
    }

    private Optional<CreditRecordEntity> entity(EntityManager em, GroupId group, MemberId member, CreditType type) {
        return select(em, "e.groupId = :group AND e.memberId = :member AND e.creditType = :type", "e.id")
                .setParameter("group", group.value())
                .setParameter("member", member.value())
                .setParameter("type", type)
                .getResultStream()
                .findFirst();
    }

    private EntityManager entityManager() {
        return Objects.requireNonNull(currentEntityManager.get(), "the current entity manager");
    }

    /** {@code record} with every instant as the database keeps it. */
    private static CreditRecord storable(CreditRecord record) {
        return new CreditRecord(record.group(), record.member(), record.type(), record.eligible(), record.attained(),
                record.rules(), record.sessions(), UtcTimestampConverter.storable(record.seriesEnd()),
                UtcTimestampConverter.storable(record.decidedAt()), record.revision(),
                record.claim().map(claimed -> new CreditRecord.Claimed(claimed.credit(),
                        UtcTimestampConverter.storable(claimed.claimedAt()))));
    }

    /** Deletes every credit record for {@code group}, with its explanation and claim, for the retention purge. */
    public PurgedCreditRecords purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        List<CreditRecordEntity> stored = select(em, "e.groupId = :group", "e.id").setParameter("group", group.value()).getResultList();
        int claims = (int) stored.stream().filter(entity -> entity.claimedQuarterHours != null).count();
        stored.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return new PurgedCreditRecords(stored.size(), claims);
    }
}
