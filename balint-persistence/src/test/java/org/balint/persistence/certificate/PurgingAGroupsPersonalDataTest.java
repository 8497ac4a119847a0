package org.balint.persistence.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.certificate.KeepingCertificatesTest.aafpCertificate;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.claim;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.audit.Actor;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CreditDecision;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ObjectiveRating;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.registration.RegistrationResult;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.PublishedPlan;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.evaluation.JpaEvaluationForms;
import org.balint.persistence.evaluation.JpaEvaluationStore;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.registration.JpaRegistrations;
import org.balint.persistence.rotation.JpaRotationPlans;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Purging a group's personal data six years after its series ended")
class PurgingAGroupsPersonalDataTest {

    /** The fixture's autumn series: its eighth and last session ends on 24 November 2026 at 19:30 UTC. */
    private static final Instant SERIES_END = Instant.parse("2026-11-24T19:30:00Z");
    private static final Instant SIX_YEARS_LATER = SERIES_END.atOffset(ZoneOffset.UTC).plusYears(6).toInstant();
    private static final Instant DURING_THE_SERIES = Instant.parse("2026-10-07T08:00:00Z");
    private static final Actor LEADER = Actor.person(GroupFixture.LEADER.id());

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(DURING_THE_SERIES);
    private final GroupId autumn = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope institution;
    private TenantScope otherInstitution;

    @BeforeEach
    void twoInstitutionsWithAFullyWorkedSeriesEach() {
        institution = TenantFixture.registered(database, clock);
        otherInstitution = TenantFixture.registered(database, clock);
        aFullyWorkedSeries(institution);
        aFullyWorkedSeries(otherInstitution);
    }

    @Test
    @DisplayName("a group's series ends with the end of its last session")
    void seriesEnd() {
        java.util.Map<GroupId, Instant> ends = database.inTransaction(em -> new JpaGroups(institution, () -> em).seriesEnds());
        assertThat(ends).containsEntry(autumn, SERIES_END);
    }

    @Test
    @DisplayName("one day short of six years after its series ended, the group and everything of it is kept")
    void oneDayShortIsKept() {
        clock.set(SIX_YEARS_LATER.minus(Duration.ofDays(1)));

        RetentionPurge.PurgeReport report = purge(institution);

        assertThat(report.groups()).isZero();
        assertThat(report.members()).isZero();
        assertThat(report.registrations()).isZero();
        assertThat(report.attendanceSheets()).isZero();
        assertThat(report.evaluations()).isZero();
        assertThat(storedSeries(institution)).isEqualTo(new Stored(true, 2, 2, true, true, 1));
    }

    @Test
    @DisplayName("a day past six years the group is removed with its members, registrations and their audit, attendance,"
            + " rotation, evaluations, credit records and certificates, each counted; another institution's group stays")
    void onePastIsRemovedAndCounted() {
        clock.set(SIX_YEARS_LATER.plus(Duration.ofDays(1)));

        RetentionPurge.PurgeReport report = purge(institution);

        assertThat(report.groups()).isEqualTo(1);
        assertThat(report.members()).isEqualTo(6);
        assertThat(report.registrations()).isEqualTo(2);
        assertThat(report.registrationAuditEntries()).isGreaterThanOrEqualTo(2);
        assertThat(report.attendanceSheets()).isEqualTo(2);
        assertThat(report.rotationPlans()).isEqualTo(1);
        assertThat(report.evaluationForms()).isEqualTo(1);
        assertThat(report.evaluations()).isEqualTo(1);
        assertThat(report.creditDecisions()).isEqualTo(1);
        assertThat(report.creditClaims()).isEqualTo(1);
        assertThat(report.certificates()).isEqualTo(1);
        assertThat(report.toString()).contains("1 groups with 6 members", "2 registrations", "2 attendance sheets");
        assertThat(storedSeries(institution)).isEqualTo(new Stored(false, 0, 0, false, false, 0));
        List<org.balint.core.credit.CreditRecord> credit = database.inTransaction(em -> new JpaCreditRecords(institution, () -> em).ofGroup(autumn));
        List<org.balint.core.certificate.Certificate> certificates =
                database.inTransaction(em -> new JpaCertificates(institution, () -> em).ofGroup(autumn));
        assertThat(credit).isEmpty();
        assertThat(certificates).isEmpty();
        assertThat(storedSeries(otherInstitution)).as("the other institution's group of the same id")
                .isEqualTo(new Stored(true, 2, 2, true, true, 1));
    }

    @Test
    @DisplayName("purging again removes nothing more")
    void idempotent() {
        clock.set(SIX_YEARS_LATER.plus(Duration.ofDays(1)));
        purge(institution);

        RetentionPurge.PurgeReport again = purge(institution);

        assertThat(again.removedNothing()).isTrue();
        assertThat(again.groups()).isZero();
        assertThat(again.members()).isZero();
        assertThat(storedSeries(otherInstitution)).isEqualTo(new Stored(true, 2, 2, true, true, 1));
    }

