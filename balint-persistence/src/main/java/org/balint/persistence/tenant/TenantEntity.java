package org.balint.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code tenant}: one LMS platform deployment and when Balint first saw it. */
@Entity(name = "Tenant")
@Table(name = "tenant")
class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "platform_issuer", nullable = false, updatable = false, length = 255)
    private String platformIssuer;

    @Column(name = "deployment_id", nullable = false, updatable = false, length = 255)
    private String deploymentId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected TenantEntity() {
        // for Jakarta Persistence
    }

    TenantEntity(Tenant tenant, Instant registeredAt) {
        this.platformIssuer = tenant.platformIssuer();
        this.deploymentId = tenant.deploymentId();
        this.registeredAt = registeredAt;
    }

    TenantScope toScope() {
        return new TenantScope(id, new Tenant(platformIssuer, deploymentId));
    }

    Instant registeredAt() {
        return registeredAt;
    }
}
