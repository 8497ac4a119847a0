package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Roster;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A leader leads their group in headless Chromium, launched from the dev platform: they set the group up;
 * a member who reports an unusually stressful period registers and is referred to faculty review, another
 * registers and is accepted; the leader decides from the review queue on the Members page (declining
 * without a reason first, corrected from the inline reason), adds an intensive to their own leader log (a
 * date in the future first), and on the Credit page records credit, sees the platform refuse one
 * member's result as not gradable, and sends it again once the cause is cleared. Every page passes
 * {@link PageChecks} and leaves its screenshots.
 */
@DisplayName("Leading the group in Chromium: the members and review queue, the leader's log, credit and the gradebook")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadingTheGroupInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activity: the database outlives a run, the walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String LINK = "395-" + RUN;

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("294-" + RUN, "BAL-LEAD", "Balint group for primary care",
                List.of(ResourceLink.of(LINK, "Balint group: Thursday evenings", "Led through by the browser tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("the leader decides from the review queue, keeps their log, and sends a refused result to the gradebook again")
    void leadTheGroup() {
        openLaunchPage();
        launch("Launch as leader");
        awaitTool("Set up this Balint group");
        fill("first_date", LocalDate.now().plusDays(21).toString());
        fill("first_time", "19:00");
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Zurich");
        type("video_link", "https://meet.example.org/balint-thursday");
        submit();
        awaitTool("The group is set up");

        // Sam reports an unusually stressful period: screening refers him to faculty review.
        launch("Launch as member");
        awaitTool("Register for Balint group: Thursday evenings");
        register(true);
        awaitTool("Referred to faculty review");

        // Lena registers and is accepted.
        launchAs("1003");
        awaitTool("Register for Balint group: Thursday evenings");
        register(false);
        awaitTool("Accepted.");

        // The leader's Members page: the review queue first.
        launch("Launch as leader");
        awaitTool("Balint group: Thursday evenings");
        openPage("Members");
        awaitTool("Waiting for faculty review (1)");
        assertThat(text()).contains("Sam Rivera", "reported an unusually stressful period", "Lena Novak",
                "Roster sync with the course");
        pages.check("leader-members");

        WebElement queued = pages.find(By.cssSelector("div.entry[data-registrant]"));
        queued.findElement(By.cssSelector("input[type=radio][value=defer]")).sendKeys(Keys.SPACE);
        queued.findElement(By.cssSelector("button[type=submit]")).click();
        awaitTool("deferral-reason-missing");
        WebElement reason = pages.find(By.id("f-reason-1"));
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(reason.getAttribute("aria-describedby")).contains("e-reason-1");
        assertThat(pages.find(By.id("e-reason-1")).isDisplayed()).isTrue();
        pages.check("leader-members-error");

        queued = pages.find(By.cssSelector("div.entry[data-registrant]"));
        queued.findElement(By.cssSelector("input[type=radio][value=accept]")).sendKeys(Keys.SPACE);
        queued.findElement(By.cssSelector("button[type=submit]")).click();
        awaitTool("Sam Rivera is accepted into the group.");
        assertThat(text()).contains("Waiting for faculty review (0)", "Nobody is waiting for a decision.");

        // The leader's own log: an intensive that has not ended yet is refused beside its date.
        openPage("My leader log");
        awaitTool("Progress on the credentialing pathway");
        assertThat(text()).contains("Only you see this log.", "0 of 24 months leading or co-leading a group; 24 to go");
        pages.check("leader-log");
        type("intensive_name", "Leadership intensive, Oxford");
        fill("intensive_first_day", LocalDate.now().toString());
        fill("intensive_last_day", LocalDate.now().plusDays(2).toString());
        pages.find(By.cssSelector("form[action$='lti/log/intensive'] button[type=submit]")).click();
        awaitTool("date-in-future");
        assertThat(pages.find(By.id("f-intensive_last_day")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("leader-log-error");
        fill("intensive_first_day", LocalDate.now().minusDays(60).toString());
        fill("intensive_last_day", LocalDate.now().minusDays(58).toString());
        pages.find(By.cssSelector("form[action$='lti/log/intensive'] button[type=submit]")).click();
        awaitTool("Logged: the intensive");
        assertThat(text()).contains("1 of 3 intensives; 2 to go", "My entries (1)");

        // Credit: the gradebook refuses Lena's result for good (she is excluded from grading), then takes it.
        platform.gradebook().excludeFromGrading("1003");
        openPage("Credit");
        awaitTool("Record credit decisions");
        pages.find(By.xpath("//button[normalize-space(.)='Record credit decisions']")).click();
        awaitTool("changed results go to the gradebook");
        awaitCredit("Lena Novak", "failed");
        awaitCredit("Sam Rivera", "delivered");
        assertThat(row("Lena Novak").getText()).contains("Not gradable", "user-not-gradable");
        assertThat(row("Sam Rivera").getText()).contains("Sent");
        pages.check("leader-credit");

        platform.gradebook().includeInGrading("1003");
        row("Lena Novak").findElement(By.xpath(".//button[normalize-space(.)='Send again']")).click();
        awaitTool("The result is sent to the gradebook again.");
        awaitCredit("Lena Novak", "delivered");

        // The JSON API answers the same, from the same services, with the page's session.
        String session = pages.find(By.cssSelector("input[name=launch_session]")).getAttribute("value");
        String csrf = pages.find(By.cssSelector("input[name=csrf]")).getAttribute("value");
        String group = field(api("GET", "/api/v1/me", session, null, "").body(), "group");
        String base = "/api/v1/groups/" + group;
        HttpResponse<String> roster = api("GET", base + "/roster", session, null, "");
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertThat(roster.body()).contains("\"reviewQueue\":[]", "\"name\":\"Sam Rivera\"", "\"standing\":\"accepted\"",
                "\"stressfulPeriodReported\":true", "\"lastSync\":{");
        HttpResponse<String> noReason = api("POST", base + "/registrations/decisions", session, csrf,
                "{\"registrant\":\"nobody\",\"decision\":\"defer\"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"code\":\"deferral-reason-missing\"");
        HttpResponse<String> withoutToken = api("POST", base + "/leader-log/entries", session, null,
                "{\"kind\":\"intensive\",\"name\":\"Balint weekend\",\"firstDay\":\"2020-05-01\"}");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> logged = api("POST", base + "/leader-log/entries", session, csrf,
                "{\"kind\":\"intensive\",\"name\":\"Balint weekend\",\"firstDay\":\"2020-05-01\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(logged.body()).contains("\"summary\":\"Logged: the intensive", "2 of 3 intensives; 1 to go");
        assertThat(api("GET", base + "/leader-log", session, null, "").body())
                .contains("Leadership intensive, Oxford", "Balint weekend");
        HttpResponse<String> credit = api("GET", base + "/credit", session, null, "");
        assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
        assertThat(credit.body()).contains("\"status\":\"sent\"").doesNotContain("\"status\":\"not-gradable\"");
    }

    private static HttpResponse<String> api(String method, String path, String session, String csrf, String body) {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json", "Authorization", "Bearer " + session));
        if (csrf != null) {
            headers.add("X-CSRF-Token");
            headers.add(csrf);
        }
        try {
            Browser http = new Browser();
            URI address = ToolOnLiberty.node1().resolve(path);
            return "GET".equals(method) ? http.get(address, headers.toArray(String[]::new))
                    : http.send(address, method, "application/json", body, headers.toArray(String[]::new));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("The API call " + method + " " + path + " failed", e);
        }
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(field.find()).as(name + " in " + json).isTrue();
        return field.group(1);
    }

    /** Waits until the credit page shows {@code status} for {@code member}, opening the page again meanwhile. */
    private void awaitCredit(String member, String status) {
        String[] last = {"nothing yet"};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1))
                    .ignoring(WebDriverException.class).until(d -> {
                        WebElement row = row(member);
                        last[0] = row.getAttribute("outerHTML");
                        if (!row.findElements(By.cssSelector("[data-sync='" + status + "']")).isEmpty()) {
                            return true;
                        }
                        openPage("Credit");
                        return false;
                    });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError(member + "'s result did not reach " + status + "; last " + last[0], timeout);
        }
    }

    private WebElement row(String member) {
        return pages.find(By.xpath("//tr[td[normalize-space(.)='" + member + "']]"));
    }

    private void register(boolean stressful) {
        type("detail", "family medicine");
        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        if (stressful) {
            pages.find(By.id("f-stressful")).sendKeys(Keys.SPACE);
        }
        submit();
    }

    /** Presses the navigation's button for page {@code label}. */
    private void openPage(String label) {
        pages.find(By.xpath("//nav[@aria-label='Group pages']//button[normalize-space(.)='" + label + "']")).click();
    }

    private void submit() {
        pages.find(By.cssSelector("main form button[type=submit], form button[type=submit]")).click();
    }

    private String text() {
        return pages.find(By.tagName("body")).getText();
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    private void launch(String button) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(LINK);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
    }

    private void launchAs(String person) {
        driver.switchTo().defaultContent();
        if (!driver.findElement(By.id("person")).isDisplayed()) {
            driver.findElement(By.tagName("summary")).click();
        }
        new Select(driver.findElement(By.id("person"))).selectByValue(person);
        launch("Launch as the chosen person");
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
