package it.org.balint.lti;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Where the nodes of the tool run during the integration tests, and waiting until one is ready. */
final class ToolOnLiberty {

    private ToolOnLiberty() {
    }

    /** The base URL (scheme, host, port) of the node Arquillian deployed the tool on at {@code deployed}. */
    static URI base(URL deployed) {
        return URI.create(deployed.getProtocol() + "://" + deployed.getHost() + ":" + deployed.getPort());
    }

    /**
     * The base URL of node 1, where the test classes that target only it have the tool deployed: known
     * before the deployment, so parameter sources can name the tool's addresses.
     */
    static URI node1() {
        return URI.create("http://localhost:" + required("balint.it.node1.port"));
    }

    /**
     * The admin token node 1 runs with ({@code balint.admin.token}, the build's {@code balint.it.admin.token}):
     * the bearer token of the admin API and the sign-in of the tool operator's page at {@code /admin}.
     */
    static String adminToken() {
        return required("balint.it.admin.token");
    }

    /** The port the build reserved for the dev platform; every node trusts the platform there. */
    static int platformPort() {
        return Integer.parseInt(required("balint.it.platform.port"));
    }

    /** Waits until the node's readiness check answers UP. */
    static void awaitReady(URI base) throws Exception {
        Browser browser = new Browser();
        URI ready = base.resolve("/health/ready");
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
        throw new AssertionError("The tool at " + base + " did not become ready: " + last);
    }

    /** A system property the build sets for the integration tests. */
    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + property
                    + " is not set; run the integration tests through Maven (mvn verify).");
        }
        return value;
    }
}
