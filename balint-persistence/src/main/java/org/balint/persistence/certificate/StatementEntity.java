package org.balint.persistence.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code certificate_statement}: one statement printed on a certificate, in print order. */
@Entity(name = "CertificateStatement")
@Table(name = "certificate_statement")
class StatementEntity extends TenantOwnedEntity {

    static final int MAX_WORDING = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "certificate_id", nullable = false, updatable = false)
    CertificateEntity certificate;

    @Column(name = "list_index", nullable = false)
    int listIndex;

    @Column(name = "wording", nullable = false, length = MAX_WORDING)
    String wording;

    protected StatementEntity() {
        // for Jakarta Persistence
    }

    StatementEntity(TenantScope owner, CertificateEntity certificate, int listIndex, String wording) {
        super(owner);
        this.certificate = certificate;
        this.listIndex = listIndex;
        this.wording = wording;
    }
}
