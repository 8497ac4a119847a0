package org.balint.devplatform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Every address the platform publishes, in one place. The service endpoints (token, registration,
 * AGS line items, NRPS memberships, deep-linking return) are where the platform side of LTI
 * Advantage lives; launches already name them in their claims and the OpenID configuration.
 *
 * @param base the platform's base URL, {@code http://127.0.0.1:<port>}, without trailing slash
 */
record PlatformUrls(URI base) {

    static final String HOME = "/";
    static final String LAUNCH = "/launch";
    static final String AUTHORIZATION = "/auth";
    static final String JWKS = "/.well-known/jwks.json";
    static final String OPENID_CONFIGURATION = "/.well-known/openid-configuration";
    static final String RETURN = "/return";
    static final String TOKEN = "/token";
    static final String REGISTRATION = "/register";
    static final String REGISTER_TOOL = "/dynamic-registration";
    static final String DEEP_LINKING_RETURN = "/deep-link-return";
    static final String CONTEXTS = "/contexts/";
    static final String RELAY = "/launch/relay";

    PlatformUrls {
        Objects.requireNonNull(base, "base");
    }

    URI home() {
        return at(HOME);
    }

    URI launch() {
        return at(LAUNCH);
    }

    URI authorization() {
        return at(AUTHORIZATION);
    }

    URI jwks() {
        return at(JWKS);
    }

    URI openIdConfiguration() {
        return at(OPENID_CONFIGURATION);
    }

    URI token() {
        return at(TOKEN);
    }

    URI registration() {
        return at(REGISTRATION);
    }

    URI deepLinkingReturn() {
        return at(DEEP_LINKING_RETURN);
    }

    /**
     * The relay that posts an id_token on to the tool from the platform's other loopback host name:
     * {@code localhost} when the tool's address is {@code 127.0.0.1}, {@code 127.0.0.1} otherwise, so
     * the browser sees the launch come from another site than the tool's.
     */
    URI relayBeside(URI toolAddress) {
        String host = "127.0.0.1".equals(toolAddress.getHost()) ? "localhost" : "127.0.0.1";
        return URI.create(base.getScheme() + "://" + host + ":" + base.getPort() + RELAY);
    }

    /** The origins of both relays, for the pages' Content-Security-Policy. */
    String relayOrigins() {
        return base.getScheme() + "://127.0.0.1:" + base.getPort() + " " + base.getScheme() + "://localhost:"
                + base.getPort();
    }

    /** The AGS line-items container of a course. */
    URI lineItems(String courseId) {
        return at(CONTEXTS + segment(courseId) + "/lineitems");
    }

    /** An AGS line item of a course, in Moodle's shape: the container URL, the id, {@code /lineitem}. */
    URI lineItem(String courseId, String lineItemId) {
        return at(CONTEXTS + segment(courseId) + "/lineitems/" + segment(lineItemId) + "/lineitem");
    }

    /** Page that starts LTI Dynamic Registration of a tool. */
    URI registerTool() {
        return at(REGISTER_TOOL);
    }

    /** The NRPS membership container of a course. */
    URI memberships(String courseId) {
        return at(CONTEXTS + segment(courseId) + "/memberships");
    }

    /** Where the tool sends the browser back to, naming the course and activity it came from. */
    URI returnTo(String courseId, Optional<String> resourceLinkId) {
        String query = "?course=" + URLEncoder.encode(courseId, StandardCharsets.UTF_8)
                + resourceLinkId.map(id -> "&resource_link=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).orElse("");
        return at(RETURN + query);
    }

    private URI at(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
