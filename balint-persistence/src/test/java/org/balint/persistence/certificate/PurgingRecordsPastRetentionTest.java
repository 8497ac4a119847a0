package org.balint.persistence.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.certificate.KeepingCertificatesTest.aafpCertificate;
import static org.balint.persistence.credit.CreditFixture.aafp;
import static org.balint.persistence.credit.CreditFixture.claim;
import static org.balint.persistence.credit.CreditFixture.familyPhysician;
import static org.balint.persistence.credit.CreditFixture.seriesCompletion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Purging certificate and credit records past their retention period")
class PurgingRecordsPastRetentionTest {

    /** The spring 2026 series ends on 22 April 2026 at 19:30 UTC. */
    private static final Instant SPRING_SERIES_END = Instant.parse("2026-04-22T19:30:00Z");
    /** A certificate's series is over everywhere at the end of its last date in the westernmost zone. */
    private static final Instant SPRING_LAST_DAY_OVER_EVERYWHERE = Instant.parse("2026-04-23T18:00:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final GroupId spring = new GroupId("spring-" + UUID.randomUUID());
    private final GroupId springNextYear = new GroupId("spring-2027-" + UUID.randomUUID());
    private final Member drAdams = familyPhysician("adams");
    private final Member drBaker = familyPhysician("baker");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-23T09:00:00Z"));
    private TenantScope tenant;

    @BeforeEach
    void aSeriesWithDecisionsClaimsAndCertificates() {
        tenant = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, tenant, spring, springNextYear);
        CreditDecision adams = aafp(drAdams, 40);
        database.useTransaction(em -> {
            JpaCreditRecords records = new JpaCreditRecords(tenant, () -> em);
            records.record(spring, adams, clock.instant());
            records.recordClaim(spring, claim(adams, 40), clock.instant()).orElseThrow();
            records.record(spring, aafp(drBaker, 90), clock.instant());
            records.record(spring, seriesCompletion(drBaker, 8), clock.instant());
            JpaCertificates certificates = new JpaCertificates(tenant, () -> em);
            certificates.save(spring, aafpCertificate(drAdams)).orElseThrow();
            certificates.save(springNextYear, nextYearsCertificate(drBaker)).orElseThrow();
        });
    }

    @Test
    @DisplayName("the default retention is six years after the series ends: a day before, nothing is removed")
    void nothingIsRemovedBeforeSixYears() {
        clock.set(SPRING_SERIES_END.plus(Duration.ofDays(6 * 365)));

        RetentionPurge.PurgeReport report = purge(RecordRetention.sixYears());

        assertThat(report.removedNothing()).isTrue();
        assertThat(report.at()).isEqualTo(clock.instant());
        assertThat(creditRecords(spring)).hasSize(3);
        assertThat(certificates(spring)).hasSize(1);
    }

    @Test
    @DisplayName("six years after the series ended, its decisions, claims and certificates are removed and counted;"
            + " a later series' records stay")
    void recordsSixYearsAfterTheSeriesAreRemoved() {
        clock.set(SPRING_LAST_DAY_OVER_EVERYWHERE.atOffset(java.time.ZoneOffset.UTC).plusYears(6).toInstant());

        RetentionPurge.PurgeReport report = purge(RecordRetention.sixYears());

        assertThat(report.creditDecisions()).isEqualTo(3);
        assertThat(report.creditClaims()).isEqualTo(1);
        assertThat(report.certificates()).isEqualTo(1);
        assertThat(report).hasToString("purged at 2032-04-23T18:00:00Z (records kept P6Y after their series ended):"
                + " 1 certificates, 3 credit decisions, 1 credit claims; 0 groups with 0 members, 0 registrations with 0 audit entries,"
                + " 0 attendance sheets, 0 rotation plans, 0 evaluation forms, 0 evaluations; 0 resolved grievances");
        assertThat(creditRecords(spring)).isEmpty();
        assertThat(certificates(spring)).isEmpty();
        assertThat(certificates(springNextYear)).hasSize(1);
    }

    @Test
    @DisplayName("credit records count from the end of the last session; certificates from the end of the last date everywhere")
    void retentionStartsWhenTheSeriesEnds() {
        clock.set(SPRING_SERIES_END.atOffset(java.time.ZoneOffset.UTC).plusYears(6).toInstant());

        RetentionPurge.PurgeReport report = purge(RecordRetention.sixYears());

        assertThat(report.creditDecisions()).isEqualTo(3);
        assertThat(report.certificates()).isZero();
        assertThat(certificates(spring)).hasSize(1);
    }

    @Test
    @DisplayName("a provider's own retention period is honoured, and pastRetention lists what a purge would remove")
    void configuredRetention() {
        RecordRetention twoYears = RecordRetention.of(Period.ofYears(2)).orElseThrow();
        Instant at = Instant.parse("2028-05-01T00:00:00Z");

        List<Certificate> due = database.inTransaction(em -> new JpaCertificates(tenant, () -> em).pastRetention(twoYears, at));
        clock.set(at);
        RetentionPurge.PurgeReport report = purge(twoYears);

        assertThat(due).singleElement().satisfies(certificate -> assertThat(certificate.member()).isEqualTo(drAdams.id()));
        assertThat(report.certificates()).isEqualTo(1);
        assertThat(report.creditDecisions()).isEqualTo(3);
        assertThat(certificates(springNextYear)).hasSize(1);
    }

    private RetentionPurge.PurgeReport purge(RecordRetention retention) {
        return database.inTransaction(em -> new RetentionPurge(tenant, retention, clock).purge(em));
    }

    private List<CreditRecord> creditRecords(GroupId group) {
        return database.inTransaction(em -> new JpaCreditRecords(tenant, () -> em).ofGroup(group));
    }

    private List<Certificate> certificates(GroupId group) {
        return database.inTransaction(em -> new JpaCertificates(tenant, () -> em).ofGroup(group));
    }

    private static Certificate nextYearsCertificate(Member member) {
        Certificate spring2026 = aafpCertificate(member);
        return new Certificate(member.id(), spring2026.memberName(), spring2026.provider(),
                new Activity("Balint group for family physicians, spring 2027", ActivityFormat.LIVE,
                        LocalDate.of(2027, 3, 3), LocalDate.of(2027, 4, 21)),
                spring2026.type(), spring2026.certified(), spring2026.statements(),
                Instant.parse("2027-04-22T08:00:00Z"));
    }
}
