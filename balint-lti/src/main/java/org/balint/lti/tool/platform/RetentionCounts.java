package org.balint.lti.tool.platform;

import org.balint.persistence.certificate.RetentionPurge;

/**
 * How many records of a platform are past retention (a preview) or were purged, summed over the
 * platform's deployments. Counts only: never whose records.
 *
 * @param certificates             certificates, with their statements
 * @param creditDecisions          credit decisions, with their explanations
 * @param creditClaims             members' credit claims among those decisions
 * @param groups                   groups whose series ended longer ago than the retention period
 * @param members                  members of those groups
 * @param registrations            registrations, with their decline reasons
 * @param registrationAuditEntries entries of those registrations' audit trails
 * @param attendanceSheets         attendance sheets, with all their parts
 * @param rotationPlans            rotation plans, with their slots
 * @param evaluationForms          evaluation forms
 * @param evaluations              members' evaluations, with their ratings
 * @param grievances               resolved grievances, with their audit trails
 */
public record RetentionCounts(int certificates, int creditDecisions, int creditClaims, int groups, int members,
        int registrations, int registrationAuditEntries, int attendanceSheets, int rotationPlans, int evaluationForms,
        int evaluations, int grievances) {

    /** Nothing at all. */
    public static RetentionCounts none() {
        return new RetentionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** These counts with one deployment's purge report added. */
    public RetentionCounts plus(RetentionPurge.PurgeReport report) {
        return new RetentionCounts(certificates + report.certificates(), creditDecisions + report.creditDecisions(),
                creditClaims + report.creditClaims(), groups + report.groups(), members + report.members(),
                registrations + report.registrations(), registrationAuditEntries + report.registrationAuditEntries(),
                attendanceSheets + report.attendanceSheets(), rotationPlans + report.rotationPlans(),
                evaluationForms + report.evaluationForms(), evaluations + report.evaluations(),
                grievances + report.grievances());
    }

    /** The number of records in all, audit entries included. */
    public int total() {
        return certificates + creditDecisions + groups + members + registrations + registrationAuditEntries
                + attendanceSheets + rotationPlans + evaluationForms + evaluations + grievances;
    }
}
