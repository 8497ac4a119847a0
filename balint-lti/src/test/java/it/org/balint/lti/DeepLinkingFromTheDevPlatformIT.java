package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.Gradebook;
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

@DisplayName("Placing Balint groups in a course by deep linking from the dev platform")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkingFromTheDevPlatformIT {

    /** The course the tests place groups in: it has no group of its own. */
    private static final String COURSE = "270";

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
            courses.add(new Course(COURSE, "BAL 270", "Balint groups placed by deep linking",
                    List.of(ResourceLink.of("370", "Course home", "Not a Balint group."))));
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

    /** The tool's answer to a launch started with {@code button}, after the login. */
    private HttpResponse<String> launch(String button) throws Exception {
        return browser.launch(platform.baseUrl(), button);
    }

    private HttpResponse<String> contentPicker(String person) throws Exception {
        HttpResponse<String> picker = launch("person=" + person + "&course=" + COURSE + "&message=deep-linking");
        assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
        assertThat(picker.body()).contains("Place a Balint group in this course", "name=\"deep_link_session\"",
                "name=\"csrf\"");
        return picker;
    }

    private static String setUpFields(String title, String minutes) {
        return "&title=" + encode(title) + "&leader_name=" + encode("Mira Okafor") + "&leader_email="
                + encode("mira.okafor@example.org") + "&first_date=" + LocalDate.now().plusDays(28) + "&first_time=19:00"
                + "&sessions=8&minutes=" + minutes + "&zone=Europe%2FZurich&video_link=" + encode("https://meet.example.org/" + minutes);
    }

    /** Posts the tool's answer on to the platform, as its script would, and returns the link placed. */
    private ResourceLink returnToPlatform(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        AutoSubmitForm form = AutoSubmitForm.parse(answer.body()).orElseThrow();
        assertThat(form.action()).isEqualTo(platform.deepLinkReturnUrl());
        assertThat(form.field("JWT")).isPresent();
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'nonce-", "form-action " + origin(platform.deepLinkReturnUrl()) + ";"));
        List<String> before = links().stream().map(ResourceLink::id).toList();

        HttpResponse<String> placed = browser.submit(form);

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(placed.body()).contains("Activities added", "balint_group=");
        return links().stream().filter(link -> !before.contains(link.id())).findFirst().orElseThrow();
    }

    private List<ResourceLink> links() {
        return platform.course(COURSE).orElseThrow().resourceLinks();
    }

    @Test
    @DisplayName("an instructor sets up a group in the content picker; the platform places the signed link with its credit column; leader and member launches of it land in the group")
    void createAndPlace() throws Exception {
        HttpResponse<String> picker = contentPicker("1001");
        assertThat(picker.body()).contains("value=\"Mira Okafor\"", "not placed in a course yet");

        HttpResponse<String> mistakes = browser.post(tool.resolve("/lti/deep-link/create"), sessionFields(picker.body())
                + setUpFields("Balint group: Monday evenings", "90").replace("https%3A%2F%2Fmeet", "http%3A%2F%2Fmeet"));
        assertThat(mistakes.statusCode()).as(mistakes.body()).isEqualTo(200);
        assertThat(mistakes.body()).contains("Place a Balint group in this course", "video-link-not-https",
                "id=\"e-video_link\"");

        ResourceLink link = returnToPlatform(browser.post(tool.resolve("/lti/deep-link/create"),
                sessionFields(mistakes.body()) + setUpFields("Balint group: Monday evenings", "90")));

        assertThat(link.title()).isEqualTo("Balint group: Monday evenings");
        String group = link.custom().get("balint_group");
        assertThat(group).startsWith("g-");
        Gradebook.LineItem column = platform.gradebook().lineItems(COURSE).stream()
                .filter(item -> item.resourceLinkId().equals(java.util.Optional.of(link.id()))).findFirst().orElseThrow();
        assertThat(column.scoreMaximum()).isEqualTo(12.0);
        assertThat(column.tag()).isEqualTo("balint-ce-credit");
        assertThat(column.resourceId()).isEqualTo(group);
        assertThat(column.label()).isEqualTo("Balint group: Monday evenings: CE credit");

        HttpResponse<String> leader = launch("as=1001&resource_link=" + link.id());
        assertThat(leader.statusCode()).as(leader.body()).isEqualTo(200);
        assertThat(leader.body()).contains("<h1>Balint group: Monday evenings</h1>", "You lead this group")
                .doesNotContain("Set up this Balint group");
        HttpResponse<String> member = launch("as=1002&resource_link=" + link.id());
        assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
        assertThat(member.body()).contains("Register for Balint group: Monday evenings");

        HttpResponse<String> again = browser.post(tool.resolve("/lti/deep-link/create"), sessionFields(mistakes.body())
                + setUpFields("Balint group: Monday evenings", "90"));
        assertThat(again.statusCode()).as("a request is answered once").isEqualTo(409);
        assertThat(again.body()).contains("<code>deep-linking-answered</code>");
    }

    @Test
    @DisplayName("a group set up but not placed is offered to the next content picker and placed when picked")
    void pickAnExistingGroup() throws Exception {
        HttpResponse<String> first = contentPicker("1001");
        HttpResponse<String> unreturned = browser.post(tool.resolve("/lti/deep-link/create"), sessionFields(first.body())
                + setUpFields("Balint group: kept for later", "60"));
        assertThat(unreturned.statusCode()).as(unreturned.body()).isEqualTo(200);
        String group = AutoSubmitForm.parse(unreturned.body()).orElseThrow().field("JWT").map(jwt -> {
            try {
                @SuppressWarnings("unchecked")
                List<java.util.Map<String, Object>> items = (List<java.util.Map<String, Object>>) com.nimbusds.jwt.SignedJWT
                        .parse(jwt).getJWTClaimsSet().getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
                @SuppressWarnings("unchecked")
                java.util.Map<String, String> custom = (java.util.Map<String, String>) items.get(0).get("custom");
                return custom.get("balint_group");
            } catch (java.text.ParseException e) {
                throw new AssertionError(e);
            }
        }).orElseThrow();

        HttpResponse<String> second = contentPicker("1007");
        assertThat(second.body()).contains("Balint group: kept for later", "value=\"" + group + "\"");

        ResourceLink link = returnToPlatform(browser.post(tool.resolve("/lti/deep-link/pick"), sessionFields(second.body())
                + "&group=" + encode(group)));

        assertThat(link.custom()).containsEntry("balint_group", group);
        assertThat(platform.gradebook().lineItems(COURSE)).anySatisfy(item -> {
            assertThat(item.resourceId()).isEqualTo(group);
            assertThat(item.scoreMaximum()).as("8 sessions of 60 minutes").isEqualTo(8.0);
        });
        assertThat(launch("as=1001&resource_link=" + link.id()).body()).contains("Balint group: kept for later",
                "You lead this group");
        assertThat(contentPicker("1001").body()).as("a placed group is offered no more")
                .doesNotContain("value=\"" + group + "\"");
    }

    @Test
    @DisplayName("a learner's deep-linking request is refused with 403 deep-linking-not-instructor")
    void learnerRefused() throws Exception {
        HttpResponse<String> refused = launch("person=1002&course=" + COURSE + "&message=deep-linking");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<code>deep-linking-not-instructor</code>", "teacher role")
                .doesNotContain("deep_link_session", "<form");
    }

    @Test
    @DisplayName("a content-picker post with a forged or missing CSRF token or session is refused with 401, nothing placed")
    void forgedPosts() throws Exception {
        HttpResponse<String> picker = contentPicker("1001");
        String session = "deep_link_session=" + encode(hidden(picker.body(), "deep_link_session"));

        HttpResponse<String> forged = browser.post(tool.resolve("/lti/deep-link/create"), session + "&csrf=forged"
                + setUpFields("Forged", "90"));
        HttpResponse<String> missing = browser.post(tool.resolve("/lti/deep-link/create"), session + setUpFields("Forged", "90"));
        HttpResponse<String> noSession = browser.post(tool.resolve("/lti/deep-link/pick"),
                "csrf=" + encode(hidden(picker.body(), "csrf")) + "&group=g-1");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("<code>csrf-token-invalid</code>");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(noSession.statusCode()).isEqualTo(401);
        assertThat(noSession.body()).contains("<code>session-missing</code>");
        assertThat(contentPicker("1001").body()).doesNotContain("Forged");
    }

    /** The content-picker session and CSRF fields of the form on {@code page}, as a form body. */
    private static String sessionFields(String page) {
        return "deep_link_session=" + encode(hidden(page, "deep_link_session")) + "&csrf=" + encode(hidden(page, "csrf"));
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
    }
}
