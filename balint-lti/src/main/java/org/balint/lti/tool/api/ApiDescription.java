package org.balint.lti.tool.api;

/**
 * The names the OpenAPI description of the JSON API (served at {@code /openapi}) shares between the
 * endpoints' annotations and its base document, {@code META-INF/openapi.yaml} of the web application:
 * the title, the two security schemes (the launch session as a bearer token, the CSRF token header) and
 * the refusals every endpoint may answer with are declared there once, and the annotations refer to them.
 */
public final class ApiDescription {

    /** The security scheme of the launch session. */
    public static final String SESSION = "launchSession";
    /** The security scheme of the CSRF token. */
    public static final String CSRF = "csrfToken";
    /** The shared 401 response. */
    public static final String UNAUTHORIZED = "Unauthorized";
    /** The shared 403 response. */
    public static final String FORBIDDEN = "Forbidden";
    /** The shared 404 response. */
    public static final String NOT_FOUND = "NotFound";
    /** The shared 400 response. */
    public static final String BAD_REQUEST = "BadRequest";
    /** The shared 409 response. */
    public static final String CONFLICT = "Conflict";

    private ApiDescription() {
    }
}
