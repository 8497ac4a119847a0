package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.AAFP_STATEMENTS;
import static org.balint.lti.tool.documents.DocumentsFixture.BEN;
import static org.balint.lti.tool.documents.DocumentsFixture.TITLE;
import static org.balint.lti.tool.documents.DocumentsFixture.ZOE;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EnteredInterval;
import org.balint.core.audit.Actor;
import org.balint.core.certificate.Certificate;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's certificate is issued at their first download from the credit their leader recorded")
class IssuingAMembersCertificateTest {

    private static final Clock AFTER_THE_SERIES = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock DURING_THE_SERIES = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> CONFIGURED = configured();

    private final InMemoryDocumentRecords records = new InMemoryDocumentRecords();
    private BalintGroup group;

    @BeforeEach
    void zoeAttendsEverySessionAndBenNone() {
        group = DocumentsFixture.group();
        records.groups.put(group.id(), group);
        for (ScheduledSession session : group.schedule().sessions()) {
            AttendanceSheet sheet = AttendanceSheet.open(group.id(), session, AttendanceThresholds.defaults());
            records.sheets.add(present(sheet, ZOE, session));
        }
    }

    @Test
    @DisplayName("the statements an administrator saved for a platform are used for its members; other platforms keep the server's")
    void platformStatementsComeFirst() {
        recordCredit();
        PlatformDeployment configuredPlatform = new PlatformDeployment("https://lms.example.edu", "balint", "1");
        CertificateSettings saved = CertificateSettings.read(name -> Optional.ofNullable(CONFIGURED.get(name)));
        MemberCertificates certificates = new MemberCertificates(CertificateSettings.none(),
                launched -> launched.equals(configuredPlatform) ? Optional.of(saved) : Optional.empty(), AFTER_THE_SERIES);

        CertificateStanding elsewhere = records.inTransaction(null, s -> certificates
                .forPlatform(new PlatformDeployment("https://other.example.edu", "balint", "1")).standing(s, group, ZOE.id()));
        CertificateStanding there = records.inTransaction(null, s -> certificates.forPlatform(configuredPlatform)
                .issue(s, group, ZOE.id()));

        assertThat(elsewhere).isInstanceOfSatisfying(CertificateStanding.Unavailable.class,
                u -> assertThat(u.code()).isEqualTo("certificates-not-configured"));
        assertThat(there).isInstanceOfSatisfying(CertificateStanding.Issued.class,
                issued -> assertThat(issued.certificate().provider().name()).startsWith("Riverside Family Medicine Residency"));
    }

    @Test
    @DisplayName("an eligible member gets a PDF with their name, the credit and the accreditation statement; the claim is recorded")
    void eligibleMemberGetsTheCertificate() throws IOException {
        recordCredit();
        MemberCertificates certificates = certificates(CONFIGURED, AFTER_THE_SERIES);

        CertificateStanding before = records.inTransaction(null, s -> certificates.standing(s, group, ZOE.id()));
        CertificateStanding issued = records.inTransaction(null, s -> certificates.issue(s, group, ZOE.id()));

        assertThat(before).isInstanceOf(CertificateStanding.Issuable.class);
        assertThat(issued).isInstanceOf(CertificateStanding.Issued.class);
        Certificate certificate = ((CertificateStanding.Issued) issued).certificate();
        CreditRecord zoe = records.credit.stream().filter(r -> r.member().equals(ZOE.id())).findFirst().orElseThrow();
        assertThat(zoe.claim()).isPresent();
        assertThat(zoe.claim().get().credit()).isEqualTo(zoe.creditEarned());
        String text = text(CertificatePdf.of(group.id(), certificate, group.schedule().zone()));
        assertThat(text).contains("Zoë Ångström-Núñez").contains(TITLE).contains(zoe.creditEarned().toString())
                .contains("Riverside Family Medicine Residency").contains("claim only the credit commensurate");
    }

    @Test
    @DisplayName("a second download gives the certificate issued the first time, not a new one")
    void secondDownloadGivesTheSameCertificate() {
        recordCredit();
        MemberCertificates first = certificates(CONFIGURED, AFTER_THE_SERIES);
        MemberCertificates later = certificates(CONFIGURED, Clock.offset(AFTER_THE_SERIES, java.time.Duration.ofDays(30)));

        Certificate issued = ((CertificateStanding.Issued) records.inTransaction(null,
                s -> first.issue(s, group, ZOE.id()))).certificate();
        Certificate again = ((CertificateStanding.Issued) records.inTransaction(null,
                s -> later.issue(s, group, ZOE.id()))).certificate();

        assertThat(again).isEqualTo(issued);
        assertThat(records.certificates).hasSize(1);
    }

