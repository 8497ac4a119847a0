package it.org.balint.lti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility scan of the page (or frame) the driver is in, with axe-core: injects axe's script
 * (installed by the build from the npm registry, {@code target/axe}), runs every rule axe runs by
 * default (WCAG 2.0-2.2 A and AA and best practices) and fails with a readable list when a violation
 * is serious or critical. The script runs through WebDriver, so the page's Content-Security-Policy,
 * which admits no script, does not stop it.
 */
final class AxeScan {

    /** The impacts that fail a page. */
    private static final List<String> FAILING = List.of("serious", "critical");

    private static String source;

    private AxeScan() {
    }

    /** One rule a page breaks. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return "- " + rule + " (" + impact + "): " + help + "\n    " + helpUrl + "\n    at "
                    + String.join("\n       ", targets);
        }
    }

    /** Every violation axe finds in the current page or frame. */
    static List<Violation> scan(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Boolean loaded = (Boolean) js.executeScript("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(loaded)) {
            js.executeScript(axeSource());
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || 'unknown', help: v.help,
                        helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary
                            ? ' - ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))}))))
                    .catch(e => done('axe failed: ' + e));
                """);
        if (answer instanceof String failure) {
            throw new AssertionError(failure);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) answer;
        return found.stream().map(v -> {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) v.get("targets");
            return new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), List.copyOf(targets));
        }).toList();
    }

    /**
     * Scans the current page or frame and fails, naming {@code page}, when a violation is serious or
     * critical; returns the milder ones.
     */
    static List<Violation> requireNoSeriousViolations(WebDriver driver, String page) {
        List<Violation> all = scan(driver);
        List<Violation> failing = all.stream().filter(v -> FAILING.contains(v.impact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core finds " + failing.size() + " serious or critical accessibility "
                    + "violation(s) on " + page + ":\n" + failing.stream().map(Violation::toString)
                            .collect(Collectors.joining("\n")));
        }
        return all;
    }

    private static synchronized String axeSource() {
        if (source == null) {
            Path script = Path.of(ToolOnLiberty.required("balint.it.axe"));
            if (!Files.isReadable(script)) {
                throw new AssertionError("axe-core is not installed at " + script + ": the build installs it with npm "
                        + "(Node.js and npm are needed, Debian packages nodejs and npm)");
            }
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
