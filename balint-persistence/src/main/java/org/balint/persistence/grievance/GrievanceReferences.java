package org.balint.persistence.grievance;

import jakarta.persistence.EntityManager;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * Issues a tenant's grievance reference numbers, 1, 2, 3 … in the order grievances are filed. The
 * tenant's counter row is incremented in the caller's transaction and stays locked until that
 * transaction ends, so two filings never receive the same number; a filing that rolls back gives its
 * number back.
 */
final class GrievanceReferences extends TenantScopedRepository<GrievanceReferenceCounterEntity> {

    static final Constraints CONSTRAINTS = Constraints.named("uq_grievance_reference_counter",
            Violation.of("grievance-reference-issued-concurrently",
                    "Two grievances were the first this institution filed, at the same moment; this one was not stored."
                            + " File it again: it will get the next reference."));

    GrievanceReferences(TenantScope scope) {
        super(scope, GrievanceReferenceCounterEntity.class);
    }

    /** The next number for this tenant: one more than the last issued, 1 for its first grievance. */
    long issue(EntityManager entityManager) {
        int updated = nativeUpdate(entityManager, "grievance_reference_counter", "last_issued = last_issued + 1", "last_issued >= 0")
                .executeUpdate();
        if (updated == 0) {
            persist(entityManager, new GrievanceReferenceCounterEntity(scope(), 1));
            CONSTRAINTS.flush(entityManager);
            return 1;
        }
        Object issued = nativeSelect(entityManager, "grievance_reference_counter", "last_issued", "last_issued >= 0", "")
                .getSingleResult();
        return ((Number) issued).longValue();
    }
}
