package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The tool's pages in headless Chromium, launched from the dev platform's page as an LMS would: the
 * leader sets a group up (a wrong field first, corrected from its inline error), a member registers, a
 * co-leader joins; a member finds a group not set up yet; a launch is refused. Every page passes the
 * axe-core scan with no serious or critical violation, logs no console error, can be used with the
 * keyboard alone and fits 360 px; each page's screenshots are saved at desktop width and at 360 px
 * ({@code balint.screenshots}, {@code target/screenshots} unless set).
 */
@DisplayName("The tool's pages in Chromium: accessible, keyboard-usable, 360 px wide")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activities: the database outlives a run, the walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String WALKED = "380-" + RUN;
    private static final String NOT_SET_UP = "381-" + RUN;

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("280-" + RUN, "BAL-HOSP", "Balint group for hospital clinicians",
                List.of(ResourceLink.of(WALKED, "Balint group: Wednesday evenings", "Walked through by the browser tests."),
                        ResourceLink.of(NOT_SET_UP, "Balint group: autumn series", "Never set up by the tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("a leader sets the group up, correcting a wrong field from its inline error; a member registers; a co-leader joins")
    void setUpRegisterJoin() {
        openLaunchPage();
        launch(WALKED, "Launch as leader");
        awaitTool("Set up this Balint group");
        pages.check("leader-set-up");

        fill("first_date", LocalDate.now().plusDays(21).toString());
        fill("first_time", "19:00");
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Zurich");
        type("video_link", "http://meet.example.org/balint-wednesday");
        pages.find(By.cssSelector("button[type=submit]")).click();

        awaitTool("One thing to correct");
        WebElement field = pages.find(By.id("f-video_link"));
        WebElement reason = pages.find(By.id("e-video_link"));
        assertThat(reason.isDisplayed()).isTrue();
        assertThat(reason.getText()).contains("https", "video-link-not-https");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("e-video_link");
        WebElement summaryLink = pages.find(By.cssSelector(".errors a[href='#f-video_link']"));
        pages.tabTo(summaryLink, 3);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the summary's link moves the focus to the field")
                .isEqualTo("f-video_link");
        pages.check("leader-set-up-error");

        type("video_link", "https://meet.example.org/balint-wednesday");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("The group is set up");
        pages.check("leader-home");

        launch(WALKED, "Launch as member");
        awaitTool("Register for Balint group: Wednesday evenings");
        pages.check("member-registration");
        type("detail", "family medicine");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("to correct");
        assertThat(pages.find(By.id("f-discipline")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("member-registration-error");

        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("Accepted.");
        pages.check("member-accepted");

        driver.switchTo().defaultContent();
        driver.findElement(By.tagName("summary")).click();
        new Select(driver.findElement(By.id("person"))).selectByValue("1007");
        driver.findElement(By.name("withhold_name")).click();
        launch(WALKED, "Launch as the chosen person");
        awaitTool("Join the faculty of Balint group: Wednesday evenings");
        pages.check("co-leader-join");
        type("name", "Jonas Weber");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("You have been added to the group's faculty");
        pages.check("co-leader-home");
    }

    @Test
    @DisplayName("a member whose leader has not set the group up yet is told so, and what to do")
    void notSetUpYet() {
        openLaunchPage();
        launch(NOT_SET_UP, "Launch as member");
        awaitTool("Your leader has not set up this group yet");
        pages.check("member-not-set-up");
    }

    @Test
    @DisplayName("a refused launch says why and what to do next")
    void refusedLaunch() {
        openLaunchPage();
        driver.findElement(By.tagName("summary")).click();
        driver.findElement(By.name("block_cookies")).click();
        driver.findElement(By.name("no_storage")).click();
        launch(NOT_SET_UP, "Launch as member");
        awaitTool("browser-binding-missing");
        pages.check("launch-refused");
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    /** Chooses the activity on the platform's page and presses a launch button. */
    private void launch(String resourceLink, String button) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(resourceLink);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
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
