package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case-presentation rotation in headless Chromium, launched from the dev platform: the leader sets a
 * group up and three members register; the leader sees the proposal with the "everyone presents"
 * guarantee, publishes it, assigns a volunteer, swaps two turns (and sees a swap of a turn with itself
 * refused inline), publishes again; a member asks to swap on their "When I present" page; a fourth member
 * joins, the guarantee shows her without a turn, the leader accepts the member's swap, re-plans and
 * publishes with everyone presenting. Every page passes the checks of {@link PageChecks}.
 */
@DisplayName("Planning the rotation in Chromium: leader and members, accessible, keyboard-usable, 360 px wide")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningTheRotationInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activity: the database outlives a run, the walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String LINK = "392-" + RUN;

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("291-" + RUN, "BAL-ROT", "Balint group for rotation planning",
                List.of(ResourceLink.of(LINK, "Balint group: Thursday evenings", "Planned by the browser tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("the leader publishes, assigns a volunteer, swaps, answers a member's swap request and re-plans after a member joins")
    void planningTheRotation() {
        openLaunchPage();
        launchAs("1001");
        awaitTool("Set up this Balint group");
        fill("first_date", LocalDate.now().plusDays(21).toString());
        fill("first_time", "19:00");
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Berlin");
        type("video_link", "https://meet.example.org/balint-thursday");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("The group is set up");

        register("1002");
        register("1003");
        register("1004");

        // The leader's first proposal: nothing published, everyone presents.
        launchAs("1001");
        openPage("Rotation", "Case-presentation rotation");
        assertThat(text()).contains("Proposal, not published yet", "Met.", "Sam Rivera", "Lena Novak", "Tomás Álvarez");
        pages.check("leader-rotation-proposal");
        press("Publish this plan");
        awaitTool("The rotation is published");
        assertThat(text()).contains("Published plan", "Met.");
        pages.check("leader-rotation-published");

        // A volunteer and a swap, then a swap of a turn with itself, refused beside the form.
        new Select(pages.find(By.id("f-member"))).selectByVisibleText("Tomás Álvarez");
        new Select(pages.find(By.id("f-session"))).selectByValue("1");
        press("Assign volunteer");
        awaitTool("presents in session 1 in the proposal below");
        press("Swap turns");
        awaitTool("in the proposal below. Publish it to tell the group.");
        assertThat(text()).contains("Proposal, not published yet", "changed");
        pages.check("leader-rotation-changes");

        Select first = new Select(pages.find(By.id("f-first")));
        String value = first.getFirstSelectedOption().getAttribute("value");
        new Select(pages.find(By.id("f-second"))).selectByValue(value);
        press("Swap turns");
        awaitTool("One thing to correct");
        assertThat(text()).contains("cannot swap a turn with themselves", "same-member");
        pages.check("leader-rotation-refused");
        press("Publish this plan");
        awaitTool("The rotation is published");

        // A member sees their turns and asks to swap one.
        launchAs("1002");
        openPage("When I present", "When you present");
        assertThat(text()).contains("Your turns", "Next:", "Swap with someone");
        pages.check("member-presenting");
        press("Ask the leader to swap");
        awaitTool("is sent to the leader");
        assertThat(text()).contains("waiting for the leader");
        pages.check("member-presenting-requested");

        // A fourth member joins after the publication: the guarantee shows her without a turn.
        register("1005");
        launchAs("1001");
        openPage("Rotation", "Case-presentation rotation");
        assertThat(text()).contains("Not met.", "Grace O'Neill", "member-without-turn", "Sam Rivera asks to present in");
        pages.check("leader-rotation-guarantee");
        press("Accept the swap of Sam Rivera");
        awaitTool("swap request is accepted");
        press("Re-plan from the planner");
        awaitTool("The planner's proposal is below");
        assertThat(text()).contains("Met.", "Grace O'Neill");
        pages.check("leader-rotation-replanned");
        press("Publish this plan");
        awaitTool("The rotation is published");
        assertThat(text()).contains("Met.").doesNotContain("Not met.");
    }

    /** Launches as a learner of the roster and registers for the group. */
    private void register(String person) {
        launchAs(person);
        awaitTool("Register for Balint group: Thursday evenings");
        type("detail", "family medicine");
        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        pages.find(By.cssSelector("form button[type=submit]")).click();
        awaitTool("Accepted.");
    }

    /** Opens a page of the navigation by its button and waits for its heading. */
    private void openPage(String label, String heading) {
        pages.find(By.xpath("//nav//button[normalize-space(.)='" + label + "']")).click();
        awaitTool(heading);
    }

    /** Presses the button labelled {@code label} in the tool's frame. */
    private void press(String label) {
        pages.find(By.xpath("//button[normalize-space(.)=\"" + label + "\"]")).click();
    }

    private String text() {
        pages.intoFrame();
        return driver.findElement(By.tagName("body")).getText();
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    /** Launches the walked activity as {@code person} of the dev platform's roster. */
    private void launchAs(String person) {
        markFrame();
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(LINK);
        WebElement details = driver.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            driver.findElement(By.tagName("summary")).click();
        }
        new Select(driver.findElement(By.id("person"))).selectByValue(person);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), 'Launch as the chosen person')]")).click();
        awaitNewFrame();
    }

    /** Marks the page now in the tool's frame, so that {@link #awaitNewFrame} can tell when another replaced it. */
    private void markFrame() {
        try {
            pages.intoFrame();
            driver.executeScript("window.walkedBefore = true;");
        } catch (WebDriverException noFrameYet) {
            // the platform's page before the first launch has no tool frame to mark
        }
    }

    /** Waits until the tool's frame holds a page loaded after {@link #markFrame}. */
    private void awaitNewFrame() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            pages.intoFrame();
            return Boolean.TRUE.equals(driver.executeScript("return window.walkedBefore === undefined"
                    + " && document.readyState === 'complete' && document.body.innerText.length > 0;"));
        });
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
