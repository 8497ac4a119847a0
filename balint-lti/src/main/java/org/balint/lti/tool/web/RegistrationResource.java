package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.registration.DynamicRegistrations;
import org.balint.lti.tool.registration.RegistrationOutcome;

/**
 * The registration start URL of LTI Dynamic Registration 1.0:
 * {@code GET /lti/register?openid_configuration=...&registration_token=...}. The platform opens it in
 * a frame or window; the tool registers itself with the platform and answers a page that says what
 * was registered (or why not) and tells the platform it is done ({@link RegistrationPages}).
 */
@Path("lti/register")
@RequestScoped
public class RegistrationResource {

    @Inject
    DynamicRegistrations registrations;

    @Context
    HttpHeaders headers;

    /** Registers the tool with the platform named by {@code openid_configuration}. */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The start of LTI Dynamic Registration, opened by a platform's administrator; only issuers "
                    + "the tool is configured to trust may register it.")
    @GET
    public Response register(@QueryParam("openid_configuration") String openIdConfiguration,
            @QueryParam("registration_token") String registrationToken) {
        RegistrationOutcome outcome = registrations.register(Optional.ofNullable(openIdConfiguration),
                Optional.ofNullable(registrationToken));
        String nonce = PlatformStorage.nonce();
        if (outcome instanceof RegistrationOutcome.Refused) {
            RegistrationOutcome.Refused refused = (RegistrationOutcome.Refused) outcome;
            Problem problem = new Problem(refused.code(), refused.status(), refused.message());
            if (Answers.prefersJson(headers)) {
                return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE)
                        .cacheControl(Answers.noStore()).entity(problem).build();
            }
            return Answers.scriptedPage(problem.status(), RegistrationPages.refused(problem, nonce), nonce).build();
        }
        return Answers.scriptedPage(200, RegistrationPages.registered((RegistrationOutcome.Registered) outcome, nonce),
                nonce).build();
    }
}
