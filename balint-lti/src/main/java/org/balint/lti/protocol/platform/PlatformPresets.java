package org.balint.lti.protocol.platform;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * Registrations that follow the endpoint conventions of Moodle and Canvas, so an administrator only
 * has to supply what the platform shows them (site URL or environment, client_id, deployment ids).
 */
public final class PlatformPresets {

    private PlatformPresets() {
    }

    /**
     * A Moodle site (Moodle 3.7 and later, checked against 4.5). The issuer is the site URL exactly,
     * without a trailing slash; the endpoints are {@code /mod/lti/auth.php}, {@code /mod/lti/token.php}
     * and {@code /mod/lti/certs.php} under it.
     *
     * @param siteUrl       the Moodle site URL, e.g. {@code https://moodle.example.edu} or one in a sub-path
     * @param clientId      the client_id Moodle shows in the tool's configuration details
     * @param deploymentIds the deployment ids (Moodle: the tool type id, e.g. {@code 1})
     */
    public static PlatformRegistration moodle(URI siteUrl, String clientId, Set<String> deploymentIds) {
        String site = withoutTrailingSlash(siteUrl);
        return new PlatformRegistration(site, clientId,
                URI.create(site + "/mod/lti/auth.php"),
                URI.create(site + "/mod/lti/token.php"),
                URI.create(site + "/mod/lti/certs.php"),
                deploymentIds);
    }

    /**
     * An Instructure-hosted Canvas account in one environment. The client_id is the developer key id;
     * the deployment id is shown in the app's settings (e.g. {@code 12:8865aa…}).
     */
    public static PlatformRegistration canvas(CanvasEnvironment environment, String clientId,
            Set<String> deploymentIds) {
        Objects.requireNonNull(environment, "environment");
        return new PlatformRegistration(environment.issuer(), clientId,
                environment.authorizationEndpoint(), environment.tokenEndpoint(), environment.jwksUri(),
                deploymentIds);
    }

    /**
     * A self-hosted Canvas. Its issuer is whatever the instance is configured with ({@code lti_iss},
     * by default {@code https://canvas.instructure.com}); its endpoints live on the instance itself:
     * {@code /api/lti/authorize_redirect}, {@code /login/oauth2/token}, {@code /api/lti/security/jwks}.
     */
    public static PlatformRegistration canvasSelfHosted(String issuer, URI canvasUrl, String clientId,
            Set<String> deploymentIds) {
        String base = withoutTrailingSlash(canvasUrl);
        return new PlatformRegistration(issuer, clientId,
                URI.create(base + "/api/lti/authorize_redirect"),
                URI.create(base + "/login/oauth2/token"),
                URI.create(base + "/api/lti/security/jwks"),
                deploymentIds);
    }

    private static String withoutTrailingSlash(URI url) {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("Expected an absolute URL with a host: " + url);
        }
        if (url.getQuery() != null || url.getFragment() != null) {
            throw new IllegalArgumentException("A site URL has no query or fragment: " + url);
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
