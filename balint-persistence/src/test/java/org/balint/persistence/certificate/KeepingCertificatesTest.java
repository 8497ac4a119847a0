package org.balint.persistence.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.attendanceCertificate;
import static org.balint.persistence.credit.CreditFixture.claim;
import static org.balint.persistence.credit.CreditFixture.eightWeeklySessions;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;
import static org.balint.persistence.credit.CreditFixture.seriesCompletion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.CertificateIssuer;
import org.balint.core.certificate.CertificateStatements;
import org.balint.core.certificate.Provider;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.validation.Validated;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping the certificates a provider issued")
class KeepingCertificatesTest {

    static final Instant ISSUED = Instant.parse("2026-04-24T08:00:00.654321Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final GroupId group = new GroupId("spring-" + UUID.randomUUID());
    private final Member drAdams = familyPhysician("adams");
    private final Member drBaker = familyPhysician("baker");
    private TenantScope tenant;

    @BeforeEach
    void anInstitution() {
        tenant = TenantFixture.registered(database, new MutableClock(ISSUED));
        GroupFixture.storedGroups(database, tenant, group);
    }

    /** Certificates of the spring series, issued by the residency's CME office. */
    static CertificateIssuer issuer() {
        CertificateStatements statements = CertificateStatements.of(Map.of(CreditType.AAFP_PRESCRIBED, List.of(
                "This Live activity, Balint group for family physicians, has been reviewed and is acceptable for up to"
                        + " 12.00 Prescribed credit(s) by the American Academy of Family Physicians.",
                "Physicians should claim only the credit commensurate with the extent of their participation in the"
                        + " activity."))).orElseThrow();
        return new CertificateIssuer(new Provider("Riverside Family Medicine Residency, Office of CME"), statements,
                new MutableClock(ISSUED));
    }

    static Activity springActivity() {
        return Activity.of("Balint group for family physicians, spring 2026", ActivityFormat.LIVE, eightWeeklySessions(),
                ZoneId.of("America/Chicago")).orElseThrow();
    }

    /** The AAFP certificate for {@code member}, who claimed 10.00 of the credit they earned. */
    static Certificate aafpCertificate(Member member) {
        CreditDecision decision = aafp(member, 40);
        return issuer().issue(member, springActivity(), claim(decision, 40)).orElseThrow();
    }

    @Test
    @DisplayName("a certificate maps to rows and back unchanged, for credit, series completion and attendance")
    void mappingRoundTrip() {
        List<Certificate> certificates = List.of(aafpCertificate(drAdams),
                issuer().issue(drBaker, springActivity(), (CreditDecision.Eligible) seriesCompletion(drBaker, 7)).orElseThrow(),
                issuer().issue(drBaker, springActivity(), (CreditDecision.Eligible) attendanceCertificate(drBaker, 25))
                        .orElseThrow());
        for (Certificate certificate : certificates) {
            Certificate mapped = CertificateMapper.toCertificate(CertificateMapper.toNewEntity(tenant, group, certificate));

            assertThat(mapped).isEqualTo(certificate);
        }
    }

    @Test
    @DisplayName("a saved certificate reads back with its provider, activity, dates, credit claimed and statements in order")
    void saveAndFind() {
        Certificate certificate = aafpCertificate(drAdams);

        Validated<Certificate> saved = inTransaction(certificates -> certificates.save(group, certificate));
        Optional<Certificate> found = inTransaction(certificates -> certificates.find(group, drAdams.id(),
                CreditType.AAFP_PRESCRIBED));

        assertThat(saved.isValid()).isTrue();
        assertThat(found).contains(certificate);
        Certificate read = found.orElseThrow();
        assertThat(read.activity().firstDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(read.activity().lastDate()).isEqualTo(LocalDate.of(2026, 4, 22));
        assertThat(read.certified()).isEqualTo(new CreditAward.Credit(claim(aafp(drAdams, 40), 40).claimed()));
        assertThat(read.statements()).isEqualTo(certificate.statements()).hasSize(2);
        assertThat(read.issuedAt()).isEqualTo(ISSUED);
        assertThat(read.amaPraLabel()).map(label -> label.text()).contains("Prescribed credit");
    }

    @Test
    @DisplayName("no certificate issued reads as empty, not as an error")
    void notFound() {
        assertThat(find(drAdams, CreditType.APA_CE)).isEmpty();
        assertThat(ofGroup()).isEmpty();
    }

    @Test
    @DisplayName("a member gets one certificate of a kind per series: a second is refused with a reason and not stored")
    void secondCertificateIsRefused() {
        inTransaction(certificates -> certificates.save(group, aafpCertificate(drAdams)));

        Validated<Certificate> second = inTransaction(certificates -> certificates.save(group, aafpCertificate(drAdams)));

        assertThat(second.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("certificate-already-issued");
            assertThat(violation.message()).contains("adams").contains("AAFP Prescribed credit");
        });
        assertThat(ofGroup()).hasSize(1);
    }

    @Test
    @DisplayName("text longer than a certificate keeps is refused with every reason, and nothing is stored")
    void overlongTextIsRefused() {
        Certificate certificate = aafpCertificate(drAdams);
        Certificate overlong = new Certificate(certificate.member(), "N".repeat(301), new Provider("P".repeat(301)),
                certificate.activity(), certificate.type(), certificate.certified(), certificate.statements(),
                certificate.issuedAt());

        Validated<Certificate> saved = inTransaction(certificates -> certificates.save(group, overlong));

        assertThat(saved.violations()).extracting(violation -> violation.code())
                .containsExactly("member-name-too-long", "provider-name-too-long");
        assertThat(ofGroup()).isEmpty();
    }

    @Test
    @DisplayName("a group's certificates are listed by member and kind of credit")
    void listsAGroupsCertificates() {
        Certificate completion = issuer().issue(drBaker, springActivity(),
                (CreditDecision.Eligible) seriesCompletion(drBaker, 7)).orElseThrow();
        inTransaction(certificates -> certificates.save(group, completion));
        inTransaction(certificates -> certificates.save(group, aafpCertificate(drBaker)));
        inTransaction(certificates -> certificates.save(group, aafpCertificate(drAdams)));
        GroupId other = new GroupId("other-" + UUID.randomUUID());
        GroupFixture.storedGroups(database, tenant, other);
        inTransaction(certificates -> certificates.save(other, aafpCertificate(drAdams)));

        List<Certificate> listed = inTransaction(certificates -> certificates.ofGroup(group));

        assertThat(listed).extracting(certificate -> certificate.member().value() + " " + certificate.type())
                .containsExactly("adams AAFP Prescribed credit", "baker AAFP Prescribed credit", "baker series completion");
    }

    private Optional<Certificate> find(Member member, CreditType type) {
        return database.inTransaction(em -> new JpaCertificates(tenant, () -> em).find(group, member.id(), type));
    }

    private List<Certificate> ofGroup() {
        return database.inTransaction(em -> new JpaCertificates(tenant, () -> em).ofGroup(group));
    }

    private <T> T inTransaction(java.util.function.Function<JpaCertificates, T> work) {
        return database.inTransaction(em -> work.apply(new JpaCertificates(tenant, () -> em)));
    }

    @Test
    @DisplayName("a certificate for a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void certificateForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTransaction(certificates -> certificates.save(unknown, aafpCertificate(drAdams))))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_certificate_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        List<Certificate> stored = inTransaction(certificates -> certificates.ofGroup(unknown));
        assertThat(stored).isEmpty();
    }
}
