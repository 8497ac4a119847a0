package org.balint.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.balint.persistence.attendance.SessionSheets.GROUP;
import static org.balint.persistence.attendance.SessionSheets.JOSE;
import static org.balint.persistence.attendance.SessionSheets.LEADER_KOFI;
import static org.balint.persistence.attendance.SessionSheets.LEADER_RUTH;
import static org.balint.persistence.attendance.SessionSheets.MEMBERS;
import static org.balint.persistence.attendance.SessionSheets.NEXT_MORNING;
import static org.balint.persistence.attendance.SessionSheets.SECOND_REPORT;
import static org.balint.persistence.attendance.SessionSheets.TOM;
import static org.balint.persistence.attendance.SessionSheets.afterTheZoomImport;
import static org.balint.persistence.attendance.SessionSheets.emptySheet;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.LeaderCorrection;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two leaders editing the same session's sheet")
class TwoLeadersEditingOneSheetTest {

    private static final SessionNumber THREE = SessionNumber.of(3);

    private final StandaloneDatabase database = TestDatabases.shared();
    private TenantScope institution;

    @BeforeEach
    void session3SheetAfterTheZoomImport() {
        institution = TenantFixture.registered(database, new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));
        GroupFixture.storedGroups(database, institution, SessionSheets.GROUP, SessionSheets.OTHER_GROUP);
        database.useTransaction(em -> sheets(em).save(afterTheZoomImport()));
    }

    @Test
    @DisplayName("both read the sheet, both save at once: the first to commit wins, the second gets a conflict and nothing of it is stored")
    void overlappingSavesOneWins() {
        EntityManager ruth = begin();
        EntityManager kofi = begin();
        try {
            AttendanceSheet ruthsCopy = sheets(ruth).find(GROUP, THREE).orElseThrow();
            AttendanceSheet kofisCopy = sheets(kofi).find(GROUP, THREE).orElseThrow();

            AttendanceSheet ruthsEdit = ruthsCopy.markAbsent(TOM.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow();
            sheets(ruth).save(ruthsEdit);
            ruth.getTransaction().commit();

            AttendanceSheet kofisEdit = kofisCopy.markExcused(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
            EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> sheets(kofi).save(kofisEdit));

            assertThat(conflict).isNotNull();
            assertThat(conflict.code()).isEqualTo("attendance-sheet-changed-concurrently");
            assertThat(conflict.violation().message()).contains("session 3", "spring-2026-evening", "changed by someone else",
                    "nothing was saved", "Reload the sheet");
            assertThat(kofi.getTransaction().getRollbackOnly()).isTrue();
            kofi.getTransaction().rollback();
            assertThat(stored()).contains(ruthsEdit);
            assertThat(stored().orElseThrow().correctionOf(TOM.id())).containsInstanceOf(LeaderCorrection.MarkedAbsent.class);
        } finally {
            close(ruth);
            close(kofi);
        }
    }

    @Test
    @DisplayName("a leader saving a copy read before another leader's saved change is refused, whenever the copy was read")
    void staleCopyIsRefused() {
        AttendanceSheet kofisCopy = database.inTransaction(em -> sheets(em).find(GROUP, THREE)).orElseThrow();
        AttendanceSheet ruthsEdit = database.inTransaction(em -> {
            AttendanceSheet edit = sheets(em).find(GROUP, THREE).orElseThrow()
                    .markAbsent(TOM.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow();
            sheets(em).save(edit);
            return edit;
        });

        AttendanceSheet kofisEdit = kofisCopy.markExcused(JOSE.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> database.useTransaction(em -> sheets(em).save(kofisEdit)));

        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(JpaAttendanceSheets.EDITED_CONCURRENTLY);
        assertThat(stored()).contains(ruthsEdit);
    }

    @Test
    @DisplayName("a report imported into a stale copy does not overwrite an LMS launch recorded meanwhile")
    void launchRecordedMeanwhileIsNotLost() {
        AttendanceSheet leadersCopy = database.inTransaction(em -> sheets(em).find(GROUP, THREE)).orElseThrow();
        database.useTransaction(em -> {
            AttendanceSheet withLaunch = sheets(em).find(GROUP, THREE).orElseThrow()
                    .recordLaunch(TOM.id(), Instant.parse("2026-03-15T22:03:00Z"), MEMBERS).orElseThrow();
            sheets(em).save(withLaunch);
        });

        AttendanceSheet leadersEdit = SessionSheets.imported(leadersCopy, SECOND_REPORT, LEADER_RUTH);
        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> database.useTransaction(em -> sheets(em).save(leadersEdit)));

        assertThat(conflict).isNotNull();
        assertThat(stored().orElseThrow().launches()).hasSize(1);
        assertThat(stored().orElseThrow().reports()).hasSize(1);
    }

    @Test
    @DisplayName("a refused save leaves nothing of its transaction stored, not even another session's new sheet")
    void refusedSaveLeavesNothingHalfStored() {
        AttendanceSheet staleCopy = stored().orElseThrow();
        database.useTransaction(em -> sheets(em).save(
                staleCopy.markAbsent(TOM.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow()));

        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> database.useTransaction(em -> {
            sheets(em).save(emptySheet(GROUP, 4));
            sheets(em).save(staleCopy.markExcused(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow());
        }));

        assertThat(conflict).isNotNull();
        assertThat(stored(SessionNumber.of(4))).isEmpty();
    }

    @Test
    @DisplayName("a change that only the sheet's own row shows (the session lengthened) is caught by the sheet's version")
    void versionCatchesWhatTheTrailCannotShow() {
        EntityManager kofi = begin();
        try {
            AttendanceSheet kofisCopy = sheets(kofi).find(GROUP, THREE).orElseThrow();
            database.useTransaction(em -> {
                AttendanceSheet sheet = sheets(em).find(GROUP, THREE).orElseThrow();
                sheets(em).save(new AttendanceSheet(GROUP, new ScheduledSession(THREE, sheet.session().start(),
                        Duration.ofMinutes(100)), sheet.thresholds(), sheet.reports(), sheet.reported(), sheet.unmatched(),
                        sheet.corrections(), sheet.launches(), sheet.audit()));
            });

            AttendanceSheet kofisEdit = kofisCopy.markExcused(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
            EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> sheets(kofi).save(kofisEdit));

            assertThat(conflict).isNotNull();
            assertThat(conflict.code()).isEqualTo(JpaAttendanceSheets.EDITED_CONCURRENTLY);
            assertThat(conflict).hasCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
            kofi.getTransaction().rollback();
            assertThat(stored().orElseThrow().session().duration()).isEqualTo(Duration.ofMinutes(100));
            assertThat(stored().orElseThrow().corrections()).isEmpty();
        } finally {
            close(kofi);
        }
    }

    @Test
    @DisplayName("two leaders saving at the same moment from separate threads: exactly one succeeds, the other gets a conflict")
    void simultaneousSavesExactlyOneWins() throws Exception {
        AttendanceSheet copy = stored().orElseThrow();
        AttendanceSheet ruthsEdit = copy.markAbsent(TOM.id(), MEMBERS, LEADER_RUTH, NEXT_MORNING).orElseThrow();
        AttendanceSheet kofisEdit = copy.markExcused(TOM.id(), MEMBERS, LEADER_KOFI, NEXT_MORNING).orElseThrow();
        EntityManager ruth = begin();
        try {
            sheets(ruth).save(ruthsEdit);
            // Ruth's rows are written but not committed when Kofi saves; Kofi waits for her or reads
            // around her, and either way must not win.
            var kofisSave = java.util.concurrent.CompletableFuture.runAsync(
                    () -> database.useTransaction(em -> sheets(em).save(kofisEdit)));
            Thread.sleep(300);
            ruth.getTransaction().commit();

            Throwable kofisFailure = catchThrowableOfType(java.util.concurrent.ExecutionException.class, () -> kofisSave.get(2, java.util.concurrent.TimeUnit.MINUTES));

            assertThat(kofisFailure).isNotNull();
            assertThat(kofisFailure.getCause()).isInstanceOfSatisfying(EditConflict.class,
                    conflict -> assertThat(conflict.code()).isEqualTo(JpaAttendanceSheets.EDITED_CONCURRENTLY));
            assertThat(stored()).contains(ruthsEdit);
        } finally {
            close(ruth);
        }
    }

    private Optional<AttendanceSheet> stored() {
        return stored(THREE);
    }

    private Optional<AttendanceSheet> stored(SessionNumber session) {
        return database.inTransaction(em -> sheets(em).find(GROUP, session));
    }

    private JpaAttendanceSheets sheets(EntityManager em) {
        return new JpaAttendanceSheets(institution, () -> em);
    }

    private EntityManager begin() {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        return em;
    }

    private static void close(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }
}
