package org.balint.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.AmaPraLabel;
import org.balint.core.credit.AttendanceCertificatePolicy;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditProgramme;
import org.balint.core.credit.CreditStatement;
import org.balint.core.credit.CreditType;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificateIssuingTest {

    private static final Instant ISSUED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Member DR_ADAMS = new Member(new MemberId("adams"), "Dr Ada Adams",
            Profession.physician("family medicine"), ContactDetails.email("adams@clinic.example"));
    private static final Member DANA = new Member(new MemberId("dana"), "Dana Dunn", Profession.other("chaplain"),
            ContactDetails.email("dana@hospital.example"));
    private static final String AAFP_STATEMENT = "This Live activity has been reviewed and is acceptable for up to"
            + " 12.00 Prescribed credit(s) by the American Academy of Family Physicians.";
    private static final String COMMENSURATE = "Physicians should claim only the credit commensurate with the extent"
            + " of their participation in the activity.";

    private final List<ScheduledSession> series = weeklyNinetyMinuteSessions();
    private final Activity activity = Activity.of("Balint group for family physicians, spring 2026",
            ActivityFormat.LIVE, series, ZoneId.of("America/Chicago")).orElseThrow();
    private final CertificateIssuer issuer = new CertificateIssuer(new Provider("Riverside Office of CME"),
            CertificateStatements.of(Map.of(CreditType.AAFP_PRESCRIBED, List.of(AAFP_STATEMENT, COMMENSURATE)))
                    .orElseThrow(),
            Clock.fixed(ISSUED, ZoneOffset.UTC));

    private static List<ScheduledSession> weeklyNinetyMinuteSessions() {
        var sessions = new ArrayList<ScheduledSession>();
        for (int n = 1; n <= 8; n++) {
            sessions.add(new ScheduledSession(SessionNumber.of(n),
                    Instant.parse("2026-01-08T00:30:00Z").plus(Duration.ofDays(7L * (n - 1))), Duration.ofMinutes(90)));
        }
        return sessions;
    }

    private CreditStatement fullAttendance(Member member) {
        var attendance = series.stream().map(session -> new SessionAttendance(member.id(), session.number(),
                List.of(new PresenceInterval(session.start(), session.end())))).toList();
        return CreditProgramme.of(AafpPrescribedPolicy.preset(), AttendanceCertificatePolicy.preset()).prepare(series)
                .orElseThrow().evaluate(member, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
    }

    private CreditDecision.Eligible eligible(Member member, CreditType type) {
        return (CreditDecision.Eligible) fullAttendance(member).decision(type).orElseThrow();
    }

    @Test
    @DisplayName("an AAFP certificate names the member, provider, activity, format, dates, credit and type, with the provider's statements")
    void aafpCertificate() {
        CreditClaim claim = eligible(DR_ADAMS, CreditType.AAFP_PRESCRIBED).claimAll().orElseThrow();

        Certificate certificate = issuer.issue(DR_ADAMS, activity, claim).orElseThrow();

        assertThat(certificate.member()).isEqualTo(DR_ADAMS.id());
        assertThat(certificate.memberName()).isEqualTo("Dr Ada Adams");
        assertThat(certificate.provider().name()).isEqualTo("Riverside Office of CME");
        assertThat(certificate.activity().title()).isEqualTo("Balint group for family physicians, spring 2026");
        assertThat(certificate.activity().format()).isEqualTo(ActivityFormat.LIVE);
        // 00:30 UTC is the previous evening in Chicago.
        assertThat(certificate.activity().firstDate()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(certificate.activity().lastDate()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(certificate.type()).isEqualTo(CreditType.AAFP_PRESCRIBED);
        assertThat(certificate.certified()).isEqualTo(new CreditAward.Credit(CreditHours.ofWholeCredits(12)));
        assertThat(certificate.amaPraLabel()).contains(AmaPraLabel.PRESCRIBED_CREDIT);
        assertThat(certificate.statements()).containsExactly(AAFP_STATEMENT, COMMENSURATE);
        assertThat(certificate.issuedAt()).isEqualTo(ISSUED);
    }

    @Test
    @DisplayName("a certificate states the credit the member claimed, which may be less than they earned")
    void certificateStatesTheClaim() {
        CreditClaim claim = eligible(DR_ADAMS, CreditType.AAFP_PRESCRIBED)
                .claim(CreditHours.parse("10.5").orElseThrow()).orElseThrow();

        Certificate certificate = issuer.issue(DR_ADAMS, activity, claim).orElseThrow();

        assertThat(certificate.certified()).isEqualTo(new CreditAward.Credit(CreditHours.ofQuarterHours(42)));
        assertThat(claim.earned()).isEqualTo(CreditHours.ofWholeCredits(12));
    }

    @Test
    @DisplayName("credit must be claimed before its certificate is issued")
    void creditMustBeClaimedFirst() {
        var outcome = issuer.issue(DR_ADAMS, activity, eligible(DR_ADAMS, CreditType.AAFP_PRESCRIBED));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("credit-not-claimed");
    }

    @Test
    @DisplayName("a certificate of attendance states the hours attended and carries no credit label")
    void certificateOfAttendance() {
        Certificate certificate = issuer.issue(DANA, activity, eligible(DANA, CreditType.CERTIFICATE_OF_ATTENDANCE))
                .orElseThrow();

        assertThat(certificate.certified()).isEqualTo(new CreditAward.TimeAttended(720));
        assertThat(certificate.certified()).hasToString("12 hours");
        assertThat(certificate.amaPraLabel()).isEmpty();
        assertThat(certificate.statements()).isEmpty();
    }

    @Test
    @DisplayName("a certificate is never issued to someone other than the member the decision is about")
    void certificateForAnotherMember() {
        var outcome = issuer.issue(DANA, activity, eligible(DR_ADAMS, CreditType.CERTIFICATE_OF_ATTENDANCE));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("certificate-for-another-member");
    }

    @Test
    @DisplayName("credit certificates need the accreditor's statements configured, and every reason is given")
    void statementsAreRequiredForCredit() {
        var withoutStatements = new CertificateIssuer(new Provider("Riverside Office of CME"),
                CertificateStatements.none(), Clock.fixed(ISSUED, ZoneOffset.UTC));
        CreditClaim claim = eligible(DR_ADAMS, CreditType.AAFP_PRESCRIBED).claimAll().orElseThrow();

        var outcome = withoutStatements.issue(DANA, activity, claim);

        assertThat(outcome.violations()).extracting(Violation::code)
                .containsExactly("certificate-for-another-member", "missing-certificate-statement");
    }

    @Test
    @DisplayName("certificates are only issued from claims or eligible decisions, never from any other decision")
    void onlyFromEligibleDecisions() {
        var accepted = Arrays.stream(CertificateIssuer.class.getMethods())
                .filter(method -> method.getName().equals("issue")).map(Method::getParameterTypes)
                .map(types -> types[2]).toList();

        assertThat(accepted).containsExactlyInAnyOrder(CreditClaim.class, CreditDecision.Eligible.class);
    }

    @Test
    @DisplayName("a certificate keeps the statements it was issued with")
    void statementsAreCopiedAtIssue() {
        var lines = new ArrayList<>(List.of(AAFP_STATEMENT));
        var mutable = new CertificateIssuer(new Provider("Riverside Office of CME"),
                CertificateStatements.of(Map.of(CreditType.AAFP_PRESCRIBED, lines)).orElseThrow(),
                Clock.fixed(ISSUED, ZoneOffset.UTC));
        Certificate certificate = mutable.issue(DR_ADAMS, activity,
                eligible(DR_ADAMS, CreditType.AAFP_PRESCRIBED).claimAll().orElseThrow()).orElseThrow();

        lines.add("changed later");

        assertThat(certificate.statements()).containsExactly(AAFP_STATEMENT);
    }
}
