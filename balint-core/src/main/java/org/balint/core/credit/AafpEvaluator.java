package org.balint.core.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;

/**
 * AAFP Prescribed credit prepared for one group: per session the formal-time segments (the session
 * minus its non-educational windows), the approved credit and the cap that applies.
 */
final class AafpEvaluator extends PolicyEvaluator {

    private static final String LABEL = CreditType.AAFP_PRESCRIBED.label();

    /** Per session, formal time as [start, end) pairs of epoch minutes. */
    private final long[][] formal;
    /** The same segments in epoch seconds, for counting without dividing (presence is kept to the minute). */
    private final long[][] formalSeconds;
    private final long[] formalMinutes;
    private final long[] approvedQuarters;
    private final long maximumQuarters;
    private final long[] capQuarters;
    private final CreditAward.Credit[] awards;

    AafpEvaluator(AafpPrescribedPolicy policy, SessionGrid grid) {
        super(policy, grid);
        int n = grid.size();
        formal = new long[n][];
        formalSeconds = new long[n][];
        formalMinutes = new long[n];
        approvedQuarters = new long[n];
        capQuarters = new long[n];
        maximumQuarters = quarters(policy.perSessionMaximum());
        long highest = 0;
        for (int i = 0; i < n; i++) {
            formal[i] = formalSegments(policy, grid, i);
            formalSeconds[i] = Arrays.stream(formal[i]).map(minute -> minute * 60).toArray();
            for (int s = 0; s < formal[i].length; s += 2) {
                formalMinutes[i] += formal[i][s + 1] - formal[i][s];
            }
            BigDecimal approved = policy.approvedCredit().get(grid.session(i).number());
            approvedQuarters[i] = approved == null ? formalMinutes[i] / 15 : quarters(approved);
            capQuarters[i] = Math.min(approvedQuarters[i], maximumQuarters);
            highest += capQuarters[i];
        }
        awards = new CreditAward.Credit[(int) highest + 1];
        for (int q = 0; q <= highest; q++) {
            awards[q] = new CreditAward.Credit(CreditHours.ofQuarterHours(q));
        }
    }

    private static long quarters(BigDecimal credit) {
        return credit.multiply(BigDecimal.valueOf(4)).longValueExact();
    }

    /** The session's scheduled time minus the union of its non-educational windows. */
    private static long[] formalSegments(AafpPrescribedPolicy policy, SessionGrid grid, int position) {
        SessionNumber number = grid.session(position).number();
        var windows = policy.nonEducationalTime().stream().filter(w -> w.session().equals(number))
                .sorted(Comparator.comparing(NonEducationalWindow::from)).toList();
        var segments = new ArrayList<Long>();
        long cursor = grid.start(position);
        long end = grid.end(position);
        for (NonEducationalWindow window : windows) {
            long from = SessionGrid.epochMinute(window.from());
            long to = SessionGrid.epochMinute(window.to());
            if (from > cursor) {
                segments.add(cursor);
                segments.add(from);
            }
            cursor = Math.max(cursor, to);
        }
        if (end > cursor) {
            segments.add(cursor);
            segments.add(end);
        }
        return segments.stream().mapToLong(Long::longValue).toArray();
    }

    static void check(AafpPrescribedPolicy policy, Optional<SessionGrid> grid, List<Violation> problems) {
        BigDecimal maximum = policy.perSessionMaximum();
        if (maximum.signum() <= 0) {
            problems.add(Violation.of("per-session-maximum-not-positive", LABEL + ": the per-session maximum of "
                    + maximum.toPlainString() + " credit must be more than zero (the usual maximum is 3.75)."));
        } else if (!isQuarterHours(maximum)) {
            problems.add(Violation.of("per-session-maximum-not-in-quarter-hours", LABEL
                    + ": the per-session maximum of " + maximum.toPlainString()
                    + " credit is not a whole number of quarter hours: use steps of 0.25."));
        }
        for (Map.Entry<SessionNumber, BigDecimal> approved : policy.approvedCredit().entrySet()) {
            String what = LABEL + ": the credit approved for " + approved.getKey() + " ("
                    + approved.getValue().toPlainString() + ")";
            if (approved.getValue().signum() < 0) {
                problems.add(Violation.of("negative-approved-credit", what + " is negative: enter the approved"
                        + " credit, zero or more."));
            } else if (!isQuarterHours(approved.getValue())) {
                problems.add(Violation.of("approved-credit-not-in-quarter-hours", what
                        + " is not a whole number of quarter hours: use steps of 0.25."));
            }
        }
        for (NonEducationalWindow window : policy.nonEducationalTime()) {
            String what = LABEL + ": the non-educational time in " + window.session() + " from " + window.from()
                    + " to " + window.to();
            if (window.purpose().isEmpty()) {
                problems.add(Violation.of("non-educational-time-without-purpose", what
                        + " has no purpose: say what happens in it (for example \"welcome and announcements\")."));
            }
            if (!SessionGrid.isWholeMinute(window.from()) || !SessionGrid.isWholeMinute(window.to())) {
                problems.add(Violation.of("non-educational-time-not-whole-minutes", what
                        + " does not start and end on whole minutes: give it to the minute."));
            }
            if (!window.to().isAfter(window.from())) {
                problems.add(Violation.of("non-educational-time-inverted", what
                        + " ends before it starts: swap or correct the times."));
            }
        }
        grid.ifPresent(sessions -> checkAgainstSchedule(policy, sessions, problems));
    }

