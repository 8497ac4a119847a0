package org.balint.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.balint.persistence.attendance.SessionSheets.ANA;
import static org.balint.persistence.attendance.SessionSheets.GROUP;
import static org.balint.persistence.attendance.SessionSheets.MEMBERS;
import static org.balint.persistence.attendance.SessionSheets.NEW_YORK;
import static org.balint.persistence.attendance.SessionSheets.NEXT_MORNING;
import static org.balint.persistence.attendance.SessionSheets.ZOOM_REPORT;
import static org.balint.persistence.attendance.SessionSheets.afterTheZoomImport;
import static org.balint.persistence.attendance.SessionSheets.emptySheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.LaunchRecord;
import org.balint.core.attendance.ReportImport;
import org.balint.core.attendance.ReportedPresence;
import org.balint.core.audit.Actor;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing the same attendance report twice, and the other rules the database keeps")
class ImportingTheSameReportTwiceTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private TenantScope institution;

    @BeforeEach
    void anInstitutionOfItsOwn() {
        institution = TenantFixture.registered(database, new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));
        GroupFixture.storedGroups(database, institution, SessionSheets.GROUP, SessionSheets.OTHER_GROUP);
    }

    @Test
    @DisplayName("re-importing a stored report into its session changes nothing: it counts once")
    void reimportThroughTheSheetCountsOnce() {
        database.useTransaction(em -> sheets(em).save(afterTheZoomImport()));

        ReportImport again = database.inTransaction(em -> {
            AttendanceSheet stored = sheets(em).find(GROUP, SessionNumber.of(3)).orElseThrow();
            ReportImport outcome = stored.importReport(ZOOM_REPORT, MEMBERS, ImportSettings.in(NEW_YORK),
                    Actor.process("attendance import"), NEXT_MORNING);
            sheets(em).save(outcome.sheet().orElseThrow());
            return outcome;
        });

        assertThat(again).isInstanceOf(ReportImport.AlreadyImported.class);
        assertThat(database.inTransaction(em -> sheets(em).find(GROUP, SessionNumber.of(3))).orElseThrow().reports())
                .hasSize(1);
    }

    @Test
    @DisplayName("the database refuses a second receipt of the same report in one session, as attendance-report-already-imported")
    void databaseRefusesASecondReceipt() {
        database.useTransaction(em -> sheets(em).save(afterTheZoomImport()));

        IntegrityViolation refused = catchThrowableOfType(IntegrityViolation.class, () -> database.useTransaction(em -> {
            JpaAttendanceSheets sheets = sheets(em);
            SheetEntity stored = sheets.stored(GROUP, SessionNumber.of(3)).orElseThrow();
            // What a second transaction racing this one would write: the same report at the next place.
            SheetRows rows = AttendanceSheetMapper.toRows(institution, afterTheZoomImport());
            ReportEntity duplicate = rows.reports().get(0);
            ReportEntity again = new ReportEntity(institution, 1);
            again.reportId = duplicate.reportId;
            again.platform = duplicate.platform;
            again.importedAt = duplicate.importedAt;
            again.importedByKind = duplicate.importedByKind;
            again.importedBy = duplicate.importedBy;
            again.rowCount = duplicate.rowCount;
            again.belongTo(stored.id());
            new SheetParts<>(institution, ReportEntity.class).add(em, again);
            JpaAttendanceSheets.CONSTRAINTS.flush(em);
        }));

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("attendance-report-already-imported");
        assertThat(refused.violation().message()).contains("already imported", "counts once");
        assertThat(refused.constraint()).isEqualTo("uq_attendance_report_once");
    }

    @Test
    @DisplayName("a sheet that counts one report row for two members is refused whole: not even the sheet is stored")
    void reportRowCountedTwiceIsRefusedWhole() {
        AttendanceSheet imported = afterTheZoomImport();
        ReportedPresence anasFirstRow = imported.reported().get(0);
        List<ReportedPresence> reported = new ArrayList<>(imported.reported());
        reported.add(new ReportedPresence(SessionSheets.JOSE.id(), anasFirstRow.row(), anasFirstRow.presence()));
        AttendanceSheet doubleCounted = new AttendanceSheet(GROUP, imported.session(), imported.thresholds(),
                imported.reports(), reported, imported.unmatched(), imported.corrections(), imported.launches(),
                imported.audit());

        IntegrityViolation refused = catchThrowableOfType(IntegrityViolation.class, () -> database.useTransaction(em -> sheets(em).save(doubleCounted)));

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("attendance-report-row-counted-twice");
        assertThat(allStored()).isEmpty();
    }

    @Test
    @DisplayName("a sheet recording the same LMS launch twice is refused as attendance-launch-recorded-twice")
    void launchRecordedTwiceIsRefused() {
        AttendanceSheet empty = emptySheet(GROUP, 3);
        LaunchRecord launch = new LaunchRecord(ANA.id(), Instant.parse("2026-03-15T21:58:00Z"));
        AttendanceSheet twice = new AttendanceSheet(GROUP, empty.session(), empty.thresholds(), List.of(), List.of(),
                List.of(), List.of(), List.of(launch, launch), List.of());

        IntegrityViolation refused = catchThrowableOfType(IntegrityViolation.class, () -> database.useTransaction(em -> sheets(em).save(twice)));

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("attendance-launch-recorded-twice");
        assertThat(allStored()).isEmpty();
    }

    private List<AttendanceSheet> allStored() {
        return database.inTransaction(em -> sheets(em).findAll(GROUP));
    }

    private JpaAttendanceSheets sheets(jakarta.persistence.EntityManager em) {
        return new JpaAttendanceSheets(institution, () -> em);
    }
}
