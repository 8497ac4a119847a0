package org.balint.core.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;

/** Certificate of attendance prepared for one group: minutes present within each scheduled session. */
final class AttendanceEvaluator extends PolicyEvaluator {

    AttendanceEvaluator(AttendanceCertificatePolicy policy, SessionGrid grid) {
        super(policy, grid);
    }

    @Override
    int[] newTally() {
        return new int[grid.size()];
    }

    @Override
    public void count(int[] counted, int position, List<PresenceInterval> presence) {
        countMinutesPresent(counted, position, presence);
    }

    @Override
    CreditAward attained(int[] counted) {
        long minutes = 0;
        for (int value : counted) {
            minutes += value;
        }
        return new CreditAward.TimeAttended(minutes);
    }

    @Override
    boolean attendanceSuffices(CreditAward attained) {
        return ((CreditAward.TimeAttended) attained).minutes() > 0;
    }

    @Override
    List<SessionFinding> findings(CreditEvidence evidence) {
        var findings = new ArrayList<SessionFinding>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            int present = evidence.counted(i);
            findings.add(new SessionFinding(grid.session(i).number(), grid.scheduledMinutes(i), present,
                    Optional.empty(), present > 0,
                    present + " of " + Wording.minutes(grid.scheduledMinutes(i)) + " present"));
        }
        return List.copyOf(findings);
    }

    @Override
    List<RuleOutcome> attendanceRules(CreditEvidence evidence) {
        List<SessionFinding> findings = findings(evidence);
        var attended = findings.stream().filter(SessionFinding::counts).toList();
        if (attended.isEmpty()) {
            return List.of(new RuleOutcome(CreditRule.TIME_ATTENDED, false, "No time was attended in any scheduled"
                    + " session, so there is nothing to certify.", findings));
        }
        return List.of(new RuleOutcome(CreditRule.TIME_ATTENDED, true, evidence.attained() + " attended over "
                + Wording.sessions(attended.size()) + " (certifies attendance; no credit is claimed).", attended));
    }
}
