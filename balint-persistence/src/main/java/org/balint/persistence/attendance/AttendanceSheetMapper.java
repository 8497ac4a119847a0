package org.balint.persistence.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EvidenceSource;
import org.balint.core.attendance.LaunchRecord;
import org.balint.core.attendance.LeaderCorrection;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.ReportId;
import org.balint.core.attendance.ReportReceipt;
import org.balint.core.attendance.ReportedPresence;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.attendance.VideoPlatform;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.time.UtcTimestampConverter;

/**
 * Maps an {@link AttendanceSheet} to its rows and back. Every list keeps its order
 * ({@code entry_no}); every instant is kept to the microsecond and the session's length to the
 * second, the precision the columns hold, so a sheet reads back equal to its {@link #storable} form.
 */
final class AttendanceSheetMapper {

    static final String PERSON = "PERSON";
    static final String PROCESS = "PROCESS";

    private AttendanceSheetMapper() {
    }

    /** The rows of {@code sheet}, owned by {@code owner}, not yet bound to a stored sheet row. */
    static SheetRows toRows(TenantScope owner, AttendanceSheet sheet) {
        var sheetRow = new SheetEntity(owner, sheet.group().value(), sheet.number().value(), schedule(sheet));
        var reports = new ArrayList<ReportEntity>();
        for (ReportReceipt receipt : sheet.reports()) {
            var row = new ReportEntity(owner, reports.size());
            row.reportId = receipt.report().value();
            row.platform = receipt.platform().name();
            row.importedAt = at(receipt.importedAt());
            row.importedByKind = kindOf(receipt.importedBy());
            row.importedBy = nameOf(receipt.importedBy());
            row.rowCount = receipt.rows();
            reports.add(row);
        }
        var reported = new ArrayList<ReportedEntity>();
        for (ReportedPresence presence : sheet.reported()) {
            var row = new ReportedEntity(owner, reported.size());
            row.memberId = presence.member().value();
            row.reportId = presence.row().report().value();
            row.platform = presence.row().platform().name();
            row.lineNumber = presence.row().line();
            row.joinedAt = at(presence.presence().joined());
            row.leftAt = at(presence.presence().left());
            reported.add(row);
        }
        var unmatched = new ArrayList<UnmatchedEntity>();
        var unmatchedRows = new ArrayList<UnmatchedRowEntity>();
        var candidates = new ArrayList<UnmatchedCandidateEntity>();
        for (UnmatchedAttendee attendee : sheet.unmatched()) {
            int parent = unmatched.size();
            var row = new UnmatchedEntity(owner, parent);
            row.reportId = attendee.report().value();
            row.platform = attendee.platform().name();
            row.attendeeName = attendee.name();
            row.email = attendee.email().orElse(null);
            row.matchReason = attendee.reason().name();
            unmatched.add(row);
            for (UnmatchedAttendee.Row reportRow : attendee.rows()) {
                var part = new UnmatchedRowEntity(owner, unmatchedRows.size(), parent);
                part.lineNumber = reportRow.line();
                part.joinedAt = at(reportRow.presence().joined());
                part.leftAt = at(reportRow.presence().left());
                unmatchedRows.add(part);
            }
            for (MemberId candidate : attendee.candidates()) {
                var part = new UnmatchedCandidateEntity(owner, candidates.size(), parent);
                part.memberId = candidate.value();
                candidates.add(part);
            }
        }
        var corrections = new ArrayList<CorrectionEntity>();
        var intervals = new ArrayList<CorrectionIntervalEntity>();
        for (LeaderCorrection correction : sheet.corrections()) {
            int parent = corrections.size();
            var row = new CorrectionEntity(owner, parent);
            row.memberId = correction.member().value();
            row.byKind = kindOf(correction.by());
            row.byActor = nameOf(correction.by());
            row.correctedAt = at(correction.at());
            if (correction instanceof LeaderCorrection.PresenceSet set) {
                row.kind = CorrectionEntity.PRESENCE_SET;
                for (PresenceInterval interval : set.presence()) {
                    var part = new CorrectionIntervalEntity(owner, intervals.size(), parent);
                    part.joinedAt = at(interval.joined());
                    part.leftAt = at(interval.left());
                    intervals.add(part);
                }
            } else if (correction instanceof LeaderCorrection.MarkedExcused) {
                row.kind = CorrectionEntity.EXCUSED;
            } else {
                row.kind = CorrectionEntity.ABSENT;
            }
            corrections.add(row);
        }
        var launches = new ArrayList<LaunchEntity>();
        for (LaunchRecord launch : sheet.launches()) {
            var row = new LaunchEntity(owner, launches.size());
            row.memberId = launch.member().value();
            row.launchedAt = at(launch.launchedAt());
            launches.add(row);
        }
        var audit = new ArrayList<AuditEntity>();
        for (AuditEntry entry : sheet.audit()) {
            var row = new AuditEntity(owner, audit.size());
            row.occurredAt = at(entry.at());
            row.actorKind = kindOf(entry.actor());
            row.actor = nameOf(entry.actor());
            row.event = entry.event();
            row.description = entry.description();
            audit.add(row);
        }
        return new SheetRows(sheetRow, reports, reported, unmatched, unmatchedRows, candidates, corrections, intervals,
                launches, audit);
    }

