package org.balint.persistence.attendance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceSheets;
import org.balint.core.group.GroupId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Violation;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/**
 * One tenant's attendance sheets, stored in the caller's transaction: the
 * {@link AttendanceSheets} port of the core on Jakarta Persistence.
 *
 * <p>The adapter works with the entity manager its supplier hands out at each call (inside Open
 * Liberty, the container's transaction-scoped one; standalone, the one of the current
 * {@link org.balint.persistence.database.StandaloneDatabase#inTransaction transaction}); it never
 * begins, commits or rolls back a transaction.
 *
 * <p>Saving replaces the stored sheet of the same group and session, and is refused with an
 * {@link EditConflict} (reason {@value #EDITED_CONCURRENTLY}) when the stored sheet has changed since the saved one was read from
 * it: the stored audit trail must be the beginning of the saved one, and no report, report row or
 * launch it holds may be missing. That covers changes committed before the saving transaction read
 * the sheet; the sheet's version column covers those committed while it was running. Either way
 * exactly one of two leaders editing the same session's sheet at once succeeds, and the other is told
 * to reload. Only the rows that changed are written: the parts a stored list shares with the saved one
 * are kept, the rest replaced.
 *
 * <p>When the database refuses a write (for example the same attendance report twice in one session),
 * the refusal surfaces as an {@link IntegrityViolation} with a reason code, and the transaction is
 * marked for rollback so nothing of it is stored.
 */
public final class JpaAttendanceSheets extends TenantScopedRepository<SheetEntity> implements AttendanceSheets {

    /** The reason code of every attendance-sheet conflict: someone else saved the sheet since this copy was read. */
    public static final String EDITED_CONCURRENTLY = "attendance-sheet-changed-concurrently";

    static final Violation REPORT_ALREADY_IMPORTED = Violation.of("attendance-report-already-imported",
            "This attendance report (the same file content) is already imported into the session's sheet; it counts"
                    + " once and was not stored again. Nothing of the change was saved.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_attendance_sheet_session", Violation.of(EDITED_CONCURRENTLY,
                    "Someone else started this session's attendance sheet at the same moment; nothing was saved."
                            + " Reload the sheet and make the change again."))
            .and("uq_attendance_report_once", REPORT_ALREADY_IMPORTED)
            .and("uq_attendance_reported_line", Violation.of("attendance-report-row-counted-twice",
                    "A row of an attendance report is attributed twice in the session's sheet; a report row counts"
                            + " for one member once. Nothing of the change was saved."))
            .and("uq_attendance_correction_member", Violation.of("attendance-corrected-twice",
                    "A member has two leader corrections in the session's sheet; a leader's word on a member's"
                            + " attendance is one correction. Nothing of the change was saved."))
            .and("uq_attendance_launch_once", Violation.of("attendance-launch-recorded-twice",
                    "The same LMS launch (member and time) is recorded twice in the session's sheet. Nothing of the"
                            + " change was saved."))
            .and("fk_attendance_sheet_group", Violation.of("unknown-group",
                    "The attendance sheet is for a group series that is not stored for this institution; store the group first. Nothing was stored."))
            .and("fk_attendance_sheet_tenant", Violation.of("unknown-tenant",
                    "The sheet belongs to a tenant that is not registered (any more); nothing was saved."))
            .andEditConflict(Violation.of(EDITED_CONCURRENTLY, "The session's attendance sheet was changed by someone"
                    + " else after this copy of it was read; nothing was saved. Reload the sheet and make the change again."));

    private final Supplier<EntityManager> entityManager;
    private final SheetParts<ReportEntity> reports;
    private final SheetParts<ReportedEntity> reported;
    private final SheetParts<UnmatchedEntity> unmatched;
    private final SheetParts<UnmatchedRowEntity> unmatchedRows;
    private final SheetParts<UnmatchedCandidateEntity> candidates;
    private final SheetParts<CorrectionEntity> corrections;
    private final SheetParts<CorrectionIntervalEntity> correctionIntervals;
    private final SheetParts<LaunchEntity> launches;
    private final SheetParts<AuditEntity> audit;

