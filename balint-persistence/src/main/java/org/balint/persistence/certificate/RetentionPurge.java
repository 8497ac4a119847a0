package org.balint.persistence.certificate;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.group.GroupId;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.credit.JpaCompletionSharingConsents;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.credit.PurgedCreditRecords;
import org.balint.persistence.evaluation.JpaEvaluationForms;
import org.balint.persistence.evaluation.JpaEvaluationStore;
import org.balint.persistence.grievance.JpaGrievanceStore;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.registration.JpaRegistrations;
import org.balint.persistence.rotation.JpaRotationDesks;
import org.balint.persistence.rotation.JpaRotationPlans;
import org.balint.persistence.tenant.TenantScope;

/**
 * Deletes one tenant's personal data once it is past the provider's retention period, counted from
 * the end of the series it belongs to (six years unless configured otherwise), and reports what it
 * removed. It works in the caller's transaction: everything it deletes is deleted together, or nothing
 * is.
 *
 * <p>It removes, in this order:
 * <ol>
 *   <li>certificates and credit records past retention by their own series end (as before), and</li>
 *   <li>for every group of the tenant whose series (the end of its last session) ended more than the
 *     retention period ago: its certificates, credit records, evaluations and evaluation form,
 *     attendance sheets with all their parts, rotation plan, the members' answers about reporting their
 *     completion (not counted in the report), registrations with their reasons and audit trails, and finally the group itself with its schedule, faculty and members.</li>
 * </ol>
 *
 * <p>It keeps, deliberately:
 * <ul>
 *   <li><b>leader logs</b>: a leader's own credentialing record of the sessions they led, not the
 *     group's; they name the group only by its id and outlive it;</li>
 *   <li><b>grievances</b> while they are open, and after their resolution for the complaints
 *     retention period: a grievance is the complaints committee's record, whose keeping is counted
 *     from its resolution, not from the end of the series. They name the group only by its id, without
 *     a foreign key, so they survive its purge; the purge deletes a grievance, with its audit trail,
 *     once its resolution is older than the complaints retention period.</li>
 * </ul>
 */
public final class RetentionPurge {

    private final TenantScope scope;
    private final RecordRetention retention;
    private final RecordRetention grievanceRetention;
    private final Clock clock;

    /**
     * A purge that keeps resolved grievances as long as the other records: {@code retention} counted
     * from their resolution.
     *
     * @param scope     the tenant whose records are purged
     * @param retention how long records are kept after their series ends
     * @param clock     the time the purge runs at
     */
    public RetentionPurge(TenantScope scope, RecordRetention retention, Clock clock) {
        this(scope, retention, retention, clock);
    }

