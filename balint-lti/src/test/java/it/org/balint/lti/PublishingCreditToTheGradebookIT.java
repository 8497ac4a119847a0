package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static it.org.balint.lti.PageForms.sessionFields;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

@DisplayName("Publishing members' credit from the leader's page to the dev platform's gradebook")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingCreditToTheGradebookIT {

    private static final String COURSE = "274";
    private static final String LINK = "374";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

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
            courses.add(new Course(COURSE, "BAL 274", "Balint group for family physicians, credit",
                    List.of(ResourceLink.of(LINK, "Balint group: Monday evenings", "Credit goes to the gradebook."))));
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
    @DisplayName("recorded credit arrives as scores; a score the LMS refuses for good shows as failed with its reason and,"
            + " once the cause is cleared, Send again delivers it exactly once; the metrics count it all")
    void creditReachesTheGradebook() throws Exception {
        HttpResponse<String> setUpForm = launch("1001");
        assertThat(setUpForm.body()).as(setUpForm.body()).contains("Set up this Balint group");
        HttpResponse<String> home = browser.post(tool.resolve("/lti/group/setup"), sessionFields(setUpForm.body())
                + "&title=" + encode("Balint group: Monday evenings") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + LocalDate.now().plusDays(14)
                + "&first_time=19:00&sessions=8&minutes=90&zone=Europe%2FBerlin&video_link="
                + encode("https://meet.example.org/balint-monday"));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        register("1002", "Sam Rivera", "sam.rivera@example.org");
        register("1003", "Lena Novak", "lena.novak@example.org");

        HttpResponse<String> leaderHome = launch("1001");
        assertThat(leaderHome.body()).as("the leader's home lists the Credit page").contains("<nav aria-label=\"Group pages\">",
                "lti/page/credit");
        HttpResponse<String> leaderPage = post("/lti/page/credit", leaderHome.body(), "");
        assertThat(leaderPage.body()).as(leaderPage.body()).contains("<h1 id=\"credit\">Credit and the gradebook</h1>",
                "Record credit decisions");
        assertThat(row(leaderPage.body(), "Sam Rivera")).contains("Not eligible", "data-sync=\"none\"");

        // Lena stays in the course, but its gradebook excludes her: the platform refuses her score for good
        // (400, not gradable). (Suspending her in the course would make the roster sync take her out of the group.)
        platform.gradebook().excludeFromGrading("1003");

        HttpResponse<String> recorded = post("/lti/group/credit/record", leaderPage.body(), "");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("Recorded 2 decisions; 2 changed results go to the gradebook.");

        String settled = awaitPage(leaderPage.body(), page -> row(page, "Sam Rivera").contains("data-sync=\"delivered\"")
                && row(page, "Lena Novak").contains("data-sync=\"failed\""));
        assertThat(row(settled, "Lena Novak")).contains("HTTP 400", "only active learners get grades", "Send again");
        Gradebook.LineItem column = column();
        assertThat(column.scoreMaximum()).isEqualTo(12.0);
        assertThat(column.label()).isEqualTo("Balint group: Monday evenings: CE credit");
        List<Gradebook.Score> sams = platform.gradebook().acceptedScores(column.id(), "1002");
        assertThat(sams).singleElement().satisfies(score -> {
            assertThat(score.scoreGiven()).contains(0.0);
            assertThat(score.scoreMaximum()).contains(12.0);
            assertThat(score.comment()).hasValueSatisfying(c -> assertThat(c).startsWith("Not eligible for AAFP Prescribed credit"));
            assertThat(score.activityProgress()).isEqualTo("Completed");
            assertThat(score.gradingProgress()).isEqualTo("FullyGraded");
            assertThat(score.timestamp()).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(platform.gradebook().acceptedScores(column.id(), "1003")).isEmpty();

        // A learner posting the leader's form (with the session of their registration form) is refused.
        HttpResponse<String> memberPage = launch("1004");
        assertThat(memberPage.body()).contains("Register for");
        HttpResponse<String> refused = post("/lti/group/credit/record", memberPage.body(), "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<code>leaders-only</code>");

        // Lena is graded again; the leader sends her result again.
        platform.gradebook().includeInGrading("1003");
        HttpResponse<String> again = post("/lti/group/credit/send-again", settled,
                "&member=" + encode(memberId(settled, "Lena Novak")));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("The result is sent to the gradebook again.");
        awaitPage(settled, page -> row(page, "Lena Novak").contains("data-sync=\"delivered\""));
        assertThat(platform.gradebook().acceptedScores(column.id(), "1003")).singleElement()
                .satisfies(score -> assertThat(score.scoreMaximum()).contains(12.0));
        assertThat(platform.gradebook().acceptedScores(column.id(), "1002")).hasSize(1);

        HttpResponse<String> metrics = awaitMetrics(text -> value(text, "balint_gradebook_deliveries_total") >= 2
                && value(text, "balint_gradebook_failures_total") >= 1);
        assertThat(metrics.body()).contains("balint_gradebook_outbox_depth", "balint_gradebook_retries_total",
                "balint_gradebook_delivery_latency_seconds_count");
    }

    private HttpResponse<String> launch(String person) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "person=" + person + "&resource_link=" + LINK);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> toAuth = browser.submit(AutoSubmitForm.parse(loginPage.body()).orElseThrow());
        HttpResponse<String> authPage = browser.get(Browser.loginTarget(toAuth));
        return browser.submit(AutoSubmitForm.parse(authPage.body()).orElseThrow());
    }

    private void register(String person, String name, String email) throws Exception {
        HttpResponse<String> form = launch(person);
        assertThat(form.body()).as(form.body()).contains("Register for Balint group: Monday evenings");
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), sessionFields(form.body())
                + "&name=" + encode(name) + "&email=" + encode(email) + "&discipline=PHYSICIAN&detail="
                + encode("family medicine") + "&attest_clinically_active=yes&attest_willing_to_present=yes"
                + "&attest_attends_all_sessions=yes&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.body()).as(accepted.body()).contains("Accepted.");
    }

    private HttpResponse<String> post(String path, String page, String more) throws Exception {
        return browser.post(tool.resolve(path), sessionFields(page) + more);
    }

    /** Refreshes the Credit page (recording again changes nothing) until {@code done} holds. */
    private String awaitPage(String page, Predicate<String> done) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String last = "";
        while (Instant.now().isBefore(giveUp)) {
            last = post("/lti/group/credit/record", page, "").body();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The credit section did not reach the expected state in " + PATIENCE + ": " + last);
    }

    private HttpResponse<String> awaitMetrics(Predicate<String> done) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(giveUp)) {
            last = browser.get(tool.resolve("/metrics?scope=application"));
            if (last.statusCode() == 200 && done.test(last.body())) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The metrics did not count the deliveries: " + (last == null ? "no answer"
                : last.statusCode() + " " + last.body()));
    }

    /** The sum of the values of the Prometheus lines of {@code name} (any tags). */
    private static double value(String metrics, String name) {
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        while (line.find()) {
            sum += Double.parseDouble(line.group(2));
        }
        return sum;
    }

    private Gradebook.LineItem column() {
        List<Gradebook.LineItem> items = platform.gradebook().lineItems(COURSE).stream()
                .filter(item -> item.tag().equals("balint-ce-credit")).toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** The credit table's row of {@code name}. */
    private static String row(String page, String name) {
        Matcher row = Pattern.compile("<tr data-member=\"[^\"]+\"><td>" + Pattern.quote(name) + "</td>(.*?)</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("the credit section has a row for " + name + ": " + page).isTrue();
        return row.group(1);
    }

    private static String memberId(String page, String name) {
        Matcher row = Pattern.compile("<tr data-member=\"([^\"]+)\"><td>" + Pattern.quote(name) + "</td>").matcher(page);
        assertThat(row.find()).isTrue();
        return row.group(1);
    }
}
