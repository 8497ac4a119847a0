package org.balint.lti.tool.attendance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.attendance.AttendanceReport;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceStatus.Standing;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.MemberAttendance;
import org.balint.core.attendance.ReportId;
import org.balint.core.attendance.ReportImport;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * A leader's attendance taking over Balint's records: what the attendance page and the attendance API
 * show and change. Every change reads the group and the session's sheet, lets the core's
 * {@link AttendanceSheet} decide, and saves the sheet, all in one transaction; a change the sheet refuses
 * (or a sheet another leader saved meanwhile) writes nothing. Sheets use the default
 * {@link AttendanceThresholds}, and report times are read in the group's time zone.
 */
public final class LeaderAttendance {

    /** The largest attendance report accepted: a Zoom or Teams export of a group's session is a few KiB. */
    public static final int MAX_REPORT_BYTES = 1024 * 1024;

    private static final AttendanceThresholds THRESHOLDS = AttendanceThresholds.defaults();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;
    private final Clock clock;

    /** Attendance of the groups reached through {@code transactions}. */
    public LeaderAttendance(JpaBalintRecords.Transactions transactions, Tenants tenants, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a leader marks a member with one click. */
    public enum Mark {
        /** Present for the whole session. */
        PRESENT,
        /** Absent, whatever the reports show. */
        ABSENT,
        /** Excused from the session. */
        EXCUSED
    }

    /**
     * How a leader resolves one unmatched attendee.
     *
     * @param report    the report the attendee came from
     * @param firstLine the line of the attendee's first row, which with the report names the attendee
     * @param member    the member the attendee is; empty: the attendee is not a member (a guest)
     */
    public record Resolution(ReportId report, int firstLine, Optional<MemberId> member) {
        /** Validates the parts. */
        public Resolution {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * The group's series for the attendance page.
     *
     * @param title    the group's title
     * @param sessions every session of the series
     * @param chart    how many attended each session
     * @param chosen   the sheet of the chosen session
     */
    public record Overview(String title, List<ScheduledSession> sessions, SeriesChart chart, SessionSheet chosen) {
        /** Validates and copies the parts. */
        public Overview {
            Objects.requireNonNull(title, "title");
            sessions = List.copyOf(sessions);
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(chosen, "chosen");
        }
    }

    /**
     * The series with the sheet of {@code session}, or, when none is asked for, of the latest session
     * that has begun (the first before the series starts). Empty when the group is not stored for
     * {@code tenant} or the series has no such session.
     */
    public Optional<Overview> overview(Tenant tenant, GroupId group, Optional<SessionNumber> session) {
        Objects.requireNonNull(session, "session");
        return this.<Optional<Overview>>read(tenant, group, records -> {
            BalintGroup found = records.group();
            Instant now = clock.instant();
            SessionNumber chosen = session.orElseGet(() -> found.schedule().sessions().stream()
                    .filter(s -> !s.start().isAfter(now)).reduce((a, b) -> b)
                    .orElse(found.schedule().first()).number());
            Optional<ScheduledSession> scheduled = found.schedule().session(chosen);
            if (scheduled.isEmpty()) {
                return Optional.empty();
            }
            List<AttendanceSheet> sheets = records.sheets().findAll(group);
            List<SeriesChart.SessionCount> counts = new ArrayList<>();
            for (ScheduledSession each : found.schedule().sessions()) {
                Optional<AttendanceSheet> sheet = sheets.stream().filter(s -> s.number().equals(each.number()))
                        .findFirst();
                counts.add(sheet.map(s -> count(s, found.members()))
                        .orElse(new SeriesChart.SessionCount(each, false, 0, 0, 0)));
            }
            AttendanceSheet sheet = sheets.stream().filter(s -> s.number().equals(chosen)).findFirst()
                    .orElse(AttendanceSheet.open(group, scheduled.get(), THRESHOLDS));
            return Optional.of(new Overview(found.title(), found.schedule().sessions(),
                    new SeriesChart(found.members().size(), counts), view(found, sheet)));
        }).flatMap(Function.identity());
    }

    /** The sheet of {@code session}; empty when the group or the session is not there. */
    public Optional<SessionSheet> sheet(Tenant tenant, GroupId group, SessionNumber session) {
        return this.<Optional<SessionSheet>>read(tenant, group, records -> records.group().schedule().session(session).map(scheduled ->
                view(records.group(), records.sheets().find(group, session)
                        .orElse(AttendanceSheet.open(group, scheduled, THRESHOLDS)))))
                .flatMap(Function.identity());
    }

    /** Marks {@code member} present for the whole session, absent or excused. */
    public AttendanceChange mark(Tenant tenant, GroupId group, SessionNumber session, MemberId member, Mark mark,
            MemberId leader) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(mark, "mark");
        Actor by = Actor.person(Objects.requireNonNull(leader, "leader"));
        return change(tenant, group, session, (found, sheet) -> {
            Validated<AttendanceSheet> changed = switch (mark) {
                case PRESENT -> sheet.setMinutesPresent(member, sheet.scheduledMinutes(), found.members(), by, clock);
                case ABSENT -> sheet.markAbsent(member, found.members(), by, clock);
                case EXCUSED -> sheet.markExcused(member, found.members(), by, clock);
            };
            return changed.map(s -> new Changed(s, nameOf(found, member) + " is marked "
                    + mark.name().toLowerCase(Locale.ROOT) + " in " + session + "."));
        });
    }

    /**
     * Records that {@code member} was present for the minutes {@code minutes} gives, counted from the
     * scheduled start (0: absent). Refused with a reason when the text is not a whole number of minutes
     * from 0 to the session's length.
     */
    public AttendanceChange enterMinutes(Tenant tenant, GroupId group, SessionNumber session, MemberId member,
            String minutes, MemberId leader) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(minutes, "minutes");
        Actor by = Actor.person(Objects.requireNonNull(leader, "leader"));
        String text = minutes.strip();
        if (text.isEmpty()) {
            return AttendanceChange.Refused.of(400, Violation.of("minutes-missing", "No minutes were entered; enter"
                    + " the minutes the member was present, or press Absent."));
        }
        if (!text.matches("-?[0-9]{1,6}")) {
            return AttendanceChange.Refused.of(400, Violation.of("minutes-not-a-number", "\"" + shorten(text)
                    + "\" is not a whole number of minutes; enter digits only, such as 75."));
        }
        long value = Long.parseLong(text);
        return change(tenant, group, session, (found, sheet) -> sheet.setMinutesPresent(member, value,
                found.members(), by, clock).map(s -> new Changed(s, nameOf(found, member) + " was present "
                        + value + (value == 1 ? " minute" : " minutes") + " in " + session + ".")));
    }

    /**
     * Imports a video platform's attendance report (the exported file's bytes) into {@code session}'s
     * sheet. A report with bad lines is refused whole with every bad line (400); one imported before
     * changes nothing; a file larger than {@link #MAX_REPORT_BYTES} is refused (413).
     */
    public AttendanceChange importReport(Tenant tenant, GroupId group, SessionNumber session, byte[] file,
            ImportSettings.DateOrder dateOrder, MemberId leader) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Actor by = Actor.person(Objects.requireNonNull(leader, "leader"));
        if (file.length > MAX_REPORT_BYTES) {
            return AttendanceChange.Refused.of(413, tooLarge());
        }
        if (file.length == 0) {
            return AttendanceChange.Refused.of(400, Violation.of("report-empty", "The file is empty; choose the"
                    + " attendance report exported from Zoom or Teams."));
        }
        AttendanceReport report = AttendanceReport.of(file);
        return change(tenant, group, session, (found, sheet) -> {
            ImportSettings settings = new ImportSettings(found.schedule().zone(), dateOrder);
            ReportImport outcome = sheet.importReport(report, found.members(), settings, by, clock);
            if (outcome instanceof ReportImport.Rejected rejected) {
                return Validated.invalid(rejected.violations());
            }
            if (outcome instanceof ReportImport.AlreadyImported again) {
                return Validated.valid(new Changed(again.unchanged(), "This report was imported into " + session
                        + " on " + SHOWN.withZone(found.schedule().zone()).format(again.earlierReceipt().importedAt())
                        + " already; nothing was counted twice."));
            }
            ReportImport.Imported imported = (ReportImport.Imported) outcome;
            int left = imported.unmatched().size();
            return Validated.valid(new Changed(imported.updated(), "Imported the " + imported.receipt().platform()
                    .label() + " report into " + session + ": " + imported.receipt().rows()
                    + (imported.receipt().rows() == 1 ? " row, " : " rows, ") + imported.matchedMembers().size()
                    + (imported.matchedMembers().size() == 1 ? " member" : " members") + " matched"
                    + (left == 0 ? "." : "; " + left + (left == 1 ? " attendee" : " attendees")
                            + " to resolve below.")));
        });
    }

