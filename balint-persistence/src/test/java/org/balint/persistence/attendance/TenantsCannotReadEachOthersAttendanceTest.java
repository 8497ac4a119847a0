package org.balint.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.attendance.SessionSheets.GROUP;
import static org.balint.persistence.attendance.SessionSheets.aFullyWorkedSheet;
import static org.balint.persistence.attendance.SessionSheets.emptySheet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tenants cannot read each other's attendance")
class TenantsCannotReadEachOthersAttendanceTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

    @Test
    @DisplayName("institution B finds none of institution A's sheets, even under the same group id and session")
    void anotherInstitutionSeesNothing() {
        TenantScope a = TenantFixture.registered(database, clock);
        TenantScope b = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, a, GROUP);
        GroupFixture.storedGroups(database, b, GROUP);
        database.useTransaction(em -> new JpaAttendanceSheets(a, () -> em).save(aFullyWorkedSheet()));

        assertThat(sessionThree(b))
                .isEmpty();
        assertThat(allOf(b)).isEmpty();
    }

    @Test
    @DisplayName("both institutions keep a sheet for the same group id and session without touching each other's")
    void sameKeysLiveSideBySide() {
        TenantScope a = TenantFixture.registered(database, clock);
        TenantScope b = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, a, GROUP);
        GroupFixture.storedGroups(database, b, GROUP);
        AttendanceSheet mine = aFullyWorkedSheet();
        AttendanceSheet theirs = emptySheet(GROUP, 3);

        database.useTransaction(em -> new JpaAttendanceSheets(a, () -> em).save(mine));
        database.useTransaction(em -> new JpaAttendanceSheets(b, () -> em).save(theirs));

        assertThat(sessionThree(a))
                .contains(mine);
        assertThat(sessionThree(b))
                .contains(theirs);
    }

    private Optional<AttendanceSheet> sessionThree(TenantScope tenant) {
        return database.inTransaction(em -> new JpaAttendanceSheets(tenant, () -> em).find(GROUP, SessionNumber.of(3)));
    }

    private List<AttendanceSheet> allOf(TenantScope tenant) {
        return database.inTransaction(em -> new JpaAttendanceSheets(tenant, () -> em).findAll(GROUP));
    }
}