    private static void checkAgainstSchedule(AafpPrescribedPolicy policy, SessionGrid grid,
            List<Violation> problems) {
        boolean windowsFit = true;
        for (NonEducationalWindow window : policy.nonEducationalTime()) {
            int position = grid.positionOf(window.session());
            String what = LABEL + ": the non-educational time in " + window.session() + " from " + window.from()
                    + " to " + window.to();
            if (position < 0) {
                windowsFit = false;
                problems.add(Violation.of("non-educational-time-for-unknown-session", what
                        + " belongs to a session the group has not scheduled: remove it or fix the session number."));
            } else if (window.from().isBefore(grid.session(position).start())
                    || window.to().isAfter(grid.session(position).end())) {
                windowsFit = false;
                problems.add(Violation.of("non-educational-time-outside-session", what + " lies outside the session ("
                        + grid.session(position).start() + " to " + grid.session(position).end()
                        + "): keep non-educational time within the session."));
            } else if (!window.to().isAfter(window.from()) || !SessionGrid.isWholeMinute(window.from())
                    || !SessionGrid.isWholeMinute(window.to())) {
                windowsFit = false;
            }
        }
        for (SessionNumber session : policy.approvedCredit().keySet()) {
            if (grid.positionOf(session) < 0) {
                problems.add(Violation.of("approved-credit-for-unknown-session", LABEL + ": credit is approved for "
                        + session + ", which the group has not scheduled: remove it or fix the session number."));
            }
        }
        if (!windowsFit) {
            return;
        }
        for (int i = 0; i < grid.size(); i++) {
            long[] segments = formalSegments(policy, grid, i);
            long minutes = 0;
            for (int s = 0; s < segments.length; s += 2) {
                minutes += segments[s + 1] - segments[s];
            }
            SessionNumber number = grid.session(i).number();
            if (minutes == 0) {
                problems.add(Violation.of("no-formal-time-left", LABEL + ": " + number
                        + " is entirely non-educational time, so it has no formal time: shorten its"
                        + " non-educational windows."));
                continue;
            }
            BigDecimal approved = policy.approvedCredit().get(number);
            if (approved != null && approved.signum() >= 0 && isQuarterHours(approved)
                    && quarters(approved) * 15 > minutes) {
                problems.add(Violation.of("approved-credit-exceeds-formal-time", LABEL + ": " + number
                        + " is approved for " + approved.toPlainString() + " credit but has only "
                        + Wording.minutes(minutes) + " of formal time: approved credit cannot exceed formal time"
                        + " (at most " + CreditHours.quarterHoursWithin(minutes) + ")."));
            }
        }
    }

    private static boolean isQuarterHours(BigDecimal credit) {
        return credit.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
    }

    @Override
    int[] newTally() {
        return new int[grid.size()];
    }

    @Override
    public void count(int[] counted, int position, List<PresenceInterval> presence) {
        long[] segments = formalSeconds[position];
        long attended = 0;
        for (int k = 0, size = presence.size(); k < size; k++) {
            PresenceInterval interval = presence.get(k);
            long joined = interval.joined().getEpochSecond();
            long left = interval.left().getEpochSecond();
            for (int s = 0; s < segments.length; s += 2) {
                long start = Math.max(joined, segments[s]);
                long end = Math.min(left, segments[s + 1]);
                if (end > start) {
                    attended += end - start;
                }
            }
        }
        counted[position] = (int) (attended / 60);
    }

    private long sessionQuarters(int position, int formalMinutesAttended) {
        return Math.min(CreditHours.roundedQuarterHours(formalMinutesAttended), capQuarters[position]);
    }