    /**
     * Resolves unmatched attendees of {@code session}: each is assigned to the member chosen or dismissed
     * as not a member. All are written in one transaction, or none when any choice is refused.
     */
    public AttendanceChange resolve(Tenant tenant, GroupId group, SessionNumber session,
            List<Resolution> resolutions, MemberId leader) {
        Objects.requireNonNull(resolutions, "resolutions");
        Actor by = Actor.person(Objects.requireNonNull(leader, "leader"));
        if (resolutions.isEmpty()) {
            return AttendanceChange.Refused.of(400, Violation.of("nothing-chosen", "No attendee was resolved;"
                    + " choose the member each attendee is, or Not a member, then save."));
        }
        return change(tenant, group, session, (found, sheet) -> {
            AttendanceSheet current = sheet;
            var violations = new ArrayList<Violation>();
            int assigned = 0;
            int guests = 0;
            for (Resolution resolution : resolutions) {
                Optional<UnmatchedAttendee> attendee = current.unmatched().stream()
                        .filter(a -> a.report().equals(resolution.report()) && a.firstLine() == resolution.firstLine())
                        .findFirst();
                if (attendee.isEmpty()) {
                    violations.add(Violation.of("attendee-not-unmatched", "No attendee from line "
                            + resolution.firstLine() + " of report " + resolution.report() + " is waiting to be"
                            + " resolved in " + session + "; they may have been resolved already. Reload the page."));
                    continue;
                }
                Validated<AttendanceSheet> next = resolution.member().isPresent()
                        ? current.assign(attendee.get(), resolution.member().get(), found.members(), by, clock)
                        : current.dismissAsGuest(attendee.get(), by, clock);
                if (next.isValid()) {
                    current = next.orElseThrow();
                    if (resolution.member().isPresent()) {
                        assigned++;
                    } else {
                        guests++;
                    }
                } else {
                    violations.addAll(next.violations());
                }
            }
            if (!violations.isEmpty()) {
                return Validated.invalid(violations);
            }
            return Validated.valid(new Changed(current, "Resolved " + (assigned + guests)
                    + (assigned + guests == 1 ? " attendee" : " attendees") + ": " + assigned + " assigned to members, "
                    + guests + " not members."));
        });
    }