    /**
     * @param scope              the tenant whose records are purged
     * @param retention          how long records are kept after their series ends
     * @param grievanceRetention how long a grievance is kept after its resolution (the complaints policy)
     * @param clock              the time the purge runs at
     */
    public RetentionPurge(TenantScope scope, RecordRetention retention, RecordRetention grievanceRetention, Clock clock) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.grievanceRetention = Objects.requireNonNull(grievanceRetention, "grievanceRetention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes the tenant's personal data past retention now, in the transaction of {@code entityManager}. */
    public PurgeReport purge(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        Instant at = clock.instant();
        JpaCertificates certificates = new JpaCertificates(scope, () -> entityManager);
        JpaCreditRecords creditRecords = new JpaCreditRecords(scope, () -> entityManager);
        int certificatesRemoved = certificates.purgePastRetention(retention, at);
        PurgedCreditRecords credit = creditRecords.purgePastRetention(retention, at);
        int decisions = credit.decisions();
        int claims = credit.claims();
        int groups = 0;
        int members = 0;
        int registrations = 0;
        int registrationAudit = 0;
        int sheets = 0;
        int plans = 0;
        int forms = 0;
        int evaluations = 0;
        JpaGroups groupStore = new JpaGroups(scope, () -> entityManager);
        for (Map.Entry<GroupId, Instant> series : groupStore.seriesEnds().entrySet()) {
            if (!retention.isPastRetention(series.getValue(), at)) {
                continue;
            }
            GroupId group = series.getKey();
            certificatesRemoved += certificates.purge(group);
            PurgedCreditRecords groupCredit = creditRecords.purge(group);
            decisions += groupCredit.decisions();
            claims += groupCredit.claims();
            evaluations += new JpaEvaluationStore(scope, () -> entityManager).purge(group);
            forms += new JpaEvaluationForms(scope, () -> entityManager).purge(group);
            sheets += new JpaAttendanceSheets(scope, () -> entityManager).purge(group);
            plans += new JpaRotationPlans(scope, () -> entityManager).purge(group);
            new JpaRotationDesks(scope, () -> entityManager).purge(group);
            new JpaCompletionSharingConsents(scope, () -> entityManager).purge(group);
            int[] registered = new JpaRegistrations(scope, () -> entityManager).purge(group);
            registrations += registered[0];
            registrationAudit += registered[1];
            OptionalInt groupMembers = groupStore.purge(group);
            if (groupMembers.isPresent()) {
                groups++;
                members += groupMembers.getAsInt();
            }
        }
        int grievances = new JpaGrievanceStore(scope, () -> entityManager).purgeResolvedPastRetention(grievanceRetention, at);
        return new PurgeReport(at, retention, certificatesRemoved, decisions, claims, groups, members, registrations,
                registrationAudit, sheets, plans, forms, evaluations, grievances);
    }

    /**
     * What one purge removed from one tenant's records.
     *
     * @param at                         when the purge ran
     * @param retention                  the retention period it applied
     * @param certificates               certificates deleted, with their statements
     * @param creditDecisions            credit decisions deleted, with their explanations
     * @param creditClaims               members' claims deleted with those decisions
     * @param groups                     groups deleted, with their schedule and faculty
     * @param members                    members deleted with those groups
     * @param registrations              registrations deleted, with their decline reasons
     * @param registrationAuditEntries   entries of those registrations' audit trails deleted
     * @param attendanceSheets           attendance sheets deleted, with all their parts
     * @param rotationPlans              rotation plans deleted, with their slots
     * @param evaluationForms            evaluation forms deleted
     * @param evaluations                members' evaluations deleted, with their ratings
     * @param grievances                 resolved grievances deleted, with their audit trails
     */
    public record PurgeReport(Instant at, RecordRetention retention, int certificates, int creditDecisions,
            int creditClaims, int groups, int members, int registrations, int registrationAuditEntries,
            int attendanceSheets, int rotationPlans, int evaluationForms, int evaluations, int grievances) {

        public PurgeReport {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(retention, "retention");
            if (certificates < 0 || creditDecisions < 0 || creditClaims < 0 || creditClaims > creditDecisions
                    || groups < 0 || members < 0 || registrations < 0 || registrationAuditEntries < 0
                    || attendanceSheets < 0 || rotationPlans < 0 || rotationPlans > groups || evaluationForms < 0
                    || evaluationForms > groups || evaluations < 0 || grievances < 0) {
                throw new IllegalArgumentException("impossible purge counts");
            }
        }

        /** Whether nothing was past retention. */
        public boolean removedNothing() {
            return certificates == 0 && creditDecisions == 0 && groups == 0 && registrations == 0 && attendanceSheets == 0
                    && evaluations == 0 && grievances == 0;
        }

        @Override
        public String toString() {
            return "purged at " + at + " (records kept " + retention.period() + " after their series ended): "
                    + certificates + " certificates, " + creditDecisions + " credit decisions, " + creditClaims
                    + " credit claims; " + groups + " groups with " + members + " members, " + registrations
                    + " registrations with " + registrationAuditEntries + " audit entries, " + attendanceSheets
                    + " attendance sheets, " + rotationPlans + " rotation plans, " + evaluationForms
                    + " evaluation forms, " + evaluations + " evaluations; " + grievances + " resolved grievances";
        }
    }
}
