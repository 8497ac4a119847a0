package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ResourceLink;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluation and the grievance procedure in headless Chromium, launched from the dev platform: the
 * leader sets the group up and its learning objectives; the platform's administrator takes the grievance
 * committee's chair; a member registers, submits the evaluation (first with an answer left out, corrected
 * from its inline reason) and raises a concern (first blank); the administrator, as chair, finds the concern
 * in the queue with the member's name and acknowledges it; the leader reads the summary, whose figures are
 * withheld with one response. The same steps' JSON API answers are checked with the sessions of the walk.
 * Every page passes the axe-core scan, the keyboard and 360 px checks, and is photographed.
 */
@DisplayName("Evaluating the series and raising a concern in Chromium")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluatingAndRaisingConcernsInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activity: the database outlives a run, the walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String LINK = "394-" + RUN;
    private static final String ADMINISTRATOR = "1008";
    private static final List<String> OBJECTIVES = List.of(
            "Recognise my own feelings about a patient as information about the relationship",
            "Tolerate not knowing while a case is discussed",
            "Consider the patient's view of the illness alongside my own");

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("293-" + RUN, "BAL-EVAL", "Balint group for the evaluation walk",
                List.of(ResourceLink.of(LINK, "Balint group: Monday evenings", "Walked through by the evaluation tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("objectives set, chair seated, evaluation corrected and recorded, concern raised and acknowledged, summary withheld")
    void evaluationAndConcern() throws Exception {
        openLaunchPage();
        launch("Launch as leader");
        awaitTool("Set up this Balint group");
        fill("first_date", LocalDate.now().plusDays(21).toString());
        fill("first_time", "19:00");
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Zurich");
        type("video_link", "https://meet.example.org/balint-monday");
        submit();
        awaitTool("The group is set up");

        open("Evaluation summary");
        awaitTool("set the learning objectives below first");
        type("objectives", String.join("\n", OBJECTIVES) + "\n" + OBJECTIVES.get(1).toUpperCase());
        submit();
        awaitTool("to correct");
        assertThat(pages.find(By.id("e-objectives")).getText()).contains("duplicate-learning-objective");
        assertThat(pages.find(By.id("f-objectives")).getAttribute("aria-invalid")).isEqualTo("true");
        type("objectives", String.join("\n", OBJECTIVES));
        submit();
        awaitTool("The 3 learning objectives were saved");
        pages.check("leader-evaluation-objectives");

        chooseAndLaunch(ADMINISTRATOR);
        open("Grievance committee");
        awaitTool("Take the seat of committee chair");
        type("chair-name", "Dr Priya Raman");
        type("chair-email", "not an address");
        submit("Take the seat of committee chair", "Update my details as committee chair");
        awaitTool("committee-email-invalid");
        assertThat(pages.find(By.id("f-chair-email")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("admin-committee-seat-error");
        type("chair-email", "priya.raman@example.org");
        submit("Take the seat of committee chair", "Update my details as committee chair");
        awaitTool("You now hold the seat of committee chair");
        String adminPage = frameSource();

        launch("Launch as member");
        awaitTool("Register for Balint group: Monday evenings");
        type("detail", "family medicine");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        submit();
        awaitTool("Accepted.");

        open("Evaluation");
        awaitTool("Rate your ability in each learning objective");
        assertThat(pages.find(By.cssSelector("fieldset.objective legend")).getText()).startsWith("Objective 1: Recognise");
        pages.check("member-evaluation");
        for (int n = 1; n <= 3; n++) {
            rate("before-" + n, 2);
            if (n != 3) {
                rate("after-" + n, 4);
            }
        }
        type("comments", "Hearing colleagues' cases helped me with my own difficult consultations.");
        submit();
        awaitTool("One thing to correct");
        WebElement reason = pages.find(By.id("e-after-3"));
        assertThat(reason.getText()).contains("Rate objective 3 after the series", "rating-missing");
        assertThat(reason.findElement(By.xpath("..")).getAttribute("aria-describedby")).isEqualTo("e-after-3");
        assertThat(pages.find(By.id("f-before-1-2")).isSelected()).as("the answers given are kept").isTrue();
        pages.check("member-evaluation-error");
        rate("after-3", 5);
        submit();
        awaitTool("Thank you: your evaluation was recorded");
        assertThat(frameText()).contains("do not require an evaluation");
        pages.check("member-evaluation-recorded");
        String memberPage = frameSource();

        open("Raise a concern");
        awaitTool("goes to Dr Priya Raman, chair of the grievance committee");
        submit();
        awaitTool("One thing to correct");
        assertThat(pages.find(By.id("e-text")).getText()).contains("blank-grievance");
        type("text", "Two sessions ended half an hour early, so the credit hours we were promised fell short.");
        pages.find(By.id("f-anonymous")).sendKeys(Keys.SPACE);
        submit();
        awaitTool("Your concern was received as GRV-");
        String reference = matched(frameText(), "received as (GRV-\\d+)");
        assertThat(frameText()).contains(reference + ": received");
        pages.check("member-concern");

        chooseAndLaunch(ADMINISTRATOR);
        open("Grievance committee");
        awaitTool(reference + ": received");
        WebElement filed = pages.find(By.id("g-" + reference)).findElement(By.xpath(".."));
        assertThat(filed.getText()).contains("from Sam Rivera (anonymous toward faculty)", "Handled by Dr Priya Raman (you)",
                "Two sessions ended half an hour early");
        filed.findElement(By.xpath(".//button[normalize-space(.)='Acknowledge " + reference + "']")).click();
        awaitTool("Grievance " + reference + " is now acknowledged");
        assertThat(pages.find(By.id("g-" + reference)).getText()).isEqualTo(reference + ": acknowledged");
        pages.check("admin-committee");

        launch("Launch as leader");
        awaitTool("Evaluation summary");
        open("Evaluation summary");
        awaitTool("Figures withheld");
        assertThat(frameText()).contains("1 complete evaluation from 1 member", "figures are shown from 3 responses on");
        pages.check("leader-evaluation-summary");
        String leaderPage = frameSource();

        checkTheApi(memberPage, adminPage, leaderPage, reference);
    }

    /** The JSON API answers the same steps with the sessions of the walk, and refuses the wrong roles. */
    private void checkTheApi(String memberPage, String adminPage, String leaderPage, String reference) throws Exception {
        String[] member = session(memberPage);
        String[] admin = session(adminPage);
        String[] leader = session(leaderPage);
        String me = field(api("GET", "/api/v1/me", member, "").body(), "member");
        String group = field(api("GET", "/api/v1/me", member, "").body(), "group");
        String base = "/api/v1/groups/" + group;

        HttpResponse<String> own = api("GET", base + "/members/me/evaluation", member, "");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"complete\":true", "\"before\":2", "\"after\":5", "\"formSet\":true");
        HttpResponse<String> incomplete = api("PUT", base + "/members/me/evaluation", member,
                "{\"ratings\":[{\"objective\":1,\"before\":3,\"after\":4}],\"comments\":\"\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"field\":\"before-2\"", "\"code\":\"rating-missing\"");
        assertThat(api("GET", base + "/members/" + me + "/evaluation", leader, "").statusCode())
                .as("nobody reads another member's answers, their leader included").isEqualTo(403);

        HttpResponse<String> summary = api("GET", base + "/evaluation-summary", leader, "");
        assertThat(summary.body()).contains("\"published\":false", "\"responses\":1", "\"minimumResponses\":3",
                "\"figures\":[]");
        assertThat(api("GET", base + "/evaluation-summary", member, "").statusCode()).isEqualTo(403);

        HttpResponse<String> committee = api("GET", "/api/v1/committee", admin, "");
        assertThat(committee.statusCode()).isEqualTo(200);
        assertThat(committee.body()).contains("\"reference\":\"" + reference + "\"", "\"complainant\":\"Sam Rivera\"",
                "\"yours\":true");
        assertThat(api("GET", "/api/v1/committee", leader, "").statusCode()).isEqualTo(403);
        HttpResponse<String> twice = api("POST", "/api/v1/committee/grievances/" + reference + "/acknowledgement", admin,
                "{}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("\"code\":\"grievance-already-acknowledged\"");
        HttpResponse<String> resolved = api("POST", "/api/v1/committee/grievances/" + reference + "/resolution", admin,
                "{\"note\":\"The leaders now keep to the full 90 minutes; the two sessions were made up.\"}");
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(resolved.body()).contains("\"status\":\"resolved\"");
        assertThat(api("GET", base + "/members/me/concerns", member, "").body()).contains(reference,
                "\"status\":\"resolved\"", "the two sessions were made up");
        HttpResponse<String> another = api("POST", base + "/members/me/concerns", member,
                "{\"text\":\"The video link changed without notice.\",\"anonymousTowardFaculty\":false}");
        assertThat(another.statusCode()).isEqualTo(201);
        assertThat(another.body()).contains("\"status\":\"received\"");
    }

    private static HttpResponse<String> api(String method, String path, String[] session, String body) throws Exception {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json", "Authorization", "Bearer " + session[0]));
        Browser http = new Browser();
        URI address = ToolOnLiberty.node1().resolve(path);
        if ("GET".equals(method)) {
            return http.get(address, headers.toArray(String[]::new));
        }
        headers.add("X-CSRF-Token");
        headers.add(session[1]);
        return http.send(address, method, "application/json", body, headers.toArray(String[]::new));
    }

    private static String[] session(String page) {
        return new String[] {PageForms.hidden(page, "launch_session"), PageForms.hidden(page, "csrf")};
    }

    private static String field(String json, String name) {
        return matched(json, "\"" + name + "\":\"([^\"]*)\"");
    }

    private static String matched(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertThat(found.find()).as(pattern + " in " + text).isTrue();
        return found.group(1);
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    /** Chooses the activity on the platform's page and presses a launch button. */
    private void launch(String button) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(LINK);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
    }

    /** Launches as the seeded person {@code id}. */
    private void chooseAndLaunch(String id) {
        driver.switchTo().defaultContent();
        WebElement details = driver.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            driver.findElement(By.tagName("summary")).click();
        }
        new Select(driver.findElement(By.id("person"))).selectByValue(id);
        launch("Launch as the chosen person");
        awaitTool("Grievance committee");
    }

    /** Opens a group page from the navigation. */
    private void open(String label) {
        pages.intoFrame();
        pages.find(By.xpath("//nav//button[normalize-space(.)='" + label + "']")).click();
    }

    private void submit() {
        pages.find(By.cssSelector("main form[novalidate] button[type=submit]")).click();
    }

    private void submit(String... labels) {
        for (String label : labels) {
            List<WebElement> found = driver.findElements(By.xpath("//main//button[normalize-space(.)='" + label + "']"));
            if (!found.isEmpty()) {
                found.get(0).click();
                return;
            }
        }
        throw new AssertionError("no button " + String.join(" or ", labels));
    }

    private void rate(String name, int point) {
        pages.find(By.id(point == 1 ? "f-" + name : "f-" + name + "-" + point)).click();
    }

    private String frameText() {
        pages.intoFrame();
        return driver.findElement(By.tagName("body")).getText();
    }

    private String frameSource() {
        pages.intoFrame();
        return driver.getPageSource();
    }

    /** Waits until the tool's frame shows {@code text}, and stays in the frame. */
    private void awaitTool(String text) {
        pages.awaitTool(text);
    }

    private void type(String name, String text) {
        pages.type(name, text);
    }

    private void fill(String name, String value) {
        pages.fill(name, value);
    }
}
