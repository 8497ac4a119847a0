package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Administering Balint in headless Chromium: the dev platform's administrator launches the tool and
 * walks their platform's pages (a deployment id refused inline, then added and removed again; the
 * accreditation statements refused for calling AAFP credit Category 1, then saved; the retention
 * preview and purge), and the tool operator signs in at {@code /admin} with a wrong token, then the
 * right one, and rotates the tool key. Every page passes the same checks as the others (axe-core, no
 * console error, keyboard, 360 px) and leaves its screenshots.
 */
@DisplayName("Administering the tool in Chromium: the LMS administrator's platform pages and the operator's keys")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministeringInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activity: the database outlives a run. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String LINK = "396-" + RUN;
    /** The dev platform's administrator (Roster.seeded). */
    private static final String ADMINISTRATOR = "1008";

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("295-" + RUN, "BAL-ADMIN", "Balint groups of the institution",
                List.of(ResourceLink.of(LINK, "Balint group: administration", "Opened by the administrator's tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("the administrator adds a deployment (a padded id refused inline first), sets the accreditation statements (Category 1 refused first), and previews and runs the purge")
    void platformPages() {
        openLaunchPage();
        driver.findElement(By.tagName("summary")).click();
        new Select(driver.findElement(By.id("person"))).selectByValue(ADMINISTRATOR);
        launch("Launch as the chosen person");
        awaitTool("This Balint placement");

        open("Platform");
        awaitTool("Your platform");
        assertThat(frameText()).contains("balint-dev-tool", "/.well-known/jwks.json", "Current key id",
                "Next scheduled rotation", "you launched through this deployment");
        pages.check("admin-platform");

        String deployment = "295-" + RUN;
        type("deployment_id", " " + deployment + " ");
        submit("Add deployment");
        awaitTool("One thing to correct");
        WebElement field = pages.find(By.id("f-deployment_id"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("e-deployment_id");
        assertThat(pages.find(By.id("e-deployment_id")).getText()).contains("deployment-id-malformed");
        pages.check("admin-platform-error");

        type("deployment_id", deployment);
        submit("Add deployment");
        awaitTool("Deployment " + deployment + " was added");
        submit("Remove deployment " + deployment);
        awaitTool("Deployment " + deployment + " was removed");
        assertThat(frameText()).doesNotContain("Remove deployment " + deployment);

        open("Accreditation");
        awaitTool("Accreditation statements");
        type("provider_name", "Riverside Family Medicine Residency, Office of CME");
        type("statements_aafp_prescribed", "This Live activity is approved for up to 12 AMA PRA Category 1 Credits.");
        submit("Save the statements");
        awaitTool("category-1-label-for-aafp-credit");
        assertThat(pages.find(By.id("f-statements_aafp_prescribed")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("admin-accreditation-error");

        type("statements_aafp_prescribed", "The AAFP has reviewed this activity and deemed it acceptable for AAFP credit."
                + "\n\nThis Live activity is approved for up to 12.00 Live AAFP Prescribed credits.");
        submit("Save the statements");
        awaitTool("Certificates issued from now on carry them");
        assertThat(pages.find(By.id("f-statements_aafp_prescribed")).getAttribute("value"))
                .contains("acceptable for AAFP credit.\n\nThis Live activity");
        pages.check("admin-accreditation");

        open("Retention");
        awaitTool("Retention purge");
        assertThat(frameText()).contains("6 years", "Past retention now", "Certificates");
        pages.check("admin-retention");
        WebElement purge = pages.find(By.xpath("//button[starts-with(normalize-space(.), 'Purge ')]"));
        purge.click();
        awaitTool("The purge ran");
        assertThat(frameText()).contains("nothing was past retention, so nothing was deleted", "Past retention now");
    }

    @Test
    @DisplayName("the tool operator signs in at /admin with a wrong token (401, what to do), then the right one, and rotates the key")
    void operatorRotatesTheKey() {
        openOperatorPage();
        awaitTool("Tool operator");
        pages.check("operator-sign-in");

        type("admin_token", "not-the-admin-token-at-all");
        submit("Sign in");
        awaitTool("That is not the admin token");
        assertThat(pages.find(By.id("f-admin_token")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("operator-sign-in-refused");

        type("admin_token", ToolOnLiberty.adminToken());
        submit("Sign in");
        awaitTool("Tool keys");
        String before = pages.find(By.cssSelector("dd code")).getText();
        assertThat(frameText()).contains("Signs now", "next on", "Rotate now");
        pages.check("operator-keys");

        submit("Rotate now");
        awaitTool("Rotated: key");
        String after = pages.find(By.cssSelector("dd code")).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(frameText()).contains(before, "Retired");
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    /**
     * The operator's page at {@code /admin}, opened in the frame of the platform's page, where the page
     * checks look (the frame is laid over the whole window for the screenshots).
     */
    private void openOperatorPage() {
        openLaunchPage();
        driver.executeScript("document.querySelector('iframe[name=\"" + PageChecks.FRAME + "\"]').src = arguments[0];",
                ToolOnLiberty.node1().resolve("/admin").toString());
    }

    private void launch(String button) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(LINK);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
    }

    /** Opens a group page from the navigation. */
    private void open(String label) {
        pages.find(By.xpath("//nav//button[normalize-space(.)='" + label + "']")).click();
    }

    private void submit(String label) {
        pages.find(By.xpath("//button[normalize-space(.)='" + label + "']")).click();
    }

    private String frameText() {
        pages.intoFrame();
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the tool's frame shows {@code text}, and stays in the frame. */
    private void awaitTool(String text) {
        pages.awaitTool(text);
    }

    private void type(String name, String text) {
        pages.type(name, text);
    }
}
