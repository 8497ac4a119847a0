package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.core.audit.AuditEntry;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationForm;
import org.balint.core.validation.Violation;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.CourseKey;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.LaunchView;
import org.balint.lti.tool.course.RegistrationRequest;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pages a launch leads to")
class CoursePagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static ActiveSession session(BalintRole role) {
        return new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(new PlatformDeployment(
                "https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub", EnumSet.of(role),
                Optional.empty(), Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T14:00:00Z")));
    }

    private static BalintGroup group(String title) {
        return BalintGroup.draft(new GroupId("g-1")).title(title)
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.parse("2027-01-14T19:00"), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/b?x=1&y=2")
                .leader(new FacultyMember(new MemberId("m-1"), "Mira " + SCRIPT, ContactDetails.email("mira@example.org")))
                .validate().orElseThrow();
    }

    private static String html(LaunchView view) {
        CoursePages.Rendered rendered = CoursePages.render(view, "/");
        assertThat(rendered.status()).isEqualTo(200);
        return rendered.html();
    }

    @Test
    void the_set_up_form_escapes_what_the_platform_sent_and_carries_the_session_in_hidden_fields() {
        String page = html(new LaunchView.SetUpGroup(session(BalintRole.LEADER), new SetupRequest(SCRIPT, "Mira", "",
                "", "", "8", "90", "Europe/Zurich", ""), List.of()));

        assertThat(page).doesNotContain(SCRIPT).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"");
        assertThat(page).contains("<input type=\"hidden\" name=\"launch_session\" value=\"tok&quot;en\">")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"cs&lt;rf\">")
                .contains("action=\"/lti/group/setup\"")
                .contains("<option value=\"Europe/Zurich\" selected>Europe/Zurich</option>")
                .doesNotContain("<script");
        for (String field : List.of(SetupRequest.TITLE, SetupRequest.LEADER_NAME, SetupRequest.LEADER_EMAIL,
                SetupRequest.FIRST_DATE, SetupRequest.FIRST_TIME, SetupRequest.SESSIONS, SetupRequest.MINUTES,
                SetupRequest.ZONE, SetupRequest.VIDEO_LINK)) {
            assertThat(page).contains("<label for=\"f-" + field + "\">").contains("id=\"f-" + field + "\"");
        }
        assertThat(page).doesNotContain("role=\"alert\"").doesNotContain("aria-invalid");
    }

    @Test
    void every_reason_is_listed_at_the_top_and_beside_its_field_linked_for_screen_readers() {
        String page = html(new LaunchView.SetUpGroup(session(BalintRole.LEADER), new SetupRequest("", "Mira", "m@x",
                "", "", "8", "90", "", "http://meet"), List.of(
                        FieldViolation.at(SetupRequest.VIDEO_LINK, Violation.of("video-link-not-https",
                                "the video-meeting link \"" + SCRIPT + "\" is not https: use the meeting's https link")),
                        FieldViolation.general(Violation.of("quorum-invalid", "a quorum of 0 would hold sessions with no members")))));

        assertThat(page).contains("<div class=\"errors\" role=\"alert\">").contains("2 things to correct")
                .contains("<a href=\"#f-video_link\">The video-meeting link &quot;&lt;script&gt;")
                .contains("<p class=\"error\" id=\"e-video_link\">")
                .contains("aria-describedby=\"h-video_link e-video_link\" aria-invalid=\"true\"")
                .contains("<code>video-link-not-https</code>").contains("<code>quorum-invalid</code>")
                .doesNotContain(SCRIPT);
    }

    @Test
    void the_leader_home_shows_the_schedule_in_the_group_zone_and_escapes_the_title_and_link() {
        String page = html(new LaunchView.LeaderHome(session(BalintRole.LEADER), group(SCRIPT), FacultyRole.LEADER, true));

        assertThat(page).doesNotContain(SCRIPT).contains("<h1>&lt;script&gt;")
                .contains("The group is set up.")
                .contains("Thursday 14 January 2027, 19:00").contains("Thursday 4 March 2027, 19:00")
                .contains("href=\"https://meet.example.org/b?x=1&amp;y=2\"");
    }

    @Test
    void a_learner_of_an_unbound_link_gets_guidance_not_an_error() {
        CoursePages.Rendered rendered = CoursePages.render(new LaunchView.NotSetUpYet(session(BalintRole.MEMBER),
                Optional.of(SCRIPT)), "/");

        assertThat(rendered.status()).isEqualTo(200);
        assertThat(rendered.html()).contains("<h1>Your leader has not set up this group yet</h1>")
                .contains("Open this activity again").doesNotContain(SCRIPT);
    }

    @Test
    void the_registration_form_asks_for_profession_and_every_attestation_with_a_label() {
        String page = html(new LaunchView.RegistrationNeeded(session(BalintRole.MEMBER), group("Spring"),
                new RegistrationRequest("Sam " + SCRIPT, "", "PSYCHOLOGIST", "", Set.of(Attestation.CLINICALLY_ACTIVE), true),
                List.of(FieldViolation.at(RegistrationRequest.EMAIL, "email-missing", "give the e-mail address you use"))));

        assertThat(page).doesNotContain(SCRIPT).contains("action=\"/lti/group/register\"")
                .contains("<option value=\"PSYCHOLOGIST\" selected>Psychologist</option>")
                .contains("<p class=\"error\" id=\"e-email\">Give the e-mail address you use.");
        for (Attestation attestation : Attestation.values()) {
            String field = RegistrationRequest.field(attestation);
            assertThat(page).contains("<label for=\"f-" + field + "\"><input type=\"checkbox\" id=\"f-" + field + "\"");
        }
        assertThat(page).contains("id=\"f-attest_clinically_active\" name=\"attest_clinically_active\" value=\"yes\" checked>")
                .contains("id=\"f-attest_willing_to_present\" name=\"attest_willing_to_present\" value=\"yes\">")
                .contains("name=\"stressful\" value=\"yes\" checked>");
    }

    @Test
    void each_registration_state_says_where_the_member_stands() {
        Member sam = new Member(new MemberId("m-2"), "Sam", Profession.psychologist(), ContactDetails.email("sam@example.org"));
        RegistrationForm form = RegistrationForm.fullyAttested(sam);
        List<AuditEntry> history = List.of(new AuditEntry(Instant.parse("2026-11-29T10:00:00Z"), Actor.person(sam.id()),
                "registration-submitted", "Sam registered"));
        GroupId id = new GroupId("g-1");

        assertThat(html(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group("Spring"),
                new Registration.Accepted(id, form, history), Optional.empty())))
                .contains("<strong>Accepted.</strong>").contains("Thursday 14 January 2027, 19:00");
        assertThat(html(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group("Spring"),
                new Registration.Waitlisted(id, form, history), Optional.of(3))))
                .contains("you are number 3 on the waitlist");
        assertThat(html(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group("Spring"),
                new Registration.ReferredToFacultyReview(id, form.reportingStressfulPeriod(), history), Optional.empty())))
                .contains("Referred to faculty review.");
        assertThat(html(new LaunchView.RegistrationState(session(BalintRole.MEMBER), group("Spring"),
                new Registration.Declined(id, form.without(Attestation.CONFIDENTIALITY_ACKNOWLEDGED),
                        List.of(Violation.of("confidentiality-not-acknowledged", "Sam " + SCRIPT + " has not acknowledged")),
                        history), Optional.empty())))
                .contains("<strong>Declined.</strong>").contains("<code>confidentiality-not-acknowledged</code>")
                .doesNotContain(SCRIPT);
    }

    @Test
    void a_refusal_keeps_its_status_and_reason() {
        CoursePages.Rendered rendered = CoursePages.render(new LaunchView.Refused("leaders-only", 403,
                "Only the course's instructors set up the group."), "/");

        assertThat(rendered.status()).isEqualTo(403);
        assertThat(rendered.html()).contains("<code>leaders-only</code>").contains("Only the course&#39;s instructors");
    }

    @Test
    void forms_post_below_the_application_base_path() {
        String page = html(new LaunchView.FacultyDetailsNeeded(session(BalintRole.LEADER), group("Spring"), "", "",
                List.of()));

        assertThat(CoursePages.render(new LaunchView.FacultyDetailsNeeded(session(BalintRole.LEADER), group("Spring"),
                "", "", List.of()), "/balint/").html()).contains("action=\"/balint/lti/group/faculty\"");
        assertThat(page).contains("action=\"/lti/group/faculty\"").contains("<label for=\"f-name\">");
    }

    @Test
    void a_bearer_header_carries_the_session_for_clients_other_than_forms() {
        assertThat(GroupPagesResource.bearer(headers("Bearer abc-123 "))).contains("abc-123");
        assertThat(GroupPagesResource.bearer(headers("bearer abc"))).contains("abc");
        assertThat(GroupPagesResource.bearer(headers("Basic YWxhZGRpbg=="))).isEmpty();
        assertThat(GroupPagesResource.bearer(headers(null))).isEmpty();
    }

    private static HttpHeaders headers(String authorization) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getHeaderString") && HttpHeaders.AUTHORIZATION.equals(arguments[0])) {
                        return authorization;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
