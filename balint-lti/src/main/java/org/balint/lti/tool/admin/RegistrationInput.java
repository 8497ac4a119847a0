package org.balint.lti.tool.admin;

import java.util.List;

/**
 * The JSON body that creates or replaces a platform registration. Which fields apply depends on
 * {@code preset}:
 *
 * <ul>
 * <li>absent or {@code custom}: {@code issuer}, {@code clientId}, {@code authorizationUrl},
 *     {@code tokenUrl}, {@code jwksUrl}, {@code deploymentIds};</li>
 * <li>{@code moodle}: {@code siteUrl}, {@code clientId}, {@code deploymentIds};</li>
 * <li>{@code canvas}: {@code environment} ({@code production}, {@code beta} or {@code test}),
 *     {@code clientId}, {@code deploymentIds};</li>
 * <li>{@code canvas-self-hosted}: {@code siteUrl}, {@code clientId}, {@code deploymentIds} and
 *     optionally {@code issuer} (default {@code https://canvas.instructure.com}).</li>
 * </ul>
 *
 * <p>{@code label}, {@code tokenAudience} and {@code version} (the version read, for a replacement)
 * are optional everywhere. Fields are public and may be {@code null}: this is the raw JSON, which
 * {@link RegistrationForm} checks before anything else sees it.
 */
public class RegistrationInput {
    /** {@code custom}, {@code moodle}, {@code canvas} or {@code canvas-self-hosted}. */
    public String preset;
    /** The Moodle site URL, or the self-hosted Canvas URL. */
    public String siteUrl;
    /** The Instructure-hosted Canvas environment. */
    public String environment;
    /** The platform's issuer. */
    public String issuer;
    /** The client_id the platform gave the tool. */
    public String clientId;
    /** The platform's OIDC authorization endpoint. */
    public String authorizationUrl;
    /** The platform's OAuth 2 token endpoint. */
    public String tokenUrl;
    /** The platform's key set URL. */
    public String jwksUrl;
    /** The aud for client assertions, when the platform wants one other than the token URL. */
    public String tokenAudience;
    /** A name for people. */
    public String label;
    /** The deployment ids accepted. */
    public List<String> deploymentIds;
    /** The version read, for a replacement (alternative to {@code If-Match}). */
    public Long version;
}
