package org.balint.persistence.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.persistence.certificate.KeepingCertificatesTest.aafpCertificate;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;

import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.UUID;
import org.balint.core.certificate.Certificate;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.certificate.RecordRetention;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two certificate writers at the same moment, and two institutions in one database")
class RacingWritersAndTenantsTest {

    private static final Instant DECIDED = Instant.parse("2026-04-23T09:15:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final GroupId group = new GroupId("spring-" + UUID.randomUUID());
    private final Member drAdams = familyPhysician("adams");
    private TenantScope riverside;
    private TenantScope lakeshore;

    @BeforeEach
    void twoInstitutions() {
        MutableClock clock = new MutableClock(DECIDED);
        riverside = TenantFixture.registered(database, clock);
        lakeshore = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, riverside, group);
    }

    @Test
    @DisplayName("two writers saving a member's certificate at once: the second is refused with certificate-already-issued")
    void racingCertificates() {
        Certificate certificate = aafpCertificate(drAdams);
        assertThatThrownBy(() -> database.useTransaction(em -> {
            em.setFlushMode(FlushModeType.COMMIT);
            JpaCertificates first = new JpaCertificates(riverside, () -> em);
            JpaCertificates second = new JpaCertificates(riverside, () -> em);
            em.persist(CertificateMapper.toNewEntity(riverside, group, certificate));
            second.save(group, certificate);
            first.ofGroup(group);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("certificate-already-issued");
            assertThat(violation.constraint()).isEqualTo("uq_certificate_member");
        });

        java.util.List<Certificate> stored = database.inTransaction(em -> new JpaCertificates(riverside, () -> em).ofGroup(group));
        assertThat(stored).isEmpty();
    }

    @Test
    @DisplayName("one institution cannot read, list or purge another's credit records and certificates")
    void tenantsAreIsolated() {
        database.useTransaction(em -> {
            new JpaCreditRecords(riverside, () -> em).record(group, aafp(drAdams, 40), DECIDED);
            new JpaCertificates(riverside, () -> em).save(group, aafpCertificate(drAdams));
        });

        database.useTransaction(em -> {
            JpaCreditRecords lakeshoreRecords = new JpaCreditRecords(lakeshore, () -> em);
            JpaCertificates lakeshoreCertificates = new JpaCertificates(lakeshore, () -> em);
            assertThat(lakeshoreRecords.find(group, drAdams.id(), CreditType.AAFP_PRESCRIBED)).isEmpty();
            assertThat(lakeshoreRecords.ofGroup(group)).isEmpty();
            assertThat(lakeshoreCertificates.find(group, drAdams.id(), CreditType.AAFP_PRESCRIBED)).isEmpty();
            assertThat(lakeshoreCertificates.ofGroup(group)).isEmpty();
            assertThat(lakeshoreCertificates.pastRetention(RecordRetention.sixYears(), Instant.parse("2099-01-01T00:00:00Z")))
                    .isEmpty();
        });
        RetentionPurge.PurgeReport lakeshorePurge = database.inTransaction(em -> new RetentionPurge(lakeshore,
                RecordRetention.sixYears(), new MutableClock(Instant.parse("2099-01-01T00:00:00Z"))).purge(em));

        assertThat(lakeshorePurge.removedNothing()).isTrue();
        database.useTransaction(em -> {
            assertThat(new JpaCreditRecords(riverside, () -> em).ofGroup(group)).hasSize(1);
            assertThat(new JpaCertificates(riverside, () -> em).ofGroup(group)).hasSize(1);
        });
        // The same member, group and kind of credit is a different record at another institution.
        GroupFixture.storedGroups(database, lakeshore, group);
        database.useTransaction(em -> new JpaCreditRecords(lakeshore, () -> em).record(group, aafp(drAdams, 90), DECIDED));
        int riversideRevision = database.inTransaction(em -> new JpaCreditRecords(riverside, () -> em)
                .find(group, drAdams.id(), CreditType.AAFP_PRESCRIBED)).orElseThrow().revision();
        assertThat(riversideRevision).isEqualTo(1);
    }
}