    @Test
    @DisplayName("a member whose decision awards no credit is refused with every unmet rule's reason")
    void notEligible() {
        recordCredit();

        CertificateStanding.Unavailable refused = unavailable(certificates(CONFIGURED, AFTER_THE_SERIES), BEN);

        assertThat(refused.code()).isEqualTo("not-eligible-for-credit");
        CreditRecord ben = records.credit.stream().filter(r -> r.member().equals(BEN.id())).findFirst().orElseThrow();
        assertThat(ben.reasons()).isNotEmpty();
        ben.reasons().forEach(reason -> assertThat(refused.message()).contains(reason.message()));
        assertThat(refused.message()).contains("ask your group's leader");
        assertThat(records.certificates).isEmpty();
    }

    @Test
    @DisplayName("before the leader records credit the member is told what is still needed")
    void notDecidedYet() {
        CertificateStanding.Unavailable after = unavailable(certificates(CONFIGURED, AFTER_THE_SERIES), ZOE);
        CertificateStanding.Unavailable during = unavailable(certificates(CONFIGURED, DURING_THE_SERIES), ZOE);

        assertThat(after.code()).isEqualTo("no-certificate-yet");
        assertThat(after.message()).contains("Ask your group's leader to record it");
        assertThat(during.code()).isEqualTo("no-certificate-yet");
        assertThat(during.message()).contains("Attend the remaining sessions").contains("Wednesday 22 April 2026");
    }

    @Test
    @DisplayName("without the provider's name and statements nothing is issued, and the member is told why")
    void notConfigured() {
        recordCredit();

        CertificateStanding refused = records.inTransaction(null,
                s -> certificates(Map.of(), AFTER_THE_SERIES).issue(s, group, ZOE.id()));

        assertThat(refused).isInstanceOfSatisfying(CertificateStanding.Unavailable.class, u -> {
            assertThat(u.code()).isEqualTo("certificates-not-configured");
            assertThat(u.status()).isEqualTo(503);
        });
        assertThat(records.certificates).isEmpty();
        assertThat(records.credit).allSatisfy(r -> assertThat(r.claim()).isEmpty());
    }

    @Test
    @DisplayName("attendance changed after the credit was recorded: the outdated decision is not certified")
    void outdatedDecision() {
        recordCredit();
        ScheduledSession last = group.schedule().sessions().get(group.schedule().sessions().size() - 1);
        AttendanceSheet sheet = records.sheets.stream().filter(s -> s.number().equals(last.number())).findFirst()
                .orElseThrow();
        records.sheets.remove(sheet);
        records.sheets.add(sheet.markAbsent(ZOE.id(), group.members(), Actor.person(DocumentsFixture.LEADER.id()),
                AFTER_THE_SERIES).orElseThrow());

        CertificateStanding.Unavailable refused = unavailable(certificates(CONFIGURED, AFTER_THE_SERIES), ZOE);

        assertThat(refused.code()).isEqualTo("credit-decision-outdated");
        assertThat(records.certificates).isEmpty();
    }

    @Test
    @DisplayName("credit recorded before the last session: the certificate waits for the end of the series")
    void seriesNotOver() {
        recordCredit();

        CertificateStanding.Unavailable refused = unavailable(certificates(CONFIGURED, DURING_THE_SERIES), ZOE);

        assertThat(refused.code()).isEqualTo("series-not-over");
    }

    private CertificateStanding.Unavailable unavailable(MemberCertificates certificates, Member member) {
        CertificateStanding standing = records.inTransaction(null, s -> certificates.issue(s, group, member.id()));
        assertThat(standing).isInstanceOf(CertificateStanding.Unavailable.class);
        return (CertificateStanding.Unavailable) standing;
    }

    /** What the leader's "Record credit" does: each member's current decision, recorded. */
    private void recordCredit() {
        records.inTransaction(null, s -> {
            for (Member member : group.members()) {
                LeaderCredit.decisionOf(group, records.sheets, member.id())
                        .ifPresent(decision -> s.credit().record(group.id(), decision, Instant.parse("2026-04-23T08:00:00Z")));
            }
            return null;
        });
        assertThat(records.credit).anySatisfy(r -> {
            assertThat(r.member()).isEqualTo(ZOE.id());
            assertThat(r.type()).isEqualTo(CreditType.AAFP_PRESCRIBED);
            assertThat(r.eligible()).isTrue();
        });
    }

    private static MemberCertificates certificates(Map<String, String> properties, Clock clock) {
        return new MemberCertificates(CertificateSettings.read(name -> Optional.ofNullable(properties.get(name))), clock);
    }

    private static AttendanceSheet present(AttendanceSheet sheet, Member member, ScheduledSession session) {
        return sheet.setPresence(member.id(), List.of(new EnteredInterval(session.start(), session.end())),
                DocumentsFixture.group().members(), Actor.person(DocumentsFixture.LEADER.id()), AFTER_THE_SERIES)
                .orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Map<String, String> configured() {
        Map<String, String> properties = new HashMap<>();
        properties.put(CertificateSettings.PROVIDER, "Riverside Family Medicine Residency, Office of CME");
        for (int i = 0; i < AAFP_STATEMENTS.size(); i++) {
            properties.put(CertificateSettings.STATEMENT + "aafp-prescribed." + (i + 1), AAFP_STATEMENTS.get(i));
        }
        return properties;
    }
}
