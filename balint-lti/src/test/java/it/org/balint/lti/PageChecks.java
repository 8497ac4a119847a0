package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page of the tool must do in the browser, checked on the tool's page in the platform's
 * frame: pass the axe-core scan, log no console error, be usable with the keyboard alone (Tab reaches
 * every control in order, each shows where the focus is, each has a label), and fit 360 px wide
 * without horizontal scrolling. Also saves the page's screenshots at desktop width and at 360 px.
 */
final class PageChecks {

    /** The narrow width the pages must fit (a small phone). */
    static final int NARROW = 360;

    /** The frame the platform opens the tool in. */
    static final String FRAME = "tool-frame";

    /** Declares {@code f}, the frame's element in the platform's page. */
    private static final String FRAME_ELEMENT = "const f = document.querySelector('iframe[name=\"" + FRAME + "\"]');";

    /** The frame's style properties the screenshots change. */
    private static final String LAID_OVER = "['position', 'top', 'left', 'width', 'height', 'min-height', 'margin', 'border',"
            + " 'border-radius', 'z-index']";

    /** Marks the page's controls in document order and answers their descriptions. */
    private static final String MARK_CONTROLS = """
            const controls = Array.from(document.querySelectorAll(
                'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])'))
                .filter(e => !e.disabled && e.getClientRects().length > 0);
            controls.forEach((e, i) => e.setAttribute('data-tab-check', String(i)));
            return controls.map(e => e.tagName.toLowerCase() + (e.id && e.type !== 'radio' ? '#' + e.id : '')
                + (e.name ? '[name=' + e.name + ']' : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
            """;

