package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.credit.SeriesFixture.chaplain;
import static org.balint.core.credit.SeriesFixture.eightWeeklyNinetyMinuteSessions;
import static org.balint.core.credit.SeriesFixture.familyPhysician;
import static org.balint.core.credit.SeriesFixture.nursePractitioner;
import static org.balint.core.credit.SeriesFixture.presentThroughout;
import static org.balint.core.credit.SeriesFixture.psychologist;
import static org.balint.core.credit.SeriesFixture.socialWorker;

import java.util.List;
import org.balint.core.group.Discipline;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditTypeFollowsProfessionTest {

    private final List<ScheduledSession> series = eightWeeklyNinetyMinuteSessions();

    /** A group holding AAFP and APA approval, with a practice-improvement track and attendance certificates. */
    private final CreditProgramme fullyAccredited = CreditProgramme.of(AafpPrescribedPolicy.preset(),
            ApaCePolicy.preset(), SeriesCompletionPolicy.preset("Practice-improvement track"),
            AttendanceCertificatePolicy.preset());

    private CreditStatement statementFor(CreditProgramme programme, Member member) {
        return programme.prepare(series).orElseThrow()
                .evaluate(member, presentThroughout(member, series), EvaluationCompletion.COMPLETED).orElseThrow();
    }

    private static List<CreditType> offered(CreditStatement statement) {
        return statement.decisions().stream().map(CreditDecision::type).toList();
    }

    @Test
    @DisplayName("a physician is offered AAFP credit, the track and a certificate of attendance, not APA credit")
    void physician() {
        var statement = statementFor(fullyAccredited, familyPhysician("adams"));

        assertThat(offered(statement)).containsExactly(CreditType.AAFP_PRESCRIBED, CreditType.SERIES_COMPLETION,
                CreditType.CERTIFICATE_OF_ATTENDANCE);
        assertThat(statement.offer(CreditType.APA_CE).explanation()).isEqualTo(
                "The group offers APA CE credit to psychologists only; this member is a physician (family medicine).");
        assertThat(statement.eligible()).hasSize(3);
    }

    @Test
    @DisplayName("a psychologist is offered APA credit, the track and a certificate of attendance, not AAFP credit")
    void psychologistIsOfferedApa() {
        var statement = statementFor(fullyAccredited, psychologist("baker"));

        assertThat(offered(statement)).containsExactly(CreditType.APA_CE, CreditType.SERIES_COMPLETION,
                CreditType.CERTIFICATE_OF_ATTENDANCE);
        assertThat(statement.offer(CreditType.AAFP_PRESCRIBED).offered()).isFalse();
    }

    @Test
    @DisplayName("a social worker or a chaplain is offered the track and a certificate of attendance")
    void otherProfessions() {
        assertThat(offered(statementFor(fullyAccredited, socialWorker("casey"))))
                .containsExactly(CreditType.SERIES_COMPLETION, CreditType.CERTIFICATE_OF_ATTENDANCE);
        var chaplain = statementFor(fullyAccredited, chaplain("dana"));
        assertThat(offered(chaplain)).containsExactly(CreditType.SERIES_COMPLETION, CreditType.CERTIFICATE_OF_ATTENDANCE);
        assertThat(chaplain.offer(CreditType.AAFP_PRESCRIBED).explanation()).isEqualTo(
                "The group offers AAFP Prescribed credit to physicians only; this member is another clinician (chaplain).");
    }

    @Test
    @DisplayName("in a group without AAFP approval a physician gets a certificate of attendance, and is told why")
    void groupWithoutAafp() {
        var statement = statementFor(CreditProgramme.of(AttendanceCertificatePolicy.preset()), familyPhysician("adams"));

        assertThat(offered(statement)).containsExactly(CreditType.CERTIFICATE_OF_ATTENDANCE);
        assertThat(statement.offer(CreditType.AAFP_PRESCRIBED))
                .isEqualTo(new CreditOffer(CreditType.AAFP_PRESCRIBED, false,
                        "The group does not offer AAFP Prescribed credit."));
    }

    @Test
    @DisplayName("a group can offer AAFP credit to nurse practitioners as well")
    void offeringIsAdjustable() {
        var programme = CreditProgramme.of(
                AafpPrescribedPolicy.preset().offeredTo(Discipline.PHYSICIAN, Discipline.NURSE_PRACTITIONER),
                AttendanceCertificatePolicy.preset());

        var statement = statementFor(programme, nursePractitioner("ellis"));

        assertThat(offered(statement)).containsExactly(CreditType.AAFP_PRESCRIBED, CreditType.CERTIFICATE_OF_ATTENDANCE);
    }

    @Test
    @DisplayName("the decision itself explains why the member was offered that credit")
    void decisionExplainsTheChoice() {
        var statement = statementFor(fullyAccredited, familyPhysician("adams"));

        var offered = statement.decision(CreditType.AAFP_PRESCRIBED).orElseThrow()
                .outcomeOf(CreditRule.OFFERED_TO_PROFESSION).orElseThrow();
        assertThat(offered.met()).isTrue();
        assertThat(offered.explanation()).isEqualTo(
                "The group offers AAFP Prescribed credit to physicians; this member is a physician (family medicine).");
        assertThat(statement.decision(CreditType.SERIES_COMPLETION).orElseThrow()
                .outcomeOf(CreditRule.OFFERED_TO_PROFESSION).orElseThrow().explanation())
                .contains("offers series completion to every profession");
    }
}