    /** The sheet {@code rows} store. */
    static AttendanceSheet toSheet(SheetRows rows) {
        SheetEntity sheet = rows.sheet();
        SheetEntity.Schedule schedule = sheet.schedule();
        var session = new ScheduledSession(SessionNumber.of(sheet.sessionNumber()), schedule.sessionStart(),
                Duration.ofSeconds(schedule.sessionSeconds()));
        var thresholds = new AttendanceThresholds(Duration.ofMinutes(schedule.lateAfterMinutes()),
                Duration.ofMinutes(schedule.leftEarlyBeforeMinutes()), schedule.presentAtLeastPercent(),
                Duration.ofMinutes(schedule.earlyJoinGraceMinutes()), Duration.ofMinutes(schedule.overrunGraceMinutes()));
        List<ReportReceipt> reports = rows.reports().stream().map(r -> new ReportReceipt(new ReportId(r.reportId),
                VideoPlatform.valueOf(r.platform), r.importedAt, actor(r.importedByKind, r.importedBy), r.rowCount))
                .toList();
        List<ReportedPresence> reported = rows.reported().stream().map(r -> new ReportedPresence(
                new MemberId(r.memberId), new EvidenceSource.ReportRow(new ReportId(r.reportId),
                        VideoPlatform.valueOf(r.platform), r.lineNumber), new PresenceInterval(r.joinedAt, r.leftAt)))
                .toList();
        var unmatched = new ArrayList<UnmatchedAttendee>();
        for (UnmatchedEntity attendee : rows.unmatched()) {
            int parent = attendee.entryNo();
            List<UnmatchedAttendee.Row> reportRows = rows.unmatchedRows().stream().filter(r -> r.parentNo == parent)
                    .map(r -> new UnmatchedAttendee.Row(r.lineNumber, new PresenceInterval(r.joinedAt, r.leftAt)))
                    .toList();
            List<MemberId> candidates = rows.candidates().stream().filter(c -> c.parentNo == parent)
                    .map(c -> new MemberId(c.memberId)).toList();
            unmatched.add(new UnmatchedAttendee(new ReportId(attendee.reportId), VideoPlatform.valueOf(attendee.platform),
                    attendee.attendeeName, Optional.ofNullable(attendee.email),
                    UnmatchedAttendee.Reason.valueOf(attendee.matchReason), candidates, reportRows));
        }
        var corrections = new ArrayList<LeaderCorrection>();
        for (CorrectionEntity correction : rows.corrections()) {
            var member = new MemberId(correction.memberId);
            Actor by = actor(correction.byKind, correction.byActor);
            if (CorrectionEntity.PRESENCE_SET.equals(correction.kind)) {
                int parent = correction.entryNo();
                List<PresenceInterval> presence = rows.correctionIntervals().stream().filter(i -> i.parentNo == parent)
                        .map(i -> new PresenceInterval(i.joinedAt, i.leftAt)).toList();
                corrections.add(new LeaderCorrection.PresenceSet(member, presence, by, correction.correctedAt));
            } else if (CorrectionEntity.EXCUSED.equals(correction.kind)) {
                corrections.add(new LeaderCorrection.MarkedExcused(member, by, correction.correctedAt));
            } else {
                corrections.add(new LeaderCorrection.MarkedAbsent(member, by, correction.correctedAt));
            }
        }
        List<LaunchRecord> launches = rows.launches().stream()
                .map(l -> new LaunchRecord(new MemberId(l.memberId), l.launchedAt)).toList();
        List<AuditEntry> audit = rows.audit().stream()
                .map(a -> new AuditEntry(a.occurredAt, actor(a.actorKind, a.actor), a.event, a.description)).toList();
        return new AttendanceSheet(new GroupId(sheet.groupId()), session, thresholds, reports, reported, unmatched,
                corrections, launches, audit);
    }

    /** {@code sheet} as it reads back once stored: instants to the microsecond, the length to the second. */
    static AttendanceSheet storable(TenantScope owner, AttendanceSheet sheet) {
        return toSheet(toRows(owner, sheet));
    }

    static SheetEntity.Schedule schedule(AttendanceSheet sheet) {
        AttendanceThresholds thresholds = sheet.thresholds();
        return new SheetEntity.Schedule(at(sheet.session().start()), sheet.session().duration().getSeconds(),
                minutes(thresholds.lateAfter()), minutes(thresholds.leftEarlyBefore()), thresholds.presentAtLeastPercent(),
                minutes(thresholds.earlyJoinGrace()), minutes(thresholds.overrunGrace()));
    }

    private static int minutes(Duration duration) {
        return Math.toIntExact(duration.toMinutes());
    }

    private static Instant at(Instant instant) {
        return UtcTimestampConverter.storable(instant);
    }

    private static String kindOf(Actor actor) {
        return actor instanceof Actor.Person ? PERSON : PROCESS;
    }

    private static String nameOf(Actor actor) {
        return actor instanceof Actor.Person person ? person.id().value() : ((Actor.Process) actor).name();
    }

    private static Actor actor(String kind, String name) {
        return PERSON.equals(kind) ? Actor.person(new MemberId(name)) : Actor.process(name);
    }
}
