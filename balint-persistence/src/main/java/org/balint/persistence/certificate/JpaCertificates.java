package org.balint.persistence.certificate;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.Certificates;
import org.balint.core.certificate.RecordRetention;
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
 * One tenant's issued certificates in the database: the {@link Certificates} port for Jakarta
 * Persistence. It works in the caller's transaction, on the entity manager
 * {@code currentEntityManager} supplies, and never begins, commits or rolls back a transaction itself.
 * Issue times are kept to the microsecond.
 */
public final class JpaCertificates extends TenantScopedRepository<CertificateEntity> implements Certificates {

    static final int MAX_NAME = 300;
    static final int MAX_TITLE = 500;

    static Violation alreadyIssued(GroupId group, MemberId member, CreditType type) {
        return Violation.of("certificate-already-issued", "Member " + member + " already has a certificate of "
                + type.label() + " for group " + group + ": a member gets one certificate per kind of credit and series.");
    }

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_certificate_member", Violation.of("certificate-already-issued",
                    "The member's certificate of this kind for this group was issued by another change at the same moment;"
                            + " nothing was stored. A member gets one certificate per kind of credit and series."))
            .and("fk_certificate_group", Violation.of("unknown-group",
                    "The certificate is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_certificate_tenant", Violation.of("unknown-tenant",
                    "The certificate belongs to a tenant that is not registered (any more); nothing was stored."));

    private final Supplier<EntityManager> currentEntityManager;

    /**
     * The certificates of {@code scope}'s tenant.
     *
     * @param currentEntityManager the entity manager of the caller's current transaction
     */
    public JpaCertificates(TenantScope scope, Supplier<EntityManager> currentEntityManager) {
        super(scope, CertificateEntity.class);
        this.currentEntityManager = Objects.requireNonNull(currentEntityManager, "currentEntityManager");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Also refused, with every reason: a member name or provider name longer than 300 characters,
     * an activity title longer than 500.
     */
    @Override
    public Validated<Certificate> save(GroupId group, Certificate certificate) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(certificate, "certificate");
        EntityManager em = entityManager();
        List<Violation> problems = new ArrayList<>();
        if (entity(em, group, certificate.member(), certificate.type()).isPresent()) {
            problems.add(alreadyIssued(group, certificate.member(), certificate.type()));
        }
        tooLong(problems, "member-name-too-long", "member name", certificate.memberName(), MAX_NAME);
        tooLong(problems, "provider-name-too-long", "provider name", certificate.provider().name(), MAX_NAME);
        tooLong(problems, "activity-title-too-long", "activity title", certificate.activity().title(), MAX_TITLE);
        Certificate kept = new Certificate(certificate.member(), certificate.memberName(), certificate.provider(),
                certificate.activity(), certificate.type(), certificate.certified(), certificate.statements(),
                UtcTimestampConverter.storable(certificate.issuedAt()));
        return Validated.of(problems, () -> {
            persist(em, CertificateMapper.toNewEntity(scope(), group, kept));
            CONSTRAINTS.flush(em);
            return kept;
        });
    }

    @Override
    public Optional<Certificate> find(GroupId group, MemberId member, CreditType type) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        return entity(entityManager(), group, member, type).map(CertificateMapper::toCertificate);
    }

    @Override
    public List<Certificate> ofGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return select(entityManager(), "e.groupId = :group", "e.memberId, e.creditType")
                .setParameter("group", group.value())
                .getResultStream()
                .map(CertificateMapper::toCertificate)
                .toList();
    }

    @Override
    public List<Certificate> pastRetention(RecordRetention retention, Instant at) {
        return pastRetentionEntities(retention, at).stream().map(CertificateMapper::toCertificate).toList();
    }

    /**
     * Deletes this tenant's certificates past {@code retention} at {@code at}, with their statements.
     *
     * @return how many certificates were deleted
     */
    public int purgePastRetention(RecordRetention retention, Instant at) {
        EntityManager em = entityManager();
        List<CertificateEntity> past = pastRetentionEntities(retention, at);
        past.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return past.size();
    }

    private List<CertificateEntity> pastRetentionEntities(RecordRetention retention, Instant at) {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(at, "at");
        // Calendar periods end on different days for different starts (29 February); look a few days
        // wider in the database and let the retention decide each certificate.
        Instant candidatesEndedBy = at.atOffset(ZoneOffset.UTC).minus(retention.period()).plusDays(3).toInstant();
        return select(entityManager(), "e.seriesEndsAt <= :endedBy", "e.seriesEndsAt, e.id")
                .setParameter("endedBy", candidatesEndedBy)
                .getResultStream()
                .filter(entity -> retention.isPastRetention(entity.seriesEndsAt, at))
                .toList();
    }

    private Optional<CertificateEntity> entity(EntityManager em, GroupId group, MemberId member, CreditType type) {
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

    private static void tooLong(List<Violation> problems, String code, String what, String text, int limit) {
        if (text.length() > limit) {
            problems.add(Violation.of(code, "The " + what + " has " + text.length() + " characters; at most " + limit
                    + " are kept on a certificate: shorten it."));
        }
    }

    /** Deletes every certificate for {@code group}, with its statements, for the retention purge; returns how many. */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = entityManager();
        List<CertificateEntity> stored = select(em, "e.groupId = :group", "e.id").setParameter("group", group.value()).getResultList();
        stored.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return stored.size();
    }
}
