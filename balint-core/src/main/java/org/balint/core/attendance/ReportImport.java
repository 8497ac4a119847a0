package org.balint.core.attendance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * The outcome of importing an attendance report into a session's sheet: imported (with the members it
 * matched and the attendees a leader must still resolve), already imported before (nothing changes),
 * or rejected with every bad row (nothing imported).
 */
public sealed interface ReportImport permits ReportImport.Imported, ReportImport.AlreadyImported,
        ReportImport.Rejected {

    /** The sheet after the import; empty when the report was rejected. */
    Optional<AttendanceSheet> sheet();

    /**
     * The report was imported.
     *
     * @param updated          the sheet with the report's rows added
     * @param receipt          the record of this import
     * @param matchedMembers   members whose rows were matched by e-mail address or name
     * @param unmatched        attendees matched to nobody or to several members, awaiting a leader
     * @param linesUnderAMinute rows whose join and leave fall in the same minute; they count no time
     */
    record Imported(AttendanceSheet updated, ReportReceipt receipt, Set<MemberId> matchedMembers,
            List<UnmatchedAttendee> unmatched, List<Integer> linesUnderAMinute) implements ReportImport {
        public Imported {
            Objects.requireNonNull(updated, "updated");
            Objects.requireNonNull(receipt, "receipt");
            matchedMembers = Set.copyOf(matchedMembers);
            unmatched = List.copyOf(unmatched);
            linesUnderAMinute = List.copyOf(linesUnderAMinute);
        }

        @Override
        public Optional<AttendanceSheet> sheet() {
            return Optional.of(updated);
        }
    }

    /** The same report was imported before; the sheet is unchanged, so nothing is counted twice. */
    record AlreadyImported(AttendanceSheet unchanged, ReportReceipt earlierReceipt) implements ReportImport {
        public AlreadyImported {
            Objects.requireNonNull(unchanged, "unchanged");
            Objects.requireNonNull(earlierReceipt, "earlierReceipt");
        }

        @Override
        public Optional<AttendanceSheet> sheet() {
            return Optional.of(unchanged);
        }
    }

    /** The report has bad rows, listed in line order; nothing was imported. */
    record Rejected(List<BadRow> badRows) implements ReportImport {
        public Rejected {
            badRows = List.copyOf(badRows);
            if (badRows.isEmpty()) {
                throw new IllegalArgumentException("a rejected report has at least one bad row");
            }
        }

        /** The bad rows as violations, each message starting with its line. */
        public List<Violation> violations() {
            return badRows.stream().map(BadRow::toViolation).toList();
        }

        @Override
        public Optional<AttendanceSheet> sheet() {
            return Optional.empty();
        }
    }
}