    /** The focused control: its mark, and whether its focus indicator is visible. */
    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || e === document.body || !document.hasFocus()) { return {mark: null}; }
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            return {mark: e.getAttribute('data-tab-check'), visible: outline || shadow,
                focusVisible: e.matches(':focus-visible'), outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor};
            """;

    /** Form controls without an associated, non-empty label. */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea'))
                .filter(e => !(e.labels && Array.from(e.labels).some(l => l.textContent.trim().length > 0))
                    && !e.getAttribute('aria-labelledby') && !e.getAttribute('aria-label'))
                .map(e => e.outerHTML.slice(0, 120));
            """;

    private final Chromium browser;
    private final ChromeDriver driver;
    private final Path screenshots;
    private final List<String> failures = new ArrayList<>();

    PageChecks(Chromium browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.screenshots = screenshotFolder();
    }

    /**
     * Where screenshots go: {@code balint.screenshots}, relative to the repository root when not
     * absolute ({@code -Dbalint.screenshots=docs/screenshots} regenerates the documentation's).
     */
    static Path screenshotFolder() {
        Path folder = Path.of(ToolOnLiberty.required("balint.screenshots"));
        if (!folder.isAbsolute()) {
            folder = Path.of(ToolOnLiberty.required("balint.repository.root")).resolve(folder);
        }
        return folder.normalize();
    }

    /**
     * Every check on the tool's page now in the frame, and its screenshots named {@code name}. A failing
     * check is kept, the others still run, and {@link #requireAllPassed()} reports them all.
     */
    void check(String name) {
        intoFrame();
        attempt(() -> AxeScan.requireNoSeriousViolations(driver, name));
        attempt(() -> assertThat((List<?>) js(UNLABELLED)).as("form controls without a label on %s", name).isEmpty());
        attempt(() -> keyboardReachesEveryControl(name));
        attempt(() -> screenshots(name));
        attempt(() -> {
            intoFrame();
            String address = (String) js("return location.href;");
            assertThat(browser.consoleErrors()).as("console errors on %s", name)
                    .filteredOn(error -> !error.startsWith(address + " - Failed to load resource: the server responded with a status of"))
                    .isEmpty();
        });
        intoFrame();
    }

    /** Fails with every failed check of the pages so far. */
    void requireAllPassed() {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " check(s) of the pages failed:\n\n" + String.join("\n\n", failures));
        }
    }

    private void attempt(Runnable check) {
        try {
            check.run();
        } catch (AssertionError failed) {
            failures.add(failed.getMessage());
        }
    }

    /** Switches into the tool's frame. */
    void intoFrame() {
        driver.switchTo().defaultContent();
        driver.switchTo().frame(FRAME);
    }

    /**
     * Tabs through the page from its start: focus must reach every control, in document order, each
     * with a visible focus indicator.
     */
    void keyboardReachesEveryControl(String name) {
        intoFrame();
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) js(MARK_CONTROLS);
        // The radio buttons of one group are one Tab stop (the arrow keys move between them), and they are
        // described alike, so consecutive equal descriptions count once.
        List<String> stops = new ArrayList<>();
        for (String control : controls) {
            if (stops.isEmpty() || !stops.get(stops.size() - 1).equals(control)) {
                stops.add(control);
            }
        }
        startOfFrame();
        List<String> reached = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        for (int press = 0; press < 4 * controls.size() + 3 && reached.size() < stops.size(); press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) js(FOCUSED);
            Object mark = focused.get("mark");
            if (mark == null) {
                break;
            }
            String control = controls.get(Integer.parseInt((String) mark));
            if (!reached.isEmpty() && reached.get(reached.size() - 1).equals(control)) {
                continue; // a date or time field has a stop for each of its parts
            }
            reached.add(control);
            if (!Boolean.TRUE.equals(focused.get("visible"))) {
                invisible.add(control + " (outline " + focused.get("outline") + ")");
            }
        }
        assertThat(reached).as("the controls Tab reaches on %s, in order", name).containsExactlyElementsOf(stops);
        assertThat(invisible).as("controls on %s that show no focus indicator when reached by Tab", name).isEmpty();
    }

    /** Puts the keyboard focus at the start of the tool's frame, so the next Tab reaches its first control. */
    void startOfFrame() {
        driver.switchTo().defaultContent();
        js("const f = document.querySelector('iframe[name=\"" + FRAME + "\"]'); f.scrollIntoView(); f.focus();");
        intoFrame();
        // focusing the body also moves the point the next Tab starts from (a blur would leave it in place)
        js("if (document.activeElement) { document.activeElement.blur(); }"
                + "const b = document.body; b.setAttribute('tabindex', '-1'); b.focus(); b.removeAttribute('tabindex');");
    }

    /** Presses Tab until {@code element} has the focus; fails when it is not reached in {@code limit} presses. */
    void tabTo(WebElement element, int limit) {
        startOfFrame();
        for (int press = 0; press < limit; press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (element.equals(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + element + " in " + limit + " presses");
    }

    /**
     * Saves the tool's page at desktop width and at 360 px (the frame laid over the whole window, as
     * high as its page), and requires that the page does not scroll sideways at 360 px.
     */
    void screenshots(String name) {
        try {
            Files.createDirectories(screenshots);
            shoot(name + "-desktop.png", Chromium.DESKTOP.getWidth(), false);
            shoot(name + "-360.png", NARROW, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.switchTo().defaultContent();
            js(FRAME_ELEMENT + "for (const p of " + LAID_OVER + ") { f.style.removeProperty(p); }"
                    + "document.documentElement.style.removeProperty('overflow'); window.scrollTo(0, 0);");
        }
    }

    private void shoot(String file, int width, boolean mobile) throws IOException {
        metrics(width, Chromium.DESKTOP.getHeight(), mobile);
        driver.switchTo().defaultContent();
        // through the CSS object model: the platform's Content-Security-Policy refuses style attributes
        js(FRAME_ELEMENT + "document.documentElement.style.overflow = 'hidden'; window.scrollTo(0, 0);"
                + "Object.assign(f.style, {position: 'fixed', top: '0', left: '0', width: '" + width + "px', height: '"
                + Chromium.DESKTOP.getHeight() + "px', minHeight: '0', margin: '0', border: '0', borderRadius: '0',"
                + " zIndex: '2147483647'});");
        intoFrame();
        js("if (document.activeElement) { document.activeElement.blur(); } window.scrollTo(0, 0);");
        long height = ((Number) js("return Math.ceil(document.body.getBoundingClientRect().bottom"
                + " + parseFloat(getComputedStyle(document.body).marginBottom));")).longValue();
        if (mobile) {
            Map<?, ?> widths = (Map<?, ?>) js("return {scroll: document.documentElement.scrollWidth,"
                    + " client: document.documentElement.clientWidth};");
            assertThat(((Number) widths.get("scroll")).longValue()).as("the page width at %d px, %s", width, file)
                    .isLessThanOrEqualTo(((Number) widths.get("client")).longValue());
        }
        int shown = (int) Math.min(Math.max(height, 200), 4000);
        driver.switchTo().defaultContent();
        js(FRAME_ELEMENT + "f.style.height = '" + shown + "px';");
        metrics(width, shown, mobile);
        Files.write(screenshots.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
    }

    private void metrics(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The first element matching {@code by} in the tool's frame. */
    WebElement find(By by) {
        intoFrame();
        return driver.findElement(by);
    }

    /** Opens the dev platform's page (its launch buttons) on the tool's host name, so the tool's cookies reach the frame. */
    void openLaunchPage(org.balint.devplatform.DevPlatform platform) {
        java.net.URI home = platform.homePage();
        driver.get("http://" + ToolOnLiberty.node1().getHost() + ":" + home.getPort() + "/");
    }

    /** Waits until the tool's frame shows {@code text}, and stays in the frame. */
    void awaitTool(String text) {
        String[] last = {"nothing yet"};
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                        intoFrame();
                        last[0] = d.findElement(By.tagName("body")).getText();
                        return last[0].contains(text);
                    });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("The tool's frame did not show \"" + text + "\"; it last showed " + last[0], timeout);
        }
    }

    /** Replaces the text of the form field {@code name} by typing. */
    void type(String name, String text) {
        WebElement field = find(By.id("f-" + name));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or time field, whose typed form depends on the browser's locale. */
    void fill(String name, String value) {
        WebElement field = find(By.id("f-" + name));
        driver.executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
