package it.org.balint.lti;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Where the packaged tool runs during the integration tests, and waiting until it is ready. */
final class ToolOnLiberty {

    private ToolOnLiberty() {
    }

    /** The tool's base URL, at the port the build reserved for the server. */
    static URI base() {
        return URI.create("http://localhost:" + requiredPort("balint.it.http.port"));
    }

    /** The port the build reserved for the dev platform; the server trusts the platform there. */
    static int platformPort() {
        return Integer.parseInt(requiredPort("balint.it.platform.port"));
    }

    /** Waits until the tool's readiness check answers UP (the application may still be starting). */
    static void awaitReady() throws Exception {
        Browser browser = new Browser();
        URI ready = base().resolve("/health/ready");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        String last = "no answer";
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = browser.get(ready);
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The tool at " + base() + " did not become ready: " + last);
    }

    private static String requiredPort(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + property
                    + " is not set; run the integration tests through Maven (mvn verify).");
        }
        return value;
    }
}
