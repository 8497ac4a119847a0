package org.balint.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.attendance.SessionSheets.ANA;
import static org.balint.persistence.attendance.SessionSheets.GROUP;
import static org.balint.persistence.attendance.SessionSheets.LEADER_KOFI;
import static org.balint.persistence.attendance.SessionSheets.LEADER_RUTH;
import static org.balint.persistence.attendance.SessionSheets.MEMBERS;
import static org.balint.persistence.attendance.SessionSheets.NEXT_MORNING;
import static org.balint.persistence.attendance.SessionSheets.OTHER_GROUP;
import static org.balint.persistence.attendance.SessionSheets.PRIYA;
import static org.balint.persistence.attendance.SessionSheets.TOM;
import static org.balint.persistence.attendance.SessionSheets.aFullyWorkedSheet;
import static org.balint.persistence.attendance.SessionSheets.afterTheZoomImport;
import static org.balint.persistence.attendance.SessionSheets.emptySheet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.MemberAttendance;
import org.balint.core.attendance.SeriesAttendance;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.group.GroupId;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping a group's attendance sheets")
class KeepingAttendanceSheetsTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private TenantScope institution;

    @BeforeEach
    void anInstitutionOfItsOwn() {
        institution = TenantFixture.registered(database, new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));
        GroupFixture.storedGroups(database, institution, SessionSheets.GROUP, SessionSheets.OTHER_GROUP);
    }

    @Test
    @DisplayName("a fully worked sheet is found again exactly as it was saved")
    void savedSheetIsFoundAgain() {
        AttendanceSheet sheet = aFullyWorkedSheet();

        inTransaction(sheets -> {
            sheets.save(sheet);
            return null;
        });
        Optional<AttendanceSheet> found = inTransaction(sheets -> sheets.find(GROUP, SessionNumber.of(3)));

        assertThat(found).contains(sheet);
        assertThat(found.orElseThrow().attendanceOf(ANA.id()).decidedBy())
                .isEqualTo(MemberAttendance.DecidedBy.ATTENDANCE_REPORTS);
    }

    @Test
    @DisplayName("a session without a sheet, or a group without sheets, finds nothing")
    void notFoundIsEmpty() {
        inTransaction(sheets -> {
            sheets.save(emptySheet(GROUP, 1));
            return null;
        });

        assertThat(stored(GROUP, 2)).isEmpty();
        assertThat(stored(OTHER_GROUP, 1)).isEmpty();
        assertThat(storedAll(OTHER_GROUP)).isEmpty();
    }

    @Test
    @DisplayName("all sheets of a group come back in session order, and none of another group")
    void findAllReturnsTheGroupsSheets() {
        inTransaction(sheets -> {
            sheets.save(emptySheet(GROUP, 4));
            sheets.save(aFullyWorkedSheet());
            sheets.save(emptySheet(OTHER_GROUP, 3));
            return null;
        });

        List<AttendanceSheet> all = inTransaction(sheets -> sheets.findAll(GROUP));
        SeriesAttendance series = inTransaction(sheets -> sheets.series(GROUP));

        assertThat(all).extracting(AttendanceSheet::number).containsExactly(SessionNumber.of(3), SessionNumber.of(4));
        assertThat(all.get(0)).isEqualTo(aFullyWorkedSheet());
        assertThat(series.sheets()).hasSize(2);
    }

    @Test
    @DisplayName("a leader's correction saved on a stored sheet is kept, and the sheet's version goes up")
    void correctionUpdatesTheSheet() {
        inTransaction(sheets -> {
            sheets.save(afterTheZoomImport());
            return null;
        });
        long before = version();

        AttendanceSheet corrected = inTransaction(sheets -> {
            AttendanceSheet sheet = sheets.find(GROUP, SessionNumber.of(3)).orElseThrow()
                    .markAbsent(TOM.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow();
            sheets.save(sheet);
            return sheet;
        });

        assertThat(stored(GROUP, 3)).contains(corrected);
        assertThat(version()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("saving a sheet that did not change writes nothing and keeps its version")
    void unchangedSheetKeepsItsVersion() {
        inTransaction(sheets -> {
            sheets.save(aFullyWorkedSheet());
            return null;
        });
        long before = version();

        inTransaction(sheets -> {
            sheets.save(sheets.find(GROUP, SessionNumber.of(3)).orElseThrow());
            return null;
        });

        assertThat(version()).isEqualTo(before);
    }

    @Test
    @DisplayName("corrections withdrawn or replaced and attendees resolved are stored as the leader left them")
    void removalsAndReplacementsAreStored() {
        inTransaction(sheets -> {
            sheets.save(aFullyWorkedSheet());
            return null;
        });

        AttendanceSheet reworked = inTransaction(sheets -> {
            AttendanceSheet sheet = sheets.find(GROUP, SessionNumber.of(3)).orElseThrow();
            UnmatchedAttendee guest = sheet.unmatched().stream().filter(a -> a.name().equals("Dr. Visitor"))
                    .findFirst().orElseThrow();
            UnmatchedAttendee sam = sheet.unmatched().stream().filter(a -> a.name().equals("Sam Okafor"))
                    .findFirst().orElseThrow();
            sheet = sheet.dismissAsGuest(guest, LEADER_KOFI, NEXT_MORNING).orElseThrow();
            sheet = sheet.assign(sam, SessionSheets.SAM_ONE.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
            sheet = sheet.withdrawCorrection(PRIYA.id(), LEADER_KOFI, NEXT_MORNING).orElseThrow();
            sheet = sheet.markExcused(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
            sheets.save(sheet);
            return sheet;
        });

        AttendanceSheet found = inTransaction(sheets -> sheets.find(GROUP, SessionNumber.of(3))).orElseThrow();
        assertThat(found).isEqualTo(reworked);
        assertThat(found.unmatched()).isEmpty();
        assertThat(found.correctionOf(PRIYA.id())).isEmpty();
        assertThat(found.attendanceOf(SessionSheets.SAM_ONE.id()).decidedBy())
                .isEqualTo(MemberAttendance.DecidedBy.ATTENDANCE_REPORTS);
    }

    @Test
    @DisplayName("a sheet saved with finer-than-microsecond times reads back at the microsecond")
    void storedPrecision() {
        AttendanceSheet sheet = emptySheet(GROUP, 5).recordLaunch(ANA.id(),
                Instant.parse("2026-03-29T21:59:59.999999999Z"), MEMBERS).orElseThrow();

        inTransaction(sheets -> {
            sheets.save(sheet);
            return null;
        });

        assertThat(stored(GROUP, 5)).hasValueSatisfying(found ->
                assertThat(found.launches().get(0).launchedAt()).isEqualTo(Instant.parse("2026-03-29T21:59:59.999999Z")));
    }

    private Optional<AttendanceSheet> stored(GroupId group, int session) {
        return inTransaction(sheets -> sheets.find(group, SessionNumber.of(session)));
    }

    private List<AttendanceSheet> storedAll(GroupId group) {
        return inTransaction(sheets -> sheets.findAll(group));
    }

    private long version() {
        return inTransaction(sheets -> sheets.version(GROUP, SessionNumber.of(3))).orElseThrow();
    }

    private <T> T inTransaction(Function<JpaAttendanceSheets, T> work) {
        return database.inTransaction(em -> work.apply(new JpaAttendanceSheets(institution, () -> em)));
    }

    @Test
    @DisplayName("a sheet for a group this institution has not stored is refused with 'unknown-group' and nothing is stored")
    void sheetForAnUnknownGroupIsRefused() {
        org.balint.core.group.GroupId unknown = new org.balint.core.group.GroupId("never-stored-" + java.util.UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTransaction(sheets -> { sheets.save(emptySheet(unknown, 3)); return null; }))
                .isInstanceOfSatisfying(org.balint.persistence.integrity.IntegrityViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("unknown-group");
                    assertThat(violation.constraint()).isEqualTo("fk_attendance_sheet_group");
                    assertThat(violation.violation().message()).contains("not stored for this institution");
                });
        assertThat(storedAll(unknown)).isEmpty();
    }
}