    /** A sheet after a change and what was done. */
    private record Changed(AttendanceSheet sheet, String notice) {
    }

    @FunctionalInterface
    private interface Decision {
        Validated<Changed> decide(BalintGroup group, AttendanceSheet sheet);
    }

    private record Records(BalintGroup group, JpaAttendanceSheets sheets) {
    }

    private <T> Optional<T> read(Tenant tenant, GroupId group, Function<Records, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        return transactions.inTransaction(em -> tenants.find(em, tenant).flatMap(scope -> records(em, scope, group))
                .map(work));
    }

    private static Optional<Records> records(EntityManager em, TenantScope scope, GroupId group) {
        return new JpaGroups(scope, () -> em).find(group)
                .map(found -> new Records(found, new JpaAttendanceSheets(scope, () -> em)));
    }

    private AttendanceChange change(Tenant tenant, GroupId group, SessionNumber session, Decision decision) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(session, "session");
        try {
            return transactions.inTransaction(em -> {
                Optional<Records> records = tenants.find(em, tenant).flatMap(scope -> records(em, scope, group));
                if (records.isEmpty()) {
                    return AttendanceChange.Refused.of(404, Violation.of("group-not-found", "There is no such"
                            + " group here; open the activity of the group from its course."));
                }
                BalintGroup found = records.get().group();
                Optional<ScheduledSession> scheduled = found.schedule().session(session);
                if (scheduled.isEmpty()) {
                    return AttendanceChange.Refused.of(404, Violation.of("session-not-found", "The series has no "
                            + session + "; choose one of its " + found.schedule().size() + " sessions."));
                }
                AttendanceSheet sheet = records.get().sheets().find(group, session)
                        .orElse(AttendanceSheet.open(group, scheduled.get(), THRESHOLDS));
                Validated<Changed> decided = decision.decide(found, sheet);
                if (!decided.isValid()) {
                    return new AttendanceChange.Refused(400, decided.violations());
                }
                Changed changed = decided.orElseThrow();
                if (!changed.sheet().equals(sheet)) {
                    records.get().sheets().save(changed.sheet());
                }
                return new AttendanceChange.Done(view(found, changed.sheet()), changed.notice());
            });
        } catch (IntegrityViolation refused) {
            return AttendanceChange.Refused.of(409, refused.violation());
        }
    }

    private static SessionSheet view(BalintGroup group, AttendanceSheet sheet) {
        List<SessionSheet.MemberRow> rows = new ArrayList<>();
        for (Member member : group.members()) {
            MemberAttendance attended = sheet.attendanceOf(member.id());
            rows.add(new SessionSheet.MemberRow(member.id(), member.name(), attended.status(), attended.decidedBy()));
        }
        return new SessionSheet(group.id(), group.schedule().zone(), sheet.session(), sheet.scheduledMinutes(), rows,
                sheet.unmatched(), sheet.reports());
    }

    private static SeriesChart.SessionCount count(AttendanceSheet sheet, List<Member> members) {
        int present = sheet.membersWhoAre(Standing.PRESENT, members).size();
        int absent = sheet.membersWhoAre(Standing.ABSENT, members).size();
        int excused = sheet.membersWhoAre(Standing.EXCUSED, members).size();
        return new SeriesChart.SessionCount(sheet.session(), true, present, absent, excused);
    }

    private static String nameOf(BalintGroup group, MemberId member) {
        return group.member(member).map(Member::name).orElse(member.value());
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    /** Why a report larger than {@link #MAX_REPORT_BYTES} is refused. */
    public static Violation tooLarge() {
        return Violation.of("report-too-large", "The file is larger than 1 MiB, far more than an attendance report"
                + " of one session; check that you chose the attendance report exported from Zoom or Teams.");
    }

    /** When a session starts, in the group's zone, e.g. {@code 4 Mar 2026, 19:00}. */
    public static String when(ScheduledSession session, ZoneId zone) {
        return SHOWN.withZone(zone).format(session.start());
    }
}
