package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.balint.devplatform.DevPlatform;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Launches in a real browser: headless Chromium opens the dev platform's launch page, presses a launch
 * button, and the tool opens in the page's frame, once with its login cookie and once with the
 * cookie withheld by the browser (the platform's "simulate blocked third-party cookies" switch), when
 * the launch must go through LTI platform storage. Needs Debian's {@code chromium} and
 * {@code chromium-driver} packages.
 */
@DisplayName("Launching the tool in Chromium from the dev platform's page")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchingInChromiumIT {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static DevPlatform platform;

    private Path profile;
    private WebDriver driver;

    @BeforeAll
    static void startPlatform() throws Exception {
        assertThat(CHROMIUM).as("Chromium (Debian package chromium) runs these tests").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (Debian package chromium-driver) runs these tests").isExecutable();
        platform = DevPlatform.start(PlatformForTests.config(ToolOnLiberty.node1()));
        ToolOnLiberty.awaitReady(ToolOnLiberty.node1());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("balint-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The platform's launch page on the tool's host name, as the README says to open it. */
    private void openLaunchPage() {
        URI home = platform.homePage();
        driver.get("http://" + ToolOnLiberty.node1().getHost() + ":" + home.getPort() + "/");
    }

    private void chooseOption(String name) {
        driver.findElement(By.tagName("summary")).click();
        driver.findElement(By.name(name)).click();
    }

    private void press(String label) {
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + label + "')]")).click();
    }

    /** What the tool's frame shows once it has greeted or refused, and the path (or address) of that page. */
    private record Shown(String text, String path) {
    }

    private Shown toolFrame() {
        Shown[] last = {new Shown("nothing yet", "")};
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
                d.switchTo().defaultContent();
                d.switchTo().frame("tool-frame");
                String text = d.findElement(By.tagName("body")).getText();
                String path = (String) ((JavascriptExecutor) d).executeScript("return window.location.href;");
                last[0] = new Shown(text, path);
                return text.contains("Set up this Balint group") || text.contains("has not set up") || text.contains("Reason:") ? new Shown(text, URI.create(path).getPath())
                        : null;
            });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("The tool's frame did not greet or refuse; it last showed " + last[0], timeout);
        }
    }

    @Test
    @DisplayName("with cookies working, the leader button ends on the welcome, straight from the launch")
    void withCookies() {
        openLaunchPage();

        press("Launch as leader");

        Shown shown = toolFrame();
        assertThat(shown.text()).contains("Set up this Balint group");
        assertThat(shown.path()).isEqualTo("/lti/launch");
    }

    @Test
    @DisplayName("with the tool's cookie blocked, the member button ends on the welcome through platform storage")
    void withCookiesBlocked() {
        openLaunchPage();
        chooseOption("block_cookies");

        press("Launch as member");

        Shown shown = toolFrame();
        assertThat(shown.text()).contains("Your leader has not set up this group yet");
        assertThat(shown.path()).isEqualTo("/lti/launch/platform-storage");
    }

    @Test
    @DisplayName("with the cookie blocked and no platform storage offered, the launch is refused for want of the binding")
    void withCookiesBlockedAndNoStorage() {
        openLaunchPage();
        chooseOption("block_cookies");
        driver.findElement(By.name("no_storage")).click();

        press("Launch as member");

        Shown shown = toolFrame();
        assertThat(shown.text()).contains("browser-binding-missing").doesNotContain("Set up this Balint group", "has not set up");
        assertThat(shown.path()).isEqualTo("/lti/launch");
    }
}
