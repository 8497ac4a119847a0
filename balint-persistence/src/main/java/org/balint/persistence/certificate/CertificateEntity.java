package org.balint.persistence.certificate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.credit.CreditType;
import org.balint.persistence.credit.AwardColumns;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code certificate}: one issued certificate, its statements in {@code certificate_statement}. */
@Entity(name = "Certificate")
@Table(name = "certificate")
class CertificateEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = 255)
    String groupId;

    @Column(name = "member_id", nullable = false, updatable = false, length = 255)
    String memberId;

    @Column(name = "member_name", nullable = false, length = 300)
    String memberName;

    @Column(name = "provider_name", nullable = false, length = 300)
    String providerName;

    @Column(name = "activity_title", nullable = false, length = 500)
    String activityTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_format", nullable = false, length = 16)
    ActivityFormat activityFormat;

    @Column(name = "first_date", nullable = false)
    LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    LocalDate lastDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_type", nullable = false, updatable = false, length = 32)
    CreditType creditType;

    @Embedded
    AwardColumns certified;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "series_ends_at", nullable = false)
    Instant seriesEndsAt;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<StatementEntity> statements = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CertificateEntity() {
        // for Jakarta Persistence
    }

    CertificateEntity(TenantScope owner) {
        super(owner);
    }
}
