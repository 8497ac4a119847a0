package org.balint.persistence.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code grievance_reference_counter}: the last grievance reference number issued to a
 * tenant. Created with the tenant's first reference; afterwards only incremented by a native update.
 */
@Entity(name = "GrievanceReferenceCounter")
@Table(name = "grievance_reference_counter")
class GrievanceReferenceCounterEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "last_issued", nullable = false)
    private long lastIssued;

    protected GrievanceReferenceCounterEntity() {
        // for Jakarta Persistence
    }

    GrievanceReferenceCounterEntity(TenantScope owner, long lastIssued) {
        super(owner);
        this.lastIssued = lastIssued;
    }
}
