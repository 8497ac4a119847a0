package org.balint.persistence.credit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.credit.CompletionSharingConsent;
import org.balint.core.credit.CompletionSharingConsents;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;
import org.balint.persistence.time.UtcTimestampConverter;

/**
 * One tenant's answers about reporting members' completion, in the database: the
 * {@link CompletionSharingConsents} port for Jakarta Persistence. It works in the caller's transaction,
 * on the entity manager {@code currentEntityManager} supplies, and never begins, commits or rolls back a
 * transaction itself. Answer times are kept to the microsecond.
 */
public final class JpaCompletionSharingConsents extends TenantScopedRepository<CompletionSharingConsentEntity>
        implements CompletionSharingConsents {

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_completion_sharing_consent_member", Violation.of("completion-consent-answered-concurrently",
                    "The member's answer about reporting their completion was recorded by another change at the same"
                            + " moment; nothing was stored. Answer again to change it."))
            .and("fk_completion_sharing_consent_group", Violation.of("unknown-group",
                    "The answer is for a group series that is not stored for this institution; store the group first."
                            + " Nothing was stored."))
            .and("fk_completion_sharing_consent_tenant", Violation.of("unknown-tenant",
                    "The answer belongs to a tenant that is not registered (any more); nothing was stored."))
            .andEditConflict(Violation.of("completion-consent-answered-concurrently",
                    "The member's answer about reporting their completion was changed by another change at the same"
                            + " moment; nothing was stored. Answer again to change it."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The answers of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaCompletionSharingConsents(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, CompletionSharingConsentEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    @Override
    public void record(CompletionSharingConsent answer) {
        Objects.requireNonNull(answer, "answer");
        EntityManager em = currentEntityManager.get();
        CompletionSharingConsentEntity entity = entity(em, answer.group(), answer.member()).orElseGet(() -> {
            CompletionSharingConsentEntity created = new CompletionSharingConsentEntity(scope(), answer.group().value(),
                    answer.member().value());
            persist(em, created);
            return created;
        });
        entity.given = answer.given();
        entity.answeredAt = UtcTimestampConverter.storable(answer.answeredAt());
        CONSTRAINTS.flush(em);
    }

    @Override
    public Optional<CompletionSharingConsent> find(GroupId group, MemberId member) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        return entity(currentEntityManager.get(), group, member).map(JpaCompletionSharingConsents::answer);
    }

    @Override
    public List<CompletionSharingConsent> ofGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return select(currentEntityManager.get(), "e.groupId = :group", "e.memberId")
                .setParameter("group", group.value())
                .getResultStream()
                .map(JpaCompletionSharingConsents::answer)
                .toList();
    }

    /** Deletes every answer given for {@code group}, for the retention purge; returns how many. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = currentEntityManager.get();
        List<CompletionSharingConsentEntity> stored = select(em, "e.groupId = :group", "e.id")
                .setParameter("group", group.value()).getResultList();
        stored.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return stored.size();
    }

    private Optional<CompletionSharingConsentEntity> entity(EntityManager em, GroupId group, MemberId member) {
        return select(em, "e.groupId = :group AND e.memberId = :member", "e.id")
                .setParameter("group", group.value())
                .setParameter("member", member.value())
                .getResultStream()
                .findFirst();
    }

    private static CompletionSharingConsent answer(CompletionSharingConsentEntity entity) {
        return new CompletionSharingConsent(new GroupId(entity.groupId), new MemberId(entity.memberId), entity.given,
                entity.answeredAt);
    }
}