    @Test
    @DisplayName("a grievance about the purged group and a leader's log of sessions led in it are kept")
    void grievancesAndLeaderLogsAreKept() {
        MemberId candidate = GroupFixture.CANDIDATE.id();
        org.balint.core.grievance.GrievanceId reference = new org.balint.core.grievance.GrievanceId("GRV-" + UUID.randomUUID());
        org.balint.core.grievance.Grievance grievance = new org.balint.core.grievance.Grievance(reference, autumn,
                new MemberId("member-brown"), "Sessions repeatedly started late.", org.balint.core.grievance.Disclosure.NAMED,
                new MemberId("chair-okafor"), org.balint.core.grievance.GrievanceStatus.RECEIVED, DURING_THE_SERIES,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                List.of(new org.balint.core.audit.AuditEntry(DURING_THE_SERIES, Actor.person(new MemberId("member-brown")),
                        "grievance-received", "grievance " + reference + " received")));
        org.balint.core.leadership.LeaderLog log = new org.balint.core.leadership.LeaderLog(candidate,
                List.of(new org.balint.core.leadership.LogEntry.LedSession(autumn, SessionNumber.of(1),
                        Instant.parse("2026-10-06T17:00:00Z"), org.balint.core.leadership.LeadRole.CO_LEAD)),
                List.of(), List.of());
        database.useTransaction(em -> {
            new org.balint.persistence.grievance.JpaGrievanceStore(institution, () -> em).save(grievance);
            new org.balint.persistence.leadership.JpaLeaderLogStore(institution, () -> em).save(log);
        });
        clock.set(SIX_YEARS_LATER.plus(Duration.ofDays(1)));

        RetentionPurge.PurgeReport report = purge(institution);

        assertThat(report.groups()).isEqualTo(1);
        java.util.Optional<org.balint.core.grievance.Grievance> keptGrievance = database.inTransaction(
                em -> new org.balint.persistence.grievance.JpaGrievanceStore(institution, () -> em).find(reference));
        java.util.Optional<org.balint.core.leadership.LeaderLog> keptLog = database.inTransaction(
                em -> new org.balint.persistence.leadership.JpaLeaderLogStore(institution, () -> em).find(candidate));
        assertThat(keptGrievance).contains(grievance);
        assertThat(keptLog).contains(log);
    }

    @Test
    @DisplayName("a resolved grievance is deleted with its trail once its resolution is older than the complaints retention period; an open one is kept however old")
    void resolvedGrievancesArePurgedAfterTheirRetention() {
        Instant resolvedAt = DURING_THE_SERIES.plus(Duration.ofDays(30));
        org.balint.core.grievance.Grievance resolved = grievance("GRV-R-" + UUID.randomUUID(), resolvedAt);
        org.balint.core.grievance.Grievance open = grievance("GRV-O-" + UUID.randomUUID(), DURING_THE_SERIES);
        database.useTransaction(em -> {
            var store = new org.balint.persistence.grievance.JpaGrievanceStore(institution, () -> em);
            store.save(resolved);
            store.save(open);
        });
        RecordRetention sevenYears = RecordRetention.of(java.time.Period.ofYears(7)).orElseThrow();
        Instant sevenYearsAfterResolution = resolvedAt.atOffset(ZoneOffset.UTC).plusYears(7).toInstant();

        clock.set(sevenYearsAfterResolution.minusSeconds(1));
        RetentionPurge.PurgeReport early = database.inTransaction(
                em -> new RetentionPurge(institution, RecordRetention.sixYears(), sevenYears, clock).purge(em));
        clock.set(sevenYearsAfterResolution);
        RetentionPurge.PurgeReport due = database.inTransaction(
                em -> new RetentionPurge(institution, RecordRetention.sixYears(), sevenYears, clock).purge(em));

        assertThat(early.grievances()).isZero();
        assertThat(due.grievances()).isEqualTo(1);
        assertThat(due.toString()).endsWith("1 resolved grievances");
        var store = database.inTransaction(em -> new org.balint.persistence.grievance.JpaGrievanceStore(institution, () -> em)
                .forGroup(autumn));
        assertThat(store).extracting(org.balint.core.grievance.Grievance::id).containsExactly(open.id());
    }

