package org.balint.lti.tool.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;
import org.balint.lti.tool.config.AdminToken;

/**
 * Lets a request into the admin API only with the configured bearer token: {@code 403
 * admin-api-disabled} when none is configured, {@code 401} with {@code WWW-Authenticate: Bearer} when
 * the token is missing or wrong.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminTokenFilter.class.getName());
    private static final String REALM = "Bearer realm=\"balint-admin\"";

    @Inject
    AdminToken token;

    @Override
    public void filter(ContainerRequestContext request) {
        switch (token.judge(Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
            case ACCEPTED:
                return;
            case DISABLED:
                request.abortWith(AdminResponses.of(AdminAnswer.problem("admin-api-disabled", 403, "The admin API is "
                        + "switched off. To switch it on, set the server variable balint.admin.token to a random value "
                        + "of at least " + AdminToken.MINIMUM_LENGTH + " characters (for example the output of "
                        + "'openssl rand -hex 32'), restart the tool, and send the token as 'Authorization: Bearer "
                        + "<token>'.")).build());
                return;
            case MISSING:
                request.abortWith(AdminResponses.of(AdminAnswer.problem("admin-token-required", 401, "The admin API "
                        + "needs the admin token: send it as 'Authorization: Bearer <token>'."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, REALM).build());
                return;
            default:
                LOG.warning(() -> "Refused an admin API request with a wrong bearer token: " + request.getMethod() + " "
                        + request.getUriInfo().getPath());
                request.abortWith(AdminResponses.of(AdminAnswer.problem("admin-token-invalid", 401, "The bearer token "
                        + "is not the admin token configured as balint.admin.token. Check it and try again."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"invalid_token\"").build());
        }
    }
}
