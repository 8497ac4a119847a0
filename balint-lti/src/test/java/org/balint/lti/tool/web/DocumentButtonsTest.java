package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationForm;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The download buttons of the group pages")
class DocumentButtonsTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Member SAM = new Member(new MemberId("m-2"), "Sam", Profession.physician("family medicine"),
            ContactDetails.email("sam@example.org"));

    private static ActiveSession session(BalintRole role) {
        return new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(new PlatformDeployment(
                "https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub", EnumSet.of(role),
                Optional.empty(), Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T14:00:00Z")));
    }

    private static BalintGroup group() {
        return BalintGroup.draft(new GroupId("g-1")).title("Tuesday evenings")
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.parse("2027-01-14T19:00"), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/b")
                .leader(new FacultyMember(new MemberId("m-1"), "Mira", ContactDetails.email("mira@example.org")))
                .members(List.of(SAM))
                .validate().orElseThrow();
    }

    @Test
    @DisplayName("a leader's home offers the calendar, the credit roster and the PARS export, each form carrying the session")
    void leaderButtons() {
        String page = CoursePages.render(new LaunchView.LeaderHome(session(BalintRole.LEADER), group(), FacultyRole.LEADER,
                false), "/").html();

        assertThat(page).contains("action=\"/lti/documents/calendar\"", "action=\"/lti/documents/credit-roster\"",
                "action=\"/lti/documents/pars-export\"", "name=\"accme_activity_id\"")
                .contains("<input type=\"hidden\" name=\"launch_session\" value=\"tok&quot;en\">")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"cs&lt;rf\">")
                .doesNotContain("lti/documents/certificate");
    }

    @Test
    @DisplayName("an accepted member gets the calendar, their certificate and the PARS question; a waitlisted one none of it")
    void memberButtons() {
        RegistrationForm form = RegistrationForm.fullyAttested(SAM);
        List<AuditEntry> history = List.of(new AuditEntry(Instant.parse("2026-11-29T10:00:00Z"), Actor.person(SAM.id()),
                "registration-submitted", "Sam registered"));
        String accepted = CoursePages.render(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group(),
                new Registration.Accepted(new GroupId("g-1"), form, history), Optional.empty()), "/").html();
        String waitlisted = CoursePages.render(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group(),
                new Registration.Waitlisted(new GroupId("g-1"), form, history), Optional.of(1)), "/").html();

        assertThat(accepted).contains("action=\"/lti/documents/calendar\"", "action=\"/lti/documents/certificate\"",
                "action=\"/lti/documents/completion-sharing\"", "name=\"share_completion\" value=\"yes\"")
                .doesNotContain("credit-roster").doesNotContain("pars-export");
        assertThat(waitlisted).doesNotContain("lti/documents/");
    }
}
