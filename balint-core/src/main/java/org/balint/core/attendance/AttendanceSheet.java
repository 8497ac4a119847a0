package org.balint.core.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The attendance sheet of one session of a group: everything known about who was there and when —
 * imported attendance reports, attendees still to be resolved, leader corrections and LMS launches —
 * with the audit trail of every change.
 *
 * <p>A sheet is a value: every change returns a new sheet (or the reasons it was refused) and leaves
 * this one as it was. A member's effective attendance ({@link #attendanceOf}) is the leader's
 * correction when there is one, whenever the reports arrived; otherwise the union of the member's
 * report rows, clipped to the scheduled session.
 *
 * <p>The canonical constructor restores a stored sheet; start a new one with {@link #open}.
 */
public record AttendanceSheet(GroupId group, ScheduledSession session, AttendanceThresholds thresholds,
        List<ReportReceipt> reports, List<ReportedPresence> reported, List<UnmatchedAttendee> unmatched,
        List<LeaderCorrection> corrections, List<LaunchRecord> launches, List<AuditEntry> audit) {

    /** The actor named on audit entries of imports that no person started. */
    public static final Actor IMPORT_PROCESS = Actor.process("attendance import");

    public AttendanceSheet {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(thresholds, "thresholds");
        reports = List.copyOf(reports);
        reported = List.copyOf(reported);
        unmatched = List.copyOf(unmatched);
        corrections = List.copyOf(corrections);
        launches = List.copyOf(launches);
        audit = List.copyOf(audit);
        var imported = reports.stream().map(ReportReceipt::report).collect(Collectors.toSet());
        if (imported.size() != reports.size()) {
            throw new IllegalArgumentException("a report is imported into a sheet at most once");
        }
        for (ReportedPresence row : reported) {
            if (!imported.contains(row.row().report())) {
                throw new IllegalArgumentException("row of a report that was never imported: " + row);
            }
        }
        for (UnmatchedAttendee attendee : unmatched) {
            if (!imported.contains(attendee.report())) {
                throw new IllegalArgumentException("attendee from a report that was never imported: " + attendee);
            }
        }
        var corrected = new HashSet<MemberId>();
        SessionWindow window = SessionWindow.of(session, thresholds);
        for (LeaderCorrection correction : corrections) {
            if (!corrected.add(correction.member())) {
                throw new IllegalArgumentException("one correction per member and session: " + correction.member());
            }
            if (correction instanceof LeaderCorrection.PresenceSet set
                    && !set.presence().stream().allMatch(window::contains)) {
                throw new IllegalArgumentException("corrected presence outside " + session.number() + ": " + set);
            }
        }
    }

    /** An empty sheet for {@code session} of {@code group}. */
    public static AttendanceSheet open(GroupId group, ScheduledSession session, AttendanceThresholds thresholds) {
        return new AttendanceSheet(group, session, thresholds, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public SessionNumber number() {
        return session.number();
    }

    // ---------------------------------------------------------------- reports

    /**
     * Imports a video platform's attendance report. Rows are matched to {@code members} by e-mail
     * address (ignoring case), then by name (ignoring case, accents, extra spaces and "Last, First"
     * order); rows matching nobody or several members become {@link #unmatched} attendees for a leader
     * to resolve. A report with any bad row is rejected whole, listing every bad row. A report that was
     * imported before changes nothing.
     *
     * @param importedBy the leader who imported it, or {@link #IMPORT_PROCESS}
     * @param clock      when the import happens, for the receipt and the audit trail
     */
    public ReportImport importReport(AttendanceReport report, List<Member> members, ImportSettings settings,
            Actor importedBy, Clock clock) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(clock, "clock");
        Optional<ReportReceipt> earlier = reports.stream().filter(r -> r.report().equals(report.id())).findFirst();
        if (earlier.isPresent()) {
            return new ReportImport.AlreadyImported(this, earlier.get());
        }
        if (report.unreadable().isPresent()) {
            return new ReportImport.Rejected(List.of(BadRow.of(1, "not-text", report.unreadable().get())));
        }
        ReportParser.Outcome outcome = ReportParser.parse(report.text(), settings, window(), session.number()
                .toString());
        if (outcome instanceof ReportParser.Bad bad) {
            return new ReportImport.Rejected(bad.badRows());
        }
        ReportParser.Parsed parsed = ((ReportParser.Good) outcome).report();
        var matcher = new MemberMatcher(members);
        var newReported = new ArrayList<ReportedPresence>();
        var matched = new TreeSet<MemberId>();
        var underAMinute = new ArrayList<Integer>();
        var unresolved = new LinkedHashMap<SamePerson, List<ReportParser.Row>>();
        for (ReportParser.Row row : parsed.rows()) {
            if (row.presence().isEmpty()) {
                underAMinute.add(row.line());
                continue;
            }
            MemberMatcher.Match match = matcher.match(row.name(), row.email());
            Optional<MemberId> member = match.single();
            if (member.isPresent()) {
                matched.add(member.get());
                var source = new EvidenceSource.ReportRow(report.id(), parsed.platform(), row.line());
                newReported.add(new ReportedPresence(member.get(), source, row.presence().get()));
            } else {
                unresolved.computeIfAbsent(SamePerson.of(row, match), k -> new ArrayList<>()).add(row);
            }
        }
        var newUnmatched = new ArrayList<UnmatchedAttendee>();
        unresolved.forEach((person, rows) -> newUnmatched.add(new UnmatchedAttendee(report.id(), parsed.platform(),
                rows.get(0).name(), rows.get(0).email(), person.candidates().isEmpty()
                        ? UnmatchedAttendee.Reason.NO_MEMBER : UnmatchedAttendee.Reason.SEVERAL_MEMBERS,
                person.candidates(), rows.stream()
                        .map(r -> new UnmatchedAttendee.Row(r.line(), r.presence().orElseThrow())).toList())));
        Instant now = clock.instant();
        var receipt = new ReportReceipt(report.id(), parsed.platform(), now, importedBy, parsed.rows().size());
        var entry = new AuditEntry(now, importedBy, "attendance-report-imported", parsed.platform().label()
                + " attendance report " + report.id() + " imported into " + session.number() + ": "
                + parsed.rows().size() + " rows, " + matched.size() + " members matched, " + newUnmatched.size()
                + " attendees left for a leader to resolve");
        AttendanceSheet updated = new AttendanceSheet(group, session, thresholds, plus(reports, receipt),
                plusAll(reported, newReported), plusAll(unmatched, newUnmatched), corrections, launches,
                plus(audit, entry));
        return new ReportImport.Imported(updated, receipt, matched, newUnmatched, underAMinute);
    }

    /**
     * Assigns an unmatched attendee's rows to {@code member} (for example a member who joined from a
     * second device under another name). Audited.
     */
    public Validated<AttendanceSheet> assign(UnmatchedAttendee attendee, MemberId member, List<Member> members,
            Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkUnresolved(attendee, violations);
        checkMember(member, members, violations);
        return Validated.of(violations, () -> {
            var rows = attendee.rows().stream().map(r -> new ReportedPresence(member,
                    new EvidenceSource.ReportRow(attendee.report(), attendee.platform(), r.line()), r.presence()))
                    .toList();
            var entry = new AuditEntry(clock.instant(), leader, "attendance-attendee-assigned", "attendee "
                    + lines(attendee) + " of report " + attendee.report() + " assigned to member " + member + " in "
                    + session.number());
            return new AttendanceSheet(group, session, thresholds, reports, plusAll(reported, rows),
                    minus(unmatched, attendee), corrections, launches, plus(audit, entry));
        });
    }

    /** Dismisses an unmatched attendee as a guest: their rows count for nobody. Audited. */
    public Validated<AttendanceSheet> dismissAsGuest(UnmatchedAttendee attendee, Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkUnresolved(attendee, violations);
        return Validated.of(violations, () -> {
            var entry = new AuditEntry(clock.instant(), leader, "attendance-guest-dismissed", "attendee "
                    + lines(attendee) + " of report " + attendee.report() + " dismissed as a guest in "
                    + session.number());
            return new AttendanceSheet(group, session, thresholds, reports, reported, minus(unmatched, attendee),
                    corrections, launches, plus(audit, entry));
        });
    }

    // ---------------------------------------------------------------- leader corrections

    /**
     * Records when {@code member} was present, replacing whatever the reports show. Each interval must
     * be to the minute, end after it starts, lie within the scheduled session and not overlap another.
     * Audited.
     */
    public Validated<AttendanceSheet> setPresence(MemberId member, List<EnteredInterval> presence,
            List<Member> members, Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkMember(member, members, violations);
        List<PresenceInterval> intervals = checkEntered(presence, violations);
        return Validated.of(violations, () -> correct(new LeaderCorrection.PresenceSet(member, intervals, leader,
                clock.instant()), "attendance-presence-set", "presence of member " + member + " in "
                        + session.number() + " set by a leader to " + intervals.stream()
                                .map(i -> i.joined() + " to " + i.left()).collect(Collectors.joining(", "))));
    }

    /**
     * Records that {@code member} was present for {@code minutes} whole minutes, counted from the
     * scheduled start: the quick entry of a leader who took attendance during the session rather than
     * noting when each member joined and left. All of the session's minutes mark the member present
     * throughout; 0 marks them absent. Refused with reasons when the minutes are negative or more than
     * the session lasts. Audited.
     */
    public Validated<AttendanceSheet> setMinutesPresent(MemberId member, long minutes, List<Member> members,
            Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkMember(member, members, violations);
        SessionWindow window = window();
        long scheduled = window.scheduledMinutes();
        if (minutes < 0) {
            violations.add(Violation.of("minutes-negative", minutes + " minutes cannot be attended; enter the"
                    + " minutes the member was present, from 0 to " + scheduled));
        } else if (minutes > scheduled) {
            violations.add(Violation.of("minutes-beyond-session", minutes + " minutes is more than "
                    + session.number() + " lasts (" + scheduled + " minutes); enter at most " + scheduled));
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        if (minutes == 0) {
            return markAbsent(member, members, leader, clock);
        }
        return setPresence(member, List.of(new EnteredInterval(window.from(), window.from().plus(
                java.time.Duration.ofMinutes(minutes)))), members, leader, clock);
    }

    /** How many whole minutes the session is scheduled for: the most a member can attend. */
    public long scheduledMinutes() {
        return window().scheduledMinutes();
    }

    /** Excuses {@code member} from the session, whatever the reports show. Audited. */
    public Validated<AttendanceSheet> markExcused(MemberId member, List<Member> members, Actor leader,
            Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkMember(member, members, violations);
        return Validated.of(violations, () -> correct(new LeaderCorrection.MarkedExcused(member, leader,
                clock.instant()), "attendance-marked-excused", "member " + member + " excused from "
                        + session.number()));
    }

    /** Records {@code member} as absent from the session, whatever the reports show. Audited. */
    public Validated<AttendanceSheet> markAbsent(MemberId member, List<Member> members, Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        var violations = new ArrayList<Violation>();
        checkMember(member, members, violations);
        return Validated.of(violations, () -> correct(new LeaderCorrection.MarkedAbsent(member, leader,
                clock.instant()), "attendance-marked-absent", "member " + member + " marked absent from "
                        + session.number()));
    }

    /** Withdraws the leader's correction for {@code member}, so the reports decide again. Audited. */
    public Validated<AttendanceSheet> withdrawCorrection(MemberId member, Actor leader, Clock clock) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(member, "member");
        if (correctionOf(member).isEmpty()) {
            return Validated.invalid(Violation.of("no-correction", "there is no leader correction for member "
                    + member + " in " + session.number() + " to withdraw"));
        }
        var entry = new AuditEntry(clock.instant(), leader, "attendance-correction-withdrawn", "leader correction"
                + " for member " + member + " in " + session.number() + " withdrawn; the attendance reports decide");
        return Validated.valid(new AttendanceSheet(group, session, thresholds, reports, reported, unmatched,
                corrections.stream().filter(c -> !c.member().equals(member)).toList(), launches, plus(audit, entry)));
    }

    private AttendanceSheet correct(LeaderCorrection correction, String event, String description) {
        var kept = new ArrayList<LeaderCorrection>();
        for (LeaderCorrection existing : corrections) {
            if (!existing.member().equals(correction.member())) {
                kept.add(existing);
            }
        }
        kept.add(correction);
        return new AttendanceSheet(group, session, thresholds, reports, reported, unmatched, kept, launches,
                plus(audit, new AuditEntry(correction.at(), correction.by(), event, description)));
    }

    // ---------------------------------------------------------------- LMS launches

    /**
     * Records that {@code member} opened this session from the learning management system. Only
     * launches around the session (within the report grace periods) are evidence for it. A launch never
     * adds minutes: it shows the member came, not how long they stayed.
     */
    public Validated<AttendanceSheet> recordLaunch(MemberId member, Instant launchedAt, List<Member> members) {
        Objects.requireNonNull(launchedAt, "launchedAt");
        var violations = new ArrayList<Violation>();
        checkMember(member, members, violations);
        SessionWindow window = window();
        if (launchedAt.isBefore(window.acceptFrom()) || !launchedAt.isBefore(window.acceptTo())) {
            violations.add(Violation.of("launch-outside-session", "the launch at " + launchedAt + " is not around "
                    + session.number() + " (" + window.acceptFrom() + " to " + window.acceptTo()
                    + "); record it on the sheet of the session it was for"));
        }
        var launch = new LaunchRecord(member, launchedAt);
        return Validated.of(violations, () -> launches.contains(launch) ? this
                : new AttendanceSheet(group, session, thresholds, reports, reported, unmatched, corrections,
                        plus(launches, launch), audit));
    }

    // ---------------------------------------------------------------- effective attendance

    /** The leader's correction for {@code member}, if any. */
    public Optional<LeaderCorrection> correctionOf(MemberId member) {
        return corrections.stream().filter(c -> c.member().equals(member)).findFirst();
    }

    /** {@code member}'s effective attendance in this session, with the evidence behind it. */
    public MemberAttendance attendanceOf(MemberId member) {
        Objects.requireNonNull(member, "member");
        SessionWindow window = window();
        Optional<LeaderCorrection> correction = correctionOf(member);
        var evidence = new ArrayList<Evidence>();
        correction.ifPresent(c -> evidence.add(new Evidence(new EvidenceSource.LeaderMarking(c.by(), c.at()),
                c instanceof LeaderCorrection.PresenceSet set ? set.presence() : List.of(), true)));
        var rows = reported.stream().filter(r -> r.member().equals(member)).toList();
        for (ReportedPresence row : rows) {
            evidence.add(new Evidence(row.row(), List.of(row.presence()), correction.isEmpty()));
        }
        launches.stream().filter(l -> l.member().equals(member)).sorted(Comparator.comparing(LaunchRecord::launchedAt))
                .forEach(l -> evidence.add(new Evidence(new EvidenceSource.LmsLaunch(l.launchedAt()), List.of(),
                        false)));

        List<PresenceInterval> presence;
        MemberAttendance.DecidedBy decidedBy;
        AttendanceStatus status;
        if (correction.isPresent()) {
            decidedBy = MemberAttendance.DecidedBy.LEADER_CORRECTION;
            presence = correction.get() instanceof LeaderCorrection.PresenceSet set ? set.presence() : List.of();
            status = correction.get() instanceof LeaderCorrection.MarkedExcused ? AttendanceStatus.excused()
                    : StatusRule.statusOf(presence, window, thresholds);
        } else {
            presence = Intervals.mergeWithin(rows.stream().map(ReportedPresence::presence).toList(), window.from(),
                    window.to());
            decidedBy = rows.isEmpty() ? MemberAttendance.DecidedBy.NO_PRESENCE_EVIDENCE
                    : MemberAttendance.DecidedBy.ATTENDANCE_REPORTS;
            status = StatusRule.statusOf(presence, window, thresholds);
        }
        return new MemberAttendance(new SessionAttendance(member, session.number(), presence), status, decidedBy,
                evidence);
    }

    /** The effective attendance of each of {@code members}, in the order given. */
    public List<MemberAttendance> attendanceOf(List<Member> members) {
        return members.stream().map(Member::id).distinct().map(this::attendanceOf).toList();
    }

    /** Members whose status reads {@code standing}, in the order given. */
    public List<MemberId> membersWhoAre(Standing standing, List<Member> members) {
        return attendanceOf(members).stream().filter(a -> a.status().standing() == standing)
                .map(MemberAttendance::member).toList();
    }

    // ---------------------------------------------------------------- checks and helpers

    /**
     * Unmatched rows that belong to one attendee: the same e-mail address (or, without one, the same
     * name) and the same members matched.
     */
    private record SamePerson(String identity, List<MemberId> candidates) {
        static SamePerson of(ReportParser.Row row, MemberMatcher.Match match) {
            return new SamePerson(row.email().map(e -> "e-mail " + e.toLowerCase(java.util.Locale.ROOT))
                    .orElse("name " + PersonName.key(row.name())), match.members());
        }
    }

    SessionWindow window() {
        return SessionWindow.of(session, thresholds);
    }

    private void checkUnresolved(UnmatchedAttendee attendee, List<Violation> violations) {
        Objects.requireNonNull(attendee, "attendee");
        if (!unmatched.contains(attendee)) {
            violations.add(Violation.of("attendee-not-unmatched", "attendee " + attendee.describe() + " is not"
                    + " waiting to be resolved in " + session.number() + "; they may have been resolved already"));
        }
    }

    private void checkMember(MemberId member, List<Member> members, List<Violation> violations) {
        Objects.requireNonNull(member, "member");
        if (members.stream().noneMatch(m -> m.id().equals(member))) {
            violations.add(Violation.of("unknown-member", "member " + member + " is not a member of group " + group
                    + "; choose one of the group's members"));
        }
    }

    private List<PresenceInterval> checkEntered(List<EnteredInterval> entered, List<Violation> violations) {
        if (entered.isEmpty()) {
            violations.add(Violation.of("no-presence-given", "no presence was entered; enter when the member"
                    + " joined and left, or mark the member absent or excused"));
            return List.of();
        }
        SessionWindow window = window();
        var accepted = new ArrayList<PresenceInterval>();
        for (int i = 0; i < entered.size(); i++) {
            EnteredInterval interval = entered.get(i);
            String which = "interval " + (i + 1) + " (" + interval.joined() + " to " + interval.left() + ")";
            boolean good = true;
            if (!interval.joined().equals(Intervals.minuteOf(interval.joined()))
                    || !interval.left().equals(Intervals.minuteOf(interval.left()))) {
                violations.add(Violation.of("not-whole-minutes", which + " has seconds; attendance is kept to the"
                        + " minute, so enter whole minutes"));
                good = false;
            }
            if (!interval.left().isAfter(interval.joined())) {
                violations.add(Violation.of("leave-not-after-join", which + " ends before or when it starts;"
                        + " enter the joining time first and the leaving time second"));
                good = false;
            } else if (interval.joined().isBefore(window.from()) || interval.left().isAfter(window.to())) {
                violations.add(Violation.of("outside-session", which + " is not within " + session.number() + " ("
                        + window.from() + " to " + window.to() + "); only time in the scheduled session counts"));
                good = false;
            }
            if (good) {
                accepted.add(new PresenceInterval(interval.joined(), interval.left()));
            }
        }
        var sorted = new ArrayList<>(accepted);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    violations.add(Violation.of("overlapping-intervals", "the intervals " + sorted.get(i).joined()
                            + " to " + sorted.get(i).left() + " and " + sorted.get(j).joined() + " to "
                            + sorted.get(j).left() + " overlap; enter each minute of presence once"));
                }
            }
        }
        return sorted;
    }

    private static String lines(UnmatchedAttendee attendee) {
        return "on line" + (attendee.rows().size() == 1 ? " " : "s ") + attendee.rows().stream()
                .map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        var copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> plusAll(List<T> list, List<T> items) {
        var copy = new ArrayList<>(list);
        copy.addAll(items);
        return copy;
    }

    private static <T> List<T> minus(List<T> list, T item) {
        var copy = new ArrayList<>(list);
        copy.remove(item);
        return copy;
    }
}
