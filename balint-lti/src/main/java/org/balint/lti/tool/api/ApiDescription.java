package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI description of the tool's JSON API (served at {@code /openapi}): its title, the two
 * security schemes (the launch session as a bearer token, the CSRF token header) and the refusals every
 * endpoint may answer with.
 */
@OpenAPIDefinition(
        info = @Info(title = "Balint LTI tool API", version = "1",
                description = "The JSON API behind the pages of the Balint tool in the LMS. Every call sends the "
                        + "launch session as 'Authorization: Bearer <session>'; calls that change something also send "
                        + "the session's CSRF token as 'X-CSRF-Token'. Refusals are JSON problems {code, message}: 401 "
                        + "without a session in force (open the activity from your course again), 403 for a missing "
                        + "CSRF token or a role that does not allow the call, 404 for a group or member outside your "
                        + "reach. Members see only their own records, faculty their group, administrators their "
                        + "platform's groups; nothing crosses deployments or platforms. No case narratives or "
                        + "patient details are ever part of it.",
                license = @License(name = "Apache-2.0")),
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = ApiDescription.SESSION, type = SecuritySchemeType.HTTP,
                            scheme = "bearer", bearerFormat = "launch session",
                            description = "The launch session the pages of a launch carry."),
                    @SecurityScheme(securitySchemeName = ApiDescription.CSRF, type = SecuritySchemeType.APIKEY,
                            in = SecuritySchemeIn.HEADER, apiKeyName = ApiGate.CSRF_HEADER,
                            description = "The session's CSRF token, required on POST, PUT, PATCH and DELETE.")
                },
                responses = {
                    @APIResponse(name = ApiDescription.UNAUTHORIZED, responseCode = "401",
                            description = "No launch session in force: open the activity from your course again.",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = ApiProblem.class))),
                    @APIResponse(name = ApiDescription.FORBIDDEN, responseCode = "403",
                            description = "The CSRF token is missing or wrong, or your role does not allow this call.",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = ApiProblem.class))),
                    @APIResponse(name = ApiDescription.NOT_FOUND, responseCode = "404",
                            description = "No such group or member within your reach.",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = ApiProblem.class))),
                    @APIResponse(name = ApiDescription.BAD_REQUEST, responseCode = "400",
                            description = "A parameter is invalid; the message says which and how to fix it.",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = ApiProblem.class)))
                }))
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

    private ApiDescription() {
    }
}
