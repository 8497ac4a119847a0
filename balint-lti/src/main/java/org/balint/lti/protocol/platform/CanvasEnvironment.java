package org.balint.lti.protocol.platform;

import java.net.URI;

/**
 * The Instructure-hosted Canvas environments. Every account in an environment shares its issuer; the
 * OIDC authentication and JWKS endpoints live on the environment's {@code sso} host.
 */
public enum CanvasEnvironment {
    /** Production: issuer {@code https://canvas.instructure.com}, host {@code sso.canvaslms.com}. */
    PRODUCTION("https://canvas.instructure.com", "https://sso.canvaslms.com"),
    /** Beta: issuer {@code https://canvas.beta.instructure.com}, host {@code sso.beta.canvaslms.com}. */
    BETA("https://canvas.beta.instructure.com", "https://sso.beta.canvaslms.com"),
    /** Test: issuer {@code https://canvas.test.instructure.com}, host {@code sso.test.canvaslms.com}. */
    TEST("https://canvas.test.instructure.com", "https://sso.test.canvaslms.com");

    private final String issuer;
    private final String ssoBase;

    CanvasEnvironment(String issuer, String ssoBase) {
        this.issuer = issuer;
        this.ssoBase = ssoBase;
    }

    /** The issuer every account in this environment puts in {@code iss}. */
    public String issuer() {
        return issuer;
    }

    /** The OIDC authentication endpoint ({@code /api/lti/authorize_redirect} on the sso host). */
    public URI authorizationEndpoint() {
        return URI.create(ssoBase + "/api/lti/authorize_redirect");
    }

    /** The platform JWKS ({@code /api/lti/security/jwks} on the sso host). */
    public URI jwksUri() {
        return URI.create(ssoBase + "/api/lti/security/jwks");
    }

    /** The OAuth 2 token endpoint ({@code /login/oauth2/token} on the sso host). */
    public URI tokenEndpoint() {
        return URI.create(ssoBase + "/login/oauth2/token");
    }

    /** The origin that platform-storage postMessages go to. */
    public URI platformStorageOrigin() {
        return URI.create(ssoBase);
    }
}
