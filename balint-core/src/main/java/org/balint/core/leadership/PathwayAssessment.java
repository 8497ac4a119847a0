package org.balint.core.leadership;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/** Counts a log against a pathway: months with a session led or co-led, supervised sessions, intensives. */
final class PathwayAssessment {

    private PathwayAssessment() {
    }

    static PathwayProgress assess(CredentialingPathway pathway, LeaderLog log) {
        var months = new TreeSet<YearMonth>();
        log.ledSessions().forEach(s -> months.add(YearMonth.from(s.heldAt().atZone(pathway.zone()))));
        int monthsCounted = pathway.consecutiveMonths() ? longestRun(months) : months.size();
        String monthsNoun = pathway.consecutiveMonths() ? "consecutive " + Requirement.MONTHS_LEADING.noun()
                : Requirement.MONTHS_LEADING.noun();
        return new PathwayProgress(log.candidate(), List.of(
                progress(Requirement.MONTHS_LEADING, pathway.monthsLeading(), monthsCounted, monthsNoun),
                progress(Requirement.SUPERVISED_SESSIONS, pathway.supervisedSessions(),
                        log.supervisedSessions().size(), Requirement.SUPERVISED_SESSIONS.noun()),
                progress(Requirement.INTENSIVES, pathway.intensives(), log.intensives().size(),
                        Requirement.INTENSIVES.noun())));
    }

    /** The most consecutive calendar months in {@code months}. */
    static int longestRun(TreeSet<YearMonth> months) {
        int longest = 0;
        int run = 0;
        YearMonth previous = null;
        for (var month : months) {
            run = previous != null && previous.plusMonths(1).equals(month) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = month;
        }
        return longest;
    }

    private static RequirementProgress progress(Requirement requirement, int required, int achieved, String counted) {
        return achieved >= required
                ? new RequirementProgress.Met(requirement, required, achieved, counted)
                : new RequirementProgress.Unmet(requirement, required, achieved, counted);
    }
}