    /**
     * The attendance sheets of {@code scope}'s tenant.
     *
     * @param entityManager hands out the entity manager of the caller's current transaction
     */
    public JpaAttendanceSheets(TenantScope scope, Supplier<EntityManager> entityManager) {
        super(scope, SheetEntity.class);
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.reports = new SheetParts<>(scope, ReportEntity.class);
        this.reported = new SheetParts<>(scope, ReportedEntity.class);
        this.unmatched = new SheetParts<>(scope, UnmatchedEntity.class);
        this.unmatchedRows = new SheetParts<>(scope, UnmatchedRowEntity.class);
        this.candidates = new SheetParts<>(scope, UnmatchedCandidateEntity.class);
        this.corrections = new SheetParts<>(scope, CorrectionEntity.class);
        this.correctionIntervals = new SheetParts<>(scope, CorrectionIntervalEntity.class);
        this.launches = new SheetParts<>(scope, LaunchEntity.class);
        this.audit = new SheetParts<>(scope, AuditEntity.class);
    }

    @Override
    public Optional<AttendanceSheet> find(GroupId group, SessionNumber session) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(session, "session");
        EntityManager em = current();
        return sheetRow(em, group, session).map(row -> AttendanceSheetMapper.toSheet(rowsOf(em, List.of(row)).get(0)));
    }

    @Override
    public List<AttendanceSheet> findAll(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = current();
        List<SheetEntity> rows = select(em, "e.groupId = :group", "e.sessionNumber").setParameter("group", group.value())
                .getResultList();
        return rowsOf(em, rows).stream().map(AttendanceSheetMapper::toSheet).toList();
    }

    /**
     * Stores {@code sheet}, replacing the stored sheet of the same group and session.
     *
     * @throws EditConflict (reason {@value #EDITED_CONCURRENTLY}) when the stored sheet changed since {@code sheet} was read from
     *     it, or another transaction is saving it at the same moment; the transaction is marked for
     *     rollback
     * @throws IntegrityViolation when the database refuses the sheet (for example reason
     *     {@code attendance-report-already-imported}); the transaction is marked for rollback
     */
    @Override
    public void save(AttendanceSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        EntityManager em = current();
        SheetRows wanted = AttendanceSheetMapper.toRows(scope(), sheet);
        Optional<SheetEntity> stored = sheetRow(em, sheet.group(), sheet.number());
        if (stored.isEmpty()) {
            insert(em, wanted);
            return;
        }
        SheetEntity row = stored.get();
        SheetRows storedRows = rowsOf(em, List.of(row)).get(0);
        AttendanceSheet before = AttendanceSheetMapper.toSheet(storedRows);
        AttendanceSheet after = AttendanceSheetMapper.toSheet(wanted);
        if (!descends(after, before)) {
            Constraints.markForRollback(em);
            throw conflict(sheet, null);
        }
        if (after.equals(before)) {
            return;
        }
        row.reschedule(wanted.sheet().schedule());
        em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        long id = row.id();
        var inserts = new ArrayList<Runnable>();
        int from = firstDifference(before.reports(), after.reports());
        replace(em, id, from, reports, storedRows.reports(), wanted.reports(), inserts);
        from = firstDifference(before.reported(), after.reported());
        replace(em, id, from, reported, storedRows.reported(), wanted.reported(), inserts);
        from = firstDifference(before.unmatched(), after.unmatched());
        replace(em, id, from, unmatched, storedRows.unmatched(), wanted.unmatched(), inserts);
        replace(em, id, from, unmatchedRows, storedRows.unmatchedRows(), wanted.unmatchedRows(), inserts);
        replace(em, id, from, candidates, storedRows.candidates(), wanted.candidates(), inserts);
        from = firstDifference(before.corrections(), after.corrections());
        replace(em, id, from, corrections, storedRows.corrections(), wanted.corrections(), inserts);
        replace(em, id, from, correctionIntervals, storedRows.correctionIntervals(), wanted.correctionIntervals(),
                inserts);
        from = firstDifference(before.launches(), after.launches());
        replace(em, id, from, launches, storedRows.launches(), wanted.launches(), inserts);
        from = firstDifference(before.audit(), after.audit());
        replace(em, id, from, audit, storedRows.audit(), wanted.audit(), inserts);
        // Removed rows go first, so a list's new rows can take the places its old ones had.
        flush(em, sheet);
        inserts.forEach(Runnable::run);
        flush(em, sheet);
    }

    /** The stored version of the sheet of {@code group}'s {@code session}; it goes up with every saved change. */
    Optional<Long> version(GroupId group, SessionNumber session) {
        return stored(group, session).map(SheetEntity::version);
    }

    /** The stored row of the sheet of {@code group}'s {@code session}. */
    Optional<SheetEntity> stored(GroupId group, SessionNumber session) {
        return sheetRow(current(), group, session);
    }

    private void insert(EntityManager em, SheetRows rows) {
        AttendanceSheet sheet = AttendanceSheetMapper.toSheet(rows);
        persist(em, rows.sheet());
        flush(em, sheet);
        long id = rows.sheet().id();
        var inserts = new ArrayList<Runnable>();
        replace(em, id, 0, reports, List.of(), rows.reports(), inserts);
        replace(em, id, 0, reported, List.of(), rows.reported(), inserts);
        replace(em, id, 0, unmatched, List.of(), rows.unmatched(), inserts);
        replace(em, id, 0, unmatchedRows, List.of(), rows.unmatchedRows(), inserts);
        replace(em, id, 0, candidates, List.of(), rows.candidates(), inserts);
        replace(em, id, 0, corrections, List.of(), rows.corrections(), inserts);
        replace(em, id, 0, correctionIntervals, List.of(), rows.correctionIntervals(), inserts);
        replace(em, id, 0, launches, List.of(), rows.launches(), inserts);
        replace(em, id, 0, audit, List.of(), rows.audit(), inserts);
        inserts.forEach(Runnable::run);
        flush(em, sheet);
    }

    /**
     * Removes the stored rows of the list's items from {@code from} on, and schedules the wanted rows
     * of those items for insertion.
     */
    private static <E extends SheetPart> void replace(EntityManager em, long sheetId, int from, SheetParts<E> parts,
            List<E> stored, List<E> wanted, List<Runnable> inserts) {
        for (E row : stored) {
            if (row.itemNo() >= from) {
                em.remove(row);
            }
        }
        List<E> fresh = wanted.stream().filter(row -> row.itemNo() >= from).toList();
        if (!fresh.isEmpty()) {
            inserts.add(() -> fresh.forEach(row -> {
                row.belongTo(sheetId);
                parts.add(em, row);
            }));
        }
    }

    /** The rows of {@code sheets}, each with all its parts, in the order given. */
    private List<SheetRows> rowsOf(EntityManager em, List<SheetEntity> sheets) {
        if (sheets.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sheets.stream().map(SheetEntity::id).toList();
        var reportRows = bySheet(reports.ofSheets(em, ids));
        var reportedRows = bySheet(reported.ofSheets(em, ids));
        var unmatchedAttendees = bySheet(unmatched.ofSheets(em, ids));
        var attendeeRows = bySheet(unmatchedRows.ofSheets(em, ids));
        var candidateRows = bySheet(candidates.ofSheets(em, ids));
        var correctionRows = bySheet(corrections.ofSheets(em, ids));
        var intervalRows = bySheet(correctionIntervals.ofSheets(em, ids));
        var launchRows = bySheet(launches.ofSheets(em, ids));
        var auditRows = bySheet(audit.ofSheets(em, ids));
        var result = new ArrayList<SheetRows>(sheets.size());
        for (SheetEntity sheet : sheets) {
            Long id = sheet.id();
            result.add(new SheetRows(sheet, of(reportRows, id), of(reportedRows, id), of(unmatchedAttendees, id),
                    of(attendeeRows, id), of(candidateRows, id), of(correctionRows, id), of(intervalRows, id),
                    of(launchRows, id), of(auditRows, id)));
        }
        return result;
    }

    private static <E extends SheetPart> Map<Long, List<E>> bySheet(List<E> rows) {
        return rows.stream().collect(Collectors.groupingBy(SheetPart::sheetId, LinkedHashMap::new, Collectors.toList()));
    }

    private static <E> List<E> of(Map<Long, List<E>> rows, Long sheetId) {
        return rows.getOrDefault(sheetId, List.of());
    }

    private Optional<SheetEntity> sheetRow(EntityManager em, GroupId group, SessionNumber session) {
        return select(em, "e.groupId = :group AND e.sessionNumber = :session", "e.id")
                .setParameter("group", group.value())
                .setParameter("session", session.value())
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether {@code after} was made from {@code before}: its audit trail continues {@code before}'s,
     * and it still holds every report, report row and launch of {@code before} (none of which a sheet
     * ever gives up, and launches are not audited).
     */
    static boolean descends(AttendanceSheet after, AttendanceSheet before) {
        int audited = before.audit().size();
        return after.audit().size() >= audited && after.audit().subList(0, audited).equals(before.audit())
                && contains(after.reports(), before.reports()) && contains(after.reported(), before.reported())
                && contains(after.launches(), before.launches());
    }

    private static <T> boolean contains(Collection<T> all, Collection<T> some) {
        return new HashSet<>(all).containsAll(some);
    }

    private static <T> int firstDifference(List<T> stored, List<T> wanted) {
        int common = Math.min(stored.size(), wanted.size());
        for (int i = 0; i < common; i++) {
            if (!stored.get(i).equals(wanted.get(i))) {
                return i;
            }
        }
        return common;
    }

    private void flush(EntityManager em, AttendanceSheet sheet) {
        try {
            CONSTRAINTS.flush(em);
        } catch (EditConflict lost) {
            throw conflict(sheet, lost.getCause());
        } catch (IntegrityViolation refused) {
            if (refused.code().equals(EDITED_CONCURRENTLY)) {
                throw EditConflict.of(refused.violation(), refused);
            }
            throw refused;
        }
    }

    /** The conflict of saving {@code sheet}, in words that name its session and group. */
    private static EditConflict conflict(AttendanceSheet sheet, Throwable cause) {
        String session = sheet.number().toString();
        return EditConflict.of(Violation.of(EDITED_CONCURRENTLY, "The attendance sheet of "
                + session + " of group " + sheet.group() + " was changed by someone else after this copy of it was read"
                + " (another leader's correction, an imported report or an LMS launch); saving it would undo that"
                + " change, so nothing was saved. Reload the sheet and make the change again."), cause);
    }

    private EntityManager current() {
        return Objects.requireNonNull(entityManager.get(), "the entity manager supplier gave none");
    }

    /**
     * Deletes every attendance sheet of {@code group} with all its parts (reports, evidence rows,
     * unresolved attendees, corrections, launches, audit), for the retention purge; returns how many sheets.
     */
    public int purge(GroupId group) {
        Objects.requireNonNull(group, "group");
        EntityManager em = current();
        List<SheetEntity> sheets = select(em, "e.groupId = :group", "e.id").setParameter("group", group.value()).getResultList();
        if (sheets.isEmpty()) {
            return 0;
        }
        for (SheetRows rows : rowsOf(em, sheets)) {
            java.util.stream.Stream.of(rows.reports(), rows.reported(), rows.unmatched(), rows.unmatchedRows(), rows.candidates(),
                    rows.corrections(), rows.correctionIntervals(), rows.launches(), rows.audit())
                    .flatMap(List::stream)
                    .forEach(em::remove);
        }
        CONSTRAINTS.flush(em);
        sheets.forEach(em::remove);
        CONSTRAINTS.flush(em);
        return sheets.size();
    }
}
