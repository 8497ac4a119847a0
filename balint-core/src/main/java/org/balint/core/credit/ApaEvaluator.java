package org.balint.core.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;

/**
 * APA CE credit prepared for one group: per session the instructional start and the number of full
 * 60-minute blocks from it to the scheduled end.
 *
 * <p>The counted array holds, per session, the minutes present within its full blocks, followed by,
 * per block, the longest run of consecutive minutes the member missed in it.
 */
final class ApaEvaluator extends PolicyEvaluator {

    private static final String LABEL = CreditType.APA_CE.label();
    private static final int HOUR = 60;

    private final long[] instructionalStart;
    private final int[] blocks;
    private final int[] firstBlock;
    private final int totalBlocks;
    private final int allowance;
    private final CreditAward.Credit[] awards;

    ApaEvaluator(ApaCePolicy policy, SessionGrid grid) {
        super(policy, grid);
        int n = grid.size();
        instructionalStart = new long[n];
        blocks = new int[n];
        firstBlock = new int[n];
        int next = n;
        for (int i = 0; i < n; i++) {
            Instant start = policy.instructionalStart().getOrDefault(grid.session(i).number(),
                    grid.session(i).start());
            instructionalStart[i] = SessionGrid.epochMinute(start);
            blocks[i] = (int) ((grid.end(i) - instructionalStart[i]) / HOUR);
            firstBlock[i] = next;
            next += blocks[i];
        }
        totalBlocks = next - n;
        allowance = policy.maximumConsecutiveMinutesMissed();
        awards = new CreditAward.Credit[totalBlocks + 1];
        for (int credits = 0; credits <= totalBlocks; credits++) {
            awards[credits] = new CreditAward.Credit(CreditHours.ofWholeCredits(credits));
        }
    }

    static void check(ApaCePolicy policy, Optional<SessionGrid> grid, List<Violation> problems) {
        int allowed = policy.maximumConsecutiveMinutesMissed();
        if (allowed < 0) {
            problems.add(Violation.of("negative-missed-minutes-allowance", LABEL + ": the allowance of " + allowed
                    + " consecutive minutes missed is negative: use zero or more (the usual allowance is 15)."));
        } else if (allowed >= HOUR) {
            problems.add(Violation.of("missed-minutes-allowance-not-under-an-hour", LABEL + ": an allowance of "
                    + allowed + " consecutive minutes missed would credit an hour the member missed entirely:"
                    + " use less than 60 (the usual allowance is 15)."));
        }
        boolean startsFit = true;
        for (Map.Entry<SessionNumber, Instant> start : policy.instructionalStart().entrySet()) {
            String what = LABEL + ": the instructional start of " + start.getKey() + " (" + start.getValue() + ")";
            if (!SessionGrid.isWholeMinute(start.getValue())) {
                startsFit = false;
                problems.add(Violation.of("instructional-start-not-whole-minute", what
                        + " is not on a whole minute: give it to the minute."));
            }
            if (grid.isEmpty()) {
                continue;
            }
            int position = grid.get().positionOf(start.getKey());
            if (position < 0) {
                startsFit = false;
                problems.add(Violation.of("instructional-start-for-unknown-session", what
                        + " belongs to a session the group has not scheduled: remove it or fix the session number."));
            } else if (start.getValue().isBefore(grid.get().session(position).start())) {
                startsFit = false;
                problems.add(Violation.of("instructional-start-before-session", what + " is before the session starts ("
                        + grid.get().session(position).start() + "): instruction starts within the session."));
            } else if (!start.getValue().isBefore(grid.get().session(position).end())) {
                startsFit = false;
                problems.add(Violation.of("instructional-start-after-session-end", what
                        + " is not before the session ends (" + grid.get().session(position).end()
                        + "): instruction starts within the session."));
            }
        }
        if (grid.isPresent() && startsFit) {
            SessionGrid sessions = grid.get();
            boolean anyFullHour = false;
            for (int i = 0; i < sessions.size(); i++) {
                Instant start = policy.instructionalStart().getOrDefault(sessions.session(i).number(),
                        sessions.session(i).start());
                anyFullHour |= sessions.end(i) - SessionGrid.epochMinute(start) >= HOUR;
            }
            if (!anyFullHour) {
                problems.add(Violation.of("no-full-instructional-hour", LABEL + ": no session has a full hour of"
                        + " instructional time, so no member could ever earn a credit: lengthen the sessions or move"
                        + " the instructional starts earlier."));
            }
        }
    }

