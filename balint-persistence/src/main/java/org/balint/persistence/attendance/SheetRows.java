package org.balint.persistence.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * One attendance sheet as rows: the sheet's own row and the rows of each of its lists, every list in
 * {@code entry_no} order.
 */
record SheetRows(SheetEntity sheet, List<ReportEntity> reports, List<ReportedEntity> reported,
        List<UnmatchedEntity> unmatched, List<UnmatchedRowEntity> unmatchedRows,
        List<UnmatchedCandidateEntity> candidates, List<CorrectionEntity> corrections,
        List<CorrectionIntervalEntity> correctionIntervals, List<LaunchEntity> launches, List<AuditEntity> audit) {

    /** Every part row, in an order in which they can be inserted. */
    List<SheetPart> parts() {
        List<SheetPart> all = new ArrayList<>();
        all.addAll(reports);
        all.addAll(reported);
        all.addAll(unmatched);
        all.addAll(unmatchedRows);
        all.addAll(candidates);
        all.addAll(corrections);
        all.addAll(correctionIntervals);
        all.addAll(launches);
        all.addAll(audit);
        return all;
    }
}
