package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.balint.core.attendance.ReportId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The resolver form's fields name an attendee by report and line, and a member or Not a member")
class ReadingTheResolverFormTest {

    private static final String REPORT = "0123456789abcdef".repeat(4);

    @Test
    @DisplayName("a member chosen, or Not a member, for the attendee on line 3")
    void wellFormed() {
        assertThat(AttendancePagesResource.resolution("who." + REPORT + ".3", "member:m-lena"))
                .contains(new LeaderAttendance.Resolution(new ReportId(REPORT), 3, Optional.of(new MemberId("m-lena"))));
        assertThat(AttendancePagesResource.resolution("who." + REPORT + ".3", "not-a-member"))
                .contains(new LeaderAttendance.Resolution(new ReportId(REPORT), 3, Optional.empty()));
    }

    @Test
    @DisplayName("a field naming no report or line, or a choice the form never offers, is not read as a resolution")
    void malformed() {
        assertThat(AttendancePagesResource.resolution("who." + REPORT, "not-a-member")).isEmpty();
        assertThat(AttendancePagesResource.resolution("who.not-a-report.3", "not-a-member")).isEmpty();
        assertThat(AttendancePagesResource.resolution("who." + REPORT + ".0", "not-a-member")).isEmpty();
        assertThat(AttendancePagesResource.resolution("who." + REPORT + ".3", "m-lena")).isEmpty();
        assertThat(AttendancePagesResource.resolution("who." + REPORT + ".3", "member:")).isEmpty();
    }
}