    /** A grievance about the autumn series, resolved at {@code resolvedAt} unless that is when it was received. */
    private org.balint.core.grievance.Grievance grievance(String reference, Instant resolvedAt) {
        var id = new org.balint.core.grievance.GrievanceId(reference);
        var brown = new MemberId("member-brown");
        var chair = new MemberId("chair-okafor");
        var received = new org.balint.core.audit.AuditEntry(DURING_THE_SERIES, Actor.person(brown), "grievance-received",
                "grievance " + reference + " received");
        if (resolvedAt.equals(DURING_THE_SERIES)) {
            return new org.balint.core.grievance.Grievance(id, autumn, brown, "Sessions repeatedly started late.",
                    org.balint.core.grievance.Disclosure.NAMED, chair, org.balint.core.grievance.GrievanceStatus.RECEIVED,
                    DURING_THE_SERIES, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    List.of(received));
        }
        return new org.balint.core.grievance.Grievance(id, autumn, brown, "Sessions repeatedly started late.",
                org.balint.core.grievance.Disclosure.NAMED, chair, org.balint.core.grievance.GrievanceStatus.RESOLVED,
                DURING_THE_SERIES, java.util.Optional.of(DURING_THE_SERIES.plusSeconds(3600)), java.util.Optional.of(resolvedAt),
                java.util.Optional.of("Start times agreed with the leaders."),
                List.of(received,
                        new org.balint.core.audit.AuditEntry(DURING_THE_SERIES.plusSeconds(3600), Actor.person(chair),
                                "grievance-acknowledged", "grievance " + reference + " acknowledged"),
                        new org.balint.core.audit.AuditEntry(resolvedAt, Actor.person(chair), "grievance-resolved",
                                "grievance " + reference + " resolved")));
    }

    private RetentionPurge.PurgeReport purge(TenantScope tenant) {
        return database.inTransaction(em -> new RetentionPurge(tenant, RecordRetention.sixYears(), clock).purge(em));
    }

    /** What is stored of the autumn series for {@code tenant}. */
    private record Stored(boolean group, int registrations, int sheets, boolean plan, boolean form, int evaluations) {
    }

    private Stored storedSeries(TenantScope tenant) {
        return database.inTransaction(em -> new Stored(
                new JpaGroups(tenant, () -> em).find(autumn).isPresent(),
                new JpaRegistrations(tenant, () -> em).forGroup(autumn).map(r -> r.all().size()).orElse(0),
                new JpaAttendanceSheets(tenant, () -> em).findAll(autumn).size(),
                new JpaRotationPlans(tenant, () -> em).find(autumn).isPresent(),
                new JpaEvaluationForms(tenant, () -> em).find(autumn).isPresent(),
                new JpaEvaluationStore(tenant, () -> em).forGroup(autumn).size()));
    }

    private void aFullyWorkedSeries(TenantScope tenant) {
        BalintGroup group = GroupFixture.aGroupOfSixWithFullFaculty(autumn);
        Member adams = familyPhysician("adams");
        CreditDecision decision = aafp(adams, 40);
        database.useTransaction(em -> {
            new JpaGroups(tenant, () -> em).save(group);

            GroupRegistrations registrations = GroupRegistrations.none(autumn);
            for (String id : List.of("reg-ines", "reg-jonas")) {
                Member registrant = GroupFixture.member(id, "Registrant " + id, org.balint.core.group.Profession.psychologist(), "");
                RegistrationResult result = registrations.register(RegistrationForm.fullyAttested(registrant), group,
                        Actor.person(registrant.id()), DURING_THE_SERIES);
                registrations = ((RegistrationResult.Recorded) result).registrations();
            }
            new JpaRegistrations(tenant, () -> em).save(registrations);

            JpaAttendanceSheets sheets = new JpaAttendanceSheets(tenant, () -> em);
            for (ScheduledSession session : group.schedule().sessions().subList(0, 2)) {
                sheets.save(AttendanceSheet.open(autumn, session, AttendanceThresholds.defaults()));
            }

            List<PresentationSlot> slots = new ArrayList<>();
            for (int session = 1; session <= 8; session++) {
                slots.add(PresentationSlot.of(SessionNumber.of(session), group.members().get((session - 1) % 6).id()));
            }
            new JpaRotationPlans(tenant, () -> em).save(autumn,
                    PublishedPlan.restore(8, 1, 0, slots, DURING_THE_SERIES, LEADER).orElseThrow());

            new JpaEvaluationForms(tenant, () -> em).save(EvaluationForm.define(autumn, List.of("Listen without advising")).orElseThrow());
            MemberId chen = new MemberId("member-chen");
            new JpaEvaluationStore(tenant, () -> em).save(new Evaluation(autumn, chen,
                    List.of(new ObjectiveRating(new LearningObjective(1, "Listen without advising"), OptionalInt.of(3), OptionalInt.of(7))),
                    "", DURING_THE_SERIES));

            JpaCreditRecords credit = new JpaCreditRecords(tenant, () -> em);
            credit.record(autumn, decision, DURING_THE_SERIES);
            credit.recordClaim(autumn, claim(decision, 40), DURING_THE_SERIES).orElseThrow();
            new JpaCertificates(tenant, () -> em).save(autumn, aafpCertificate(adams)).orElseThrow();
        });
    }
}
