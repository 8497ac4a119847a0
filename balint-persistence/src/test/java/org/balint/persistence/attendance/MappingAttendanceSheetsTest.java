package org.balint.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.attendance.SessionSheets.GROUP;
import static org.balint.persistence.attendance.SessionSheets.aFullyWorkedSheet;
import static org.balint.persistence.attendance.SessionSheets.emptySheet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.LeaderCorrection;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.audit.AuditEntry;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mapping an attendance sheet to its rows and back")
class MappingAttendanceSheetsTest {

    private static final TenantScope TENANT = TenantFixture.registered(TestDatabases.shared(),
            new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));

    @Test
    @DisplayName("a fully worked sheet comes back equal: reports, evidence rows, unresolved attendees, corrections, launches and audit")
    void fullyWorkedSheetRoundTrips() {
        AttendanceSheet sheet = aFullyWorkedSheet();

        AttendanceSheet back = AttendanceSheetMapper.toSheet(AttendanceSheetMapper.toRows(TENANT, sheet));

        assertThat(back).isEqualTo(sheet);
        assertThat(back.reports()).hasSize(2);
        assertThat(back.reported()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(back.unmatched()).extracting(UnmatchedAttendee::reason)
                .containsExactlyInAnyOrder(UnmatchedAttendee.Reason.NO_MEMBER, UnmatchedAttendee.Reason.SEVERAL_MEMBERS);
        assertThat(back.corrections()).hasOnlyElementsOfTypes(LeaderCorrection.PresenceSet.class,
                LeaderCorrection.MarkedExcused.class, LeaderCorrection.MarkedAbsent.class).hasSize(3);
        assertThat(back.launches()).hasSize(2);
        assertThat(back.audit()).extracting(AuditEntry::event).containsExactly("attendance-report-imported",
                "attendance-report-imported", "attendance-presence-set", "attendance-marked-excused",
                "attendance-marked-absent");
    }

    @Test
    @DisplayName("an attendee's missing e-mail stays missing and a present one stays present")
    void optionalEmailRoundTrips() {
        AttendanceSheet back = AttendanceSheetMapper.toSheet(AttendanceSheetMapper.toRows(TENANT, aFullyWorkedSheet()));

        assertThat(back.unmatched()).extracting(UnmatchedAttendee::name, a -> a.email().isPresent())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Dr. Visitor", true),
                        org.assertj.core.groups.Tuple.tuple("Sam Okafor", false));
        assertThat(back.unmatched()).filteredOn(a -> a.name().equals("Sam Okafor")).singleElement()
                .satisfies(sam -> assertThat(sam.candidates()).extracting(Object::toString)
                        .containsExactly("m-sam-1", "m-sam-2"));
        assertThat(back.unmatched()).filteredOn(a -> a.name().equals("Dr. Visitor")).singleElement()
                .satisfies(guest -> assertThat(guest.rows()).extracting(UnmatchedAttendee.Row::line).containsExactly(5, 7));
    }

    @Test
    @DisplayName("a presence correction keeps its intervals in time order, and every list keeps its order")
    void orderIsKept() {
        AttendanceSheet sheet = aFullyWorkedSheet();
        SheetRows rows = AttendanceSheetMapper.toRows(TENANT, sheet);

        assertThat(rows.correctionIntervals()).extracting(i -> i.parentNo).containsOnly(0);
        assertThat(rows.audit()).extracting(SheetPart::entryNo).containsExactly(0, 1, 2, 3, 4);
        LeaderCorrection.PresenceSet priya = (LeaderCorrection.PresenceSet) AttendanceSheetMapper.toSheet(rows)
                .corrections().get(0);
        assertThat(priya.presence()).extracting(p -> p.joined().toString())
                .containsExactly("2026-03-15T22:05:00Z", "2026-03-15T22:30:00Z");
    }

    @Test
    @DisplayName("an empty sheet, with the group's own thresholds and schedule, comes back equal")
    void emptySheetRoundTrips() {
        AttendanceSheet sheet = emptySheet(GROUP, 8);

        assertThat(AttendanceSheetMapper.toSheet(AttendanceSheetMapper.toRows(TENANT, sheet))).isEqualTo(sheet);
    }

    @Test
    @DisplayName("instants finer than a microsecond are kept to the microsecond, the precision both databases store")
    void instantsAreKeptToTheMicrosecond() {
        Clock nanos = Clock.fixed(Instant.parse("2026-03-16T13:00:00.123456789Z"), ZoneOffset.UTC);
        AttendanceSheet sheet = emptySheet(GROUP, 3).markAbsent(SessionSheets.TOM.id(), SessionSheets.MEMBERS,
                SessionSheets.LEADER_RUTH, nanos).orElseThrow();

        AttendanceSheet stored = AttendanceSheetMapper.storable(TENANT, sheet);

        assertThat(stored.audit().get(0).at()).isEqualTo(Instant.parse("2026-03-16T13:00:00.123456Z"));
        assertThat(stored.corrections().get(0).at()).isEqualTo(Instant.parse("2026-03-16T13:00:00.123456Z"));
        assertThat(stored.session().duration()).isEqualTo(Duration.ofMinutes(90));
    }
}
