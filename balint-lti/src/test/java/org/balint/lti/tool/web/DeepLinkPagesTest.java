package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.deeplinking.ActiveDeepLink;
import org.balint.lti.tool.deeplinking.DeepLinkContext;
import org.balint.lti.tool.deeplinking.DeepLinkView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content picker of deep linking")
class DeepLinkPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static ActiveDeepLink session() {
        return new ActiveDeepLink("tok\"en", "cs<rf", new DeepLinkContext(new PlatformDeployment(
                "https://moodle.example.edu", "c", "1"), "sub", Optional.of("42"),
                URI.create("https://moodle.example.edu/return"), Optional.of("data"), List.of("ltiResourceLink"), false));
    }

    private static BalintGroup group(String id, String title) {
        return BalintGroup.draft(new GroupId(id)).title(title)
                .schedule(ZURICH, GroupSchedule.weeklySessions(ZURICH, LocalDateTime.parse("2027-01-14T19:00"), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/b")
                .leader(new FacultyMember(new MemberId("m-1"), "Mira", ContactDetails.email("mira@example.org")))
                .validate().orElseThrow();
    }

    private static SetupRequest form(String title) {
        return new SetupRequest(title, "Mira", "", "", "", "8", "90", "Europe/Zurich", "");
    }

    @Test
    void both_forms_carry_the_session_and_csrf_token_and_every_text_is_escaped() {
        String page = DeepLinkPages.choose(new DeepLinkView.Choose(session(), form(SCRIPT), List.of(),
                List.of(group("g-\"1", "Tuesdays " + SCRIPT))), "/");

        assertThat(page).doesNotContain(SCRIPT, "<script");
        assertThat(page).contains("action=\"/lti/deep-link/create\"", "action=\"/lti/deep-link/pick\"")
                .contains("<input type=\"hidden\" name=\"deep_link_session\" value=\"tok&quot;en\">")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"cs&lt;rf\">")
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
                .contains("name=\"group\" value=\"g-&quot;1\"", "Tuesdays &lt;script&gt;");
        assertThat(page.split("name=\"deep_link_session\"", -1)).as("one session field per form").hasSize(3);
    }

    @Test
    void reasons_are_shown_beside_their_fields_and_the_page_says_why_placed_groups_are_not_offered() {
        String page = DeepLinkPages.choose(new DeepLinkView.Choose(session(), form("Balint"), List.of(
                FieldViolation.at(SetupRequest.VIDEO_LINK, "video-link-not-https", "use an https link"),
                FieldViolation.at(DeepLinkView.GROUP_FIELD, "group-not-offered", "choose one of the groups listed")),
                List.of(group("g-1", "Tuesdays"))), "/");

        assertThat(page).contains("2 things to correct", "id=\"e-video_link\"", "<code>video-link-not-https</code>",
                "id=\"e-group\"", "aria-describedby=\"e-group\"", "<code>group-not-offered</code>")
                .contains("not placed in a course yet", "belongs to one activity");
    }

    @Test
    void without_unplaced_groups_the_page_says_so_and_offers_no_pick_form() {
        String page = DeepLinkPages.choose(new DeepLinkView.Choose(session(), form("Balint"), List.of(), List.of()), "/");

        assertThat(page).contains("No group is waiting to be placed").doesNotContain("/lti/deep-link/pick");
    }
}