    @Override
    CreditAward attained(int[] counted) {
        long total = 0;
        for (int i = 0; i < counted.length; i++) {
            total += sessionQuarters(i, counted[i]);
        }
        return awards[(int) total];
    }

    @Override
    boolean attendanceSuffices(CreditAward attained) {
        return !((CreditAward.Credit) attained).hours().isZero();
    }

    @Override
    List<SessionFinding> findings(CreditEvidence evidence) {
        var findings = new ArrayList<SessionFinding>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            int attended = evidence.counted(i);
            long rounded = CreditHours.roundedQuarterHours(attended);
            long credited = sessionQuarters(i, attended);
            long excluded = grid.scheduledMinutes(i) - formalMinutes[i];
            var note = new StringBuilder();
            note.append(attended).append(" of ").append(Wording.minutes(formalMinutes[i]))
                    .append(" of formal time attended");
            if (excluded > 0) {
                note.append(" (").append(Wording.minutes(excluded)).append(" non-educational excluded)");
            }
            note.append(" → ").append(CreditHours.ofQuarterHours(credited)).append(" credit");
            if (credited < rounded) {
                note.append(", capped from ").append(CreditHours.ofQuarterHours(rounded)).append(" at ")
                        .append(bindingCap(i));
            }
            findings.add(new SessionFinding(grid.session(i).number(), formalMinutes[i], attended,
                    Optional.of(CreditHours.ofQuarterHours(credited)), credited > 0, note.toString()));
        }
        return List.copyOf(findings);
    }

    private String bindingCap(int position) {
        return approvedQuarters[position] <= maximumQuarters
                ? "the " + CreditHours.ofQuarterHours(approvedQuarters[position]) + " credit approved for the session"
                : "the per-session maximum of " + CreditHours.ofQuarterHours(maximumQuarters);
    }

    @Override
    List<RuleOutcome> attendanceRules(CreditEvidence evidence) {
        List<SessionFinding> findings = findings(evidence);
        var earning = findings.stream().filter(SessionFinding::counts).toList();
        long formalAttended = findings.stream().mapToLong(SessionFinding::minutesThatCount).sum();
        CreditAward attained = evidence.attained();
        RuleOutcome formalTime = earning.isEmpty()
                ? new RuleOutcome(CreditRule.FORMAL_TIME_ATTENDED, false, "No session's formal time attended rounds"
                        + " to 0.25 credit or more (" + Wording.minutes(formalAttended) + " of formal time in all;"
                        + " a session needs at least 8 formal minutes): attend the formal part of the sessions.",
                        findings)
                : new RuleOutcome(CreditRule.FORMAL_TIME_ATTENDED, true, Wording.minutes(formalAttended)
                        + " of formal time attended earn " + attained + " over " + Wording.sessions(earning.size())
                        + " (per session: formal minutes ÷ 60, to the nearest quarter hour).", earning);

        var cappedByApproval = new ArrayList<SessionFinding>();
        var cappedByMaximum = new ArrayList<SessionFinding>();
        for (int i = 0; i < grid.size(); i++) {
            long rounded = CreditHours.roundedQuarterHours(evidence.counted(i));
            if (rounded > approvedQuarters[i] && approvedQuarters[i] <= maximumQuarters) {
                cappedByApproval.add(findings.get(i));
            } else if (rounded > maximumQuarters) {
                cappedByMaximum.add(findings.get(i));
            }
        }
        return List.of(formalTime,
                new RuleOutcome(CreditRule.APPROVED_CREDIT_CAP, true, cappedByApproval.isEmpty()
                        ? "No session earned more than the credit approved for it."
                        : "Limited to the credit approved for " + sessionList(cappedByApproval) + ".",
                        cappedByApproval),
                new RuleOutcome(CreditRule.PER_SESSION_MAXIMUM, true, cappedByMaximum.isEmpty()
                        ? "No session reached the per-session maximum of " + CreditHours.ofQuarterHours(maximumQuarters)
                                + " credit."
                        : "Limited to the per-session maximum of " + CreditHours.ofQuarterHours(maximumQuarters)
                                + " credit in " + sessionList(cappedByMaximum) + ".",
                        cappedByMaximum));
    }

    static String sessionList(List<SessionFinding> findings) {
        var numbers = findings.stream().map(f -> String.valueOf(f.session().value())).toList();
        return (numbers.size() == 1 ? "session " : "sessions ") + String.join(", ", numbers);
    }
}
