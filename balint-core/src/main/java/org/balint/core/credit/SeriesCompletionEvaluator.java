package org.balint.core.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.validation.Violation;

/**
 * Series completion prepared for one group: per session the minutes of presence needed for it to count
 * as attended.
 */
final class SeriesCompletionEvaluator extends PolicyEvaluator {

    private static final String LABEL = Wording.capitalised(CreditType.SERIES_COMPLETION.label());

    private final int percent;
    private final int required;
    private final long[] minutesNeeded;
    private final CreditAward.SessionsAttended[] awards;
    private final String track;

    SeriesCompletionEvaluator(SeriesCompletionPolicy policy, SessionGrid grid) {
        super(policy, grid);
        percent = policy.minimumPresencePercent();
        required = policy.sessionsRequired();
        track = policy.track();
        int n = grid.size();
        minutesNeeded = new long[n];
        for (int i = 0; i < n; i++) {
            minutesNeeded[i] = (grid.scheduledMinutes(i) * percent + 99) / 100;
        }
        awards = new CreditAward.SessionsAttended[n + 1];
        for (int attended = 0; attended <= n; attended++) {
            awards[attended] = new CreditAward.SessionsAttended(attended, required, n);
        }
    }

    static void check(SeriesCompletionPolicy policy, Optional<SessionGrid> grid, List<Violation> problems) {
        if (policy.track().isEmpty()) {
            problems.add(Violation.of("track-name-missing", LABEL
                    + ": the track has no name: name it as it should appear on certificates."));
        }
        if (policy.sessionsRequired() < 1) {
            problems.add(Violation.of("sessions-required-not-positive", LABEL + ": " + policy.sessionsRequired()
                    + " sessions required is not possible: require at least 1 (the usual requirement is 6 of 8)."));
        } else if (grid.isPresent() && policy.sessionsRequired() > grid.get().size()) {
            problems.add(Violation.of("more-sessions-required-than-scheduled", LABEL + ": "
                    + policy.sessionsRequired() + " sessions required but only " + grid.get().size()
                    + " are scheduled: require at most " + grid.get().size() + "."));
        }
        int percent = policy.minimumPresencePercent();
        if (percent < 1 || percent > 100) {
            problems.add(Violation.of("presence-share-out-of-range", LABEL + ": a session counts as attended at "
                    + percent + " % of its scheduled time, which is not possible: use a share from 1 to 100 %"
                    + " (the usual share is 75 %)."));
        }
    }

    @Override
    int[] newTally() {
        return new int[grid.size()];
    }

    @Override
    public void count(int[] counted, int position, List<PresenceInterval> presence) {
        countMinutesPresent(counted, position, presence);
    }

    private int attendedSessions(int[] counted) {
        int attended = 0;
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] >= minutesNeeded[i]) {
                attended++;
            }
        }
        return attended;
    }

    @Override
    CreditAward attained(int[] counted) {
        return awards[attendedSessions(counted)];
    }

    @Override
    boolean attendanceSuffices(CreditAward attained) {
        return ((CreditAward.SessionsAttended) attained).isComplete();
    }

    @Override
    List<SessionFinding> findings(CreditEvidence evidence) {
        var findings = new ArrayList<SessionFinding>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            int present = evidence.counted(i);
            boolean counts = present >= minutesNeeded[i];
            findings.add(new SessionFinding(grid.session(i).number(), grid.scheduledMinutes(i), present,
                    Optional.empty(), counts, present + " of " + Wording.minutes(grid.scheduledMinutes(i))
                            + " present, " + minutesNeeded[i] + " needed: "
                            + (counts ? "counts as attended" : "does not count as attended")));
        }
        return List.copyOf(findings);
    }

    @Override
    List<RuleOutcome> attendanceRules(CreditEvidence evidence) {
        List<SessionFinding> findings = findings(evidence);
        var attended = findings.stream().filter(SessionFinding::counts).toList();
        String counted = attended.size() + " of " + Wording.sessions(grid.size()) + " attended for at least "
                + percent + " % of their scheduled time";
        if (attended.size() >= required) {
            return List.of(new RuleOutcome(CreditRule.SESSIONS_ATTENDED, true, track + ": " + counted + "; "
                    + required + " required.", attended));
        }
        int missing = required - attended.size();
        return List.of(new RuleOutcome(CreditRule.SESSIONS_ATTENDED, false, track + ": only " + counted + "; "
                + required + " are required, so " + Wording.sessions(missing) + " more would be needed.", findings));
    }
}