    @Override
    int[] newTally() {
        int n = grid.size();
        int[] counted = new int[n + totalBlocks];
        Arrays.fill(counted, n, counted.length, HOUR);
        return counted;
    }

    @Override
    public void count(int[] counted, int position, List<PresenceInterval> presence) {
        int present = 0;
        long blockStart = instructionalStart[position];
        for (int b = 0; b < blocks[position]; b++, blockStart += HOUR) {
            long blockEnd = blockStart + HOUR;
            long cursor = blockStart;
            long longestGap = 0;
            for (int k = 0, size = presence.size(); k < size; k++) {
                PresenceInterval interval = presence.get(k);
                long joined = SessionGrid.epochMinute(interval.joined());
                if (joined >= blockEnd) {
                    break;
                }
                long left = SessionGrid.epochMinute(interval.left());
                if (left <= cursor) {
                    continue;
                }
                long from = Math.max(joined, cursor);
                long to = Math.min(left, blockEnd);
                longestGap = Math.max(longestGap, from - cursor);
                present += (int) (to - from);
                cursor = to;
            }
            longestGap = Math.max(longestGap, blockEnd - cursor);
            counted[firstBlock[position] + b] = (int) longestGap;
        }
        counted[position] = present;
    }

    private int creditedBlocks(int[] counted) {
        int credited = 0;
        for (int b = grid.size(), end = counted.length; b < end; b++) {
            if (counted[b] <= allowance) {
                credited++;
            }
        }
        return credited;
    }

    @Override
    CreditAward attained(int[] counted) {
        return awards[creditedBlocks(counted)];
    }

    @Override
    boolean attendanceSuffices(CreditAward attained) {
        return !((CreditAward.Credit) attained).hours().isZero();
    }

    @Override
    List<SessionFinding> findings(CreditEvidence evidence) {
        var findings = new ArrayList<SessionFinding>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            long instructional = grid.end(i) - instructionalStart[i];
            var note = new StringBuilder();
            int credits = 0;
            for (int b = 0; b < blocks[i]; b++) {
                int gap = evidence.counted(firstBlock[i] + b);
                note.append(b == 0 ? "" : "; ").append("hour ").append(b + 1);
                if (gap <= allowance) {
                    credits++;
                    note.append(gap == 0 ? " earned (no gap)" : " earned (longest gap " + Wording.minutes(gap) + ")");
                } else {
                    note.append(" forfeited (").append(gap).append(" consecutive minutes missed, more than the ")
                            .append(allowance).append(" allowed)");
                }
            }
            long remainder = instructional % HOUR;
            if (blocks[i] == 0) {
                note.append("less than a full hour of instructional time (").append(Wording.minutes(instructional))
                        .append("): no APA credit in this session");
            } else if (remainder > 0) {
                note.append("; the last ").append(Wording.minutes(remainder))
                        .append(" of instructional time are not a full hour and earn nothing");
            }
            note.append(" → ").append(CreditHours.ofWholeCredits(credits)).append(" credit");
            findings.add(new SessionFinding(grid.session(i).number(), (long) blocks[i] * HOUR, evidence.counted(i),
                    Optional.of(CreditHours.ofWholeCredits(credits)), credits > 0, note.toString()));
        }
        return List.copyOf(findings);
    }

    @Override
    List<RuleOutcome> attendanceRules(CreditEvidence evidence) {
        List<SessionFinding> findings = findings(evidence);
        var earning = findings.stream().filter(SessionFinding::counts).toList();
        if (earning.isEmpty()) {
            return List.of(new RuleOutcome(CreditRule.FULL_HOURS_ATTENDED, false, "No full instructional hour was"
                    + " attended without missing more than " + Wording.minutes(allowance) + " in a row: APA CE"
                    + " credit is earned per full hour attended.", findings));
        }
        return List.of(new RuleOutcome(CreditRule.FULL_HOURS_ATTENDED, true, evidence.attained()
                + " for full instructional hours attended without missing more than " + Wording.minutes(allowance)
                + " in a row, over " + Wording.sessions(earning.size()) + ".", earning));
    }
}
