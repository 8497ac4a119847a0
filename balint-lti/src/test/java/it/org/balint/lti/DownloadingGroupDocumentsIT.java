package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static it.org.balint.lti.PageForms.sessionFields;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
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

@DisplayName("Downloading a group's documents after launching from the dev platform")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DownloadingGroupDocumentsIT {

    private static final String JSON = "application/json";
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
            courses.add(new Course("271", "BAL 271", "Balint group for documents",
                    List.of(ResourceLink.of("471", "Balint group: Wednesday evenings", "Documents are downloaded here."))));
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
    @DisplayName("a member downloads the .ics and may not have leader exports or someone else's certificate; the leader downloads the roster and the PARS export")
    void membersAndLeadersGetTheirDocuments() throws Exception {
        HttpResponse<String> setUpForm = browser.submit(idTokenFormFor("as=1001&resource_link=471"));
        assertThat(setUpForm.body()).contains("Set up this Balint group");
        String leader = sessionFields(setUpForm.body());
        HttpResponse<String> home = browser.post(tool.resolve("/lti/group/setup"), leader
                + "&title=" + encode("Balint group: Wednesday evenings") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + LocalDate.now().plusDays(14)
                + "&first_time=19:00&sessions=8&minutes=90&zone=America%2FToronto&video_link="
                + encode("https://meet.example.org/balint-wednesday"));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);

        HttpResponse<String> registration = browser.submit(idTokenFormFor("as=1002&resource_link=471"));
        String member = sessionFields(registration.body());
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), member
                + "&name=" + encode("Sam Rivera") + "&email=" + encode("sam.rivera@example.org")
                + "&discipline=PHYSICIAN&detail=" + encode("family medicine")
                + "&attest_clinically_active=yes&attest_willing_to_present=yes&attest_attends_all_sessions=yes"
                + "&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.body()).as(accepted.body()).contains("Accepted.");

        HttpResponse<String> ics = browser.post(tool.resolve("/lti/documents/calendar"), member);
        assertThat(ics.statusCode()).as(ics.body()).isEqualTo(200);
        assertDownload(ics, "text/calendar", "balint-group-wednesday-evenings.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(8).allSatisfy(event -> {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("America/Toronto");
            assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).toLocalTime()).hasToString("19:00");
            assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.example.org/balint-wednesday");
        });
        assertThat(ics.body()).doesNotContain("Sam").doesNotContain("Rivera");

        assertRefused(browser.post(tool.resolve("/lti/documents/credit-roster"), member, "Accept", JSON), 403, "leaders-only");
        assertRefused(browser.post(tool.resolve("/lti/documents/pars-export"), member, "Accept", JSON), 403, "leaders-only");
        assertRefused(browser.post(tool.resolve("/lti/documents/certificate"), member + "&member=someone-else", "Accept", JSON),
                403, "not-your-certificate");
        assertRefused(browser.post(tool.resolve("/lti/documents/certificate"), member, "Accept", JSON), 404, "no-certificate-yet");
        HttpResponse<String> agreed = browser.post(tool.resolve("/lti/documents/completion-sharing"),
                member + "&share_completion=yes");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.body()).contains("Your completion will be reported");

        HttpResponse<String> roster = browser.post(tool.resolve("/lti/documents/credit-roster"), leader);
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertDownload(roster, "text/csv", "balint-group-wednesday-evenings-credit-roster.csv");
        assertThat(roster.body()).startsWith("\uFEFFMember,Member ID,Credit type,Decision,Credit earned,Credit claimed,"
                + "Attended,Reasons\r\n").contains("Sam Rivera,").contains(",no decision yet,");

        HttpResponse<String> pars = browser.post(tool.resolve("/lti/documents/pars-export"),
                leader + "&accme_activity_id=202612345");
        assertThat(pars.statusCode()).as(pars.body()).isEqualTo(200);
        assertDownload(pars, "text/csv", "balint-group-wednesday-evenings-pars-learners.csv");
        assertThat(pars.body()).isEqualTo("\uFEFFRecord Action,ACCME Activity ID,Completion Date,First Name,Last Name,"
                + "Date of Birth,Licensing State,Licensing ID or NPI,Number of CME Credits\r\n");
        assertRefused(browser.post(tool.resolve("/lti/documents/pars-export"), leader + "&accme_activity_id=%3D1%2B1",
                "Accept", JSON), 400, "accme-activity-id-invalid");
        assertRefused(browser.post(tool.resolve("/lti/documents/certificate"), leader, "Accept", JSON), 403, "not-a-member");
        assertThat(browser.post(tool.resolve("/lti/documents/calendar"), leader).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("without a valid launch session and its CSRF token nothing is downloaded: 401")
    void forgedSessions() throws Exception {
        assertRefused(browser.post(tool.resolve("/lti/documents/calendar"), "launch_session=" + encode("not-a-session")
                + "&csrf=x", "Accept", JSON), 401, "session-unknown");
        // the leader's page has the session's fields whether the group is set up yet (its form) or not (its documents)
        HttpResponse<String> launched = browser.submit(idTokenFormFor("as=1001&resource_link=471"));
        String token = hidden(launched.body(), "launch_session");
        assertRefused(browser.post(tool.resolve("/lti/documents/calendar"), "launch_session=" + encode(token) + "&csrf=wrong",
                "Accept", JSON), 401, "csrf-token-invalid");
    }

    private static void assertDownload(HttpResponse<String> response, String mediaType, String fileName) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + fileName + "\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"" + code + "\"");
    }

    /** The form the id_token arrives in, after pressing a launch button and following the tool's login. */
    private AutoSubmitForm idTokenFormFor(String button) throws Exception {
        return browser.idTokenForm(platform.baseUrl(), button);
    }
}
