package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static it.org.balint.lti.PageForms.sessionFields;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.MembershipFault;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Roster;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("Syncing a Balint group with its course roster, on Open Liberty against the dev platform")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyncingTheRosterIT {

    private static final String COURSE = "273";
    private static final String LINK = "373";

    private static DevPlatform platform;

    @ArquillianResource
    private URL deployed;

    private URI tool;
    private final Browser browser = new Browser();

    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    @BeforeEach
    void startPlatform() throws Exception {
        tool = ToolOnLiberty.base(deployed);
        if (platform == null) {
            Roster seeded = Roster.seeded();
            List<Course> courses = new ArrayList<>(seeded.courses());
            courses.add(new Course(COURSE, "BAL 273", "Balint group for hospital physicians, roster",
                    List.of(ResourceLink.of(LINK, "Balint group: roster sync", "Synced with the course by the tests."))));
            platform = DevPlatform.start(PlatformForTests.config(tool).withRoster(new Roster(seeded.people(), courses)));
            ToolOnLiberty.awaitReady(tool);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    @Test
    @DisplayName("the leader syncs and sees the roster; a learner removed from the course has left after the next sync; a malformed roster changes nothing")
    void leaderSyncsTheRoster() throws Exception {
        HttpResponse<String> home = setUpGroup();
        assertThat(home.body()).contains("Sync roster with the course");
        register("1002", "Sam Rivera", "sam.rivera@example.org");
        register("1003", "Lena Novak", "lena.novak@example.org");

        HttpResponse<String> memberForm = browser.submit(idTokenFormFor("as=1004&resource_link=" + LINK));
        HttpResponse<String> notALeader = sync(memberForm.body());
        assertThat(notALeader.statusCode()).as(notALeader.body()).isEqualTo(403);
        assertThat(notALeader.body()).contains("leaders-only");

        HttpResponse<String> first = sync(home.body());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(section(first.body(), "added")).contains("Jonas Weber");
        assertThat(section(first.body(), "unchanged")).contains("Sam Rivera", "Lena Novak");
        assertThat(section(first.body(), "not-registered")).contains("Grace O&#39;Neill")
                .doesNotContain("Sam Rivera", "Priya Raman");
        assertThat(section(first.body(), "left")).contains("Nobody.");

        HttpResponse<String> assistant = browser.submit(idTokenFormFor("as=1007&resource_link=" + LINK));
        assertThat(assistant.body()).as("the assistant was added to the faculty by the sync")
                .contains("You lead this group as its co-leader");

        platform.memberships().remove(COURSE, "1003");
        HttpResponse<String> second = sync(first.body());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(section(second.body(), "left")).contains("Lena Novak");
        assertThat(section(second.body(), "unchanged")).contains("Sam Rivera").doesNotContain("Lena Novak");
        HttpResponse<String> lena = browser.submit(idTokenFormFor("as=1003&resource_link=" + LINK));
        assertThat(lena.body()).as("her registration is kept, as having left with the course")
                .contains("withdrawn", "You left the course");

        platform.memberships().remove(COURSE, "1002");
        platform.memberships().answerWith(MembershipFault.MALFORMED);
        HttpResponse<String> refused;
        try {
            refused = sync(second.body());
        } finally {
            platform.memberships().answerWith(MembershipFault.NONE);
        }
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(502);
        assertThat(refused.body()).contains("roster-response-malformed", "Nothing in the group was changed");
        HttpResponse<String> sam = browser.submit(idTokenFormFor("as=1002&resource_link=" + LINK));
        assertThat(sam.body()).as("the malformed roster wrote nothing: Sam is still in the group").contains("Accepted.");

        HttpResponse<String> healed = sync(refused.body());
        assertThat(healed.statusCode()).as(healed.body()).isEqualTo(200);
        assertThat(section(healed.body(), "left")).contains("Sam Rivera").doesNotContain("Lena Novak");
    }

    @Test
    @DisplayName("a sync needs a launch session and its CSRF token")
    void forgedSessionRefused() throws Exception {
        HttpResponse<String> forged = browser.post(tool.resolve("/lti/group/roster/sync"),
                "launch_session=" + encode("not-a-session") + "&csrf=x");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> setUpGroup() throws Exception {
        HttpResponse<String> setUpForm = browser.submit(idTokenFormFor("as=1001&resource_link=" + LINK));
        assertThat(setUpForm.body()).contains("Set up this Balint group");
        HttpResponse<String> home = browser.post(tool.resolve("/lti/group/setup"), sessionFields(setUpForm.body())
                + "&title=" + encode("Balint group: roster sync") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + LocalDate.now().plusDays(21)
                + "&first_time=19:00&sessions=8&minutes=90&zone=America%2FToronto&video_link="
                + encode("https://meet.example.org/balint-roster"));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        return home;
    }

    private void register(String person, String name, String email) throws Exception {
        HttpResponse<String> form = browser.submit(idTokenFormFor("as=" + person + "&resource_link=" + LINK));
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), sessionFields(form.body())
                + "&name=" + encode(name) + "&email=" + encode(email) + "&discipline=PHYSICIAN&detail=" + encode("internal medicine")
                + "&attest_clinically_active=yes&attest_willing_to_present=yes&attest_attends_all_sessions=yes"
                + "&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.body()).as(accepted.body()).contains("Accepted.");
    }

    private HttpResponse<String> sync(String pageWithSyncButton) throws Exception {
        return browser.post(tool.resolve("/lti/group/roster/sync"), sessionFields(pageWithSyncButton));
    }

    /** The form the id_token arrives in, after pressing a launch button and following the tool's login. */
    private AutoSubmitForm idTokenFormFor(String button) throws Exception {
        return browser.idTokenForm(platform.baseUrl(), button);
    }

    /** The list under the heading with {@code id} on a sync result page. */
    private static String section(String page, String id) {
        int start = page.indexOf("<h2 id=\"" + id + "\">");
        assertThat(start).as("the page has the section " + id + ": " + page).isNotNegative();
        int end = page.indexOf("<h2", start + 1);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}
