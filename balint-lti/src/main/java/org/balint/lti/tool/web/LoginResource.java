package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.login.LoginInitiator;
import org.balint.lti.protocol.login.LoginRedirect;
import org.balint.lti.protocol.login.LoginRefused;
import org.balint.lti.protocol.login.LoginResult;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.config.ToolConfiguration;

/**
 * OIDC third-party login initiation: the platform sends the browser here (GET query or POST form)
 * to start a launch; the tool answers with a redirect to the platform's authentication endpoint and
 * gives the browser its login binding cookie. When the platform offers platform storage
 * ({@code lti_storage_target}), the answer is instead a page that also stores the binding with the
 * platform ({@code lti.put_data}) before it goes on to the authentication endpoint; the cookie is set
 * all the same, as the fallback.
 */
@Path("lti/login")
@RequestScoped
public class LoginResource {

    private static final String HEADING = "This launch could not start";

    @Inject
    LoginInitiator logins;

    @Inject
    ToolConfiguration configuration;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** A login initiation by redirect (parameters in the query). */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The OIDC login initiation a platform starts by redirect; it only hands out the state and "
                    + "browser binding the launch must bring back.")
    @GET
    public Response initiate() {
        return answer(uriInfo.getQueryParameters());
    }

    /** A login initiation by form POST, as Moodle and Canvas send it. */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The OIDC login initiation a platform starts by form post; it only hands out the state and "
                    + "browser binding the launch must bring back.")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response initiate(MultivaluedMap<String, String> form) {
        return answer(form);
    }

    private Response answer(MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        LoginResult result = logins.initiate(copy);
        if (result instanceof LoginRefused) {
            LoginRefused refused = (LoginRefused) result;
            return Answers.refusal(headers, HEADING, new Problem(refused.rejection().code(),
                    refused.rejection().httpStatus(), refused.rejection().message())).build();
        }
        LoginRedirect redirect = (LoginRedirect) result;
        boolean secure = Cookies.secure(uriInfo, configuration);
        String cookie = BrowserBinding.issue(redirect.state(), redirect.browserBinding(), redirect.expiresAt(),
                clock.instant(), secure);
        Optional<String> storageTarget = PlatformStorage.target(redirect.ltiStorageTarget());
        if (storageTarget.isPresent()) {
            String nonce = PlatformStorage.nonce();
            return Answers.scriptedPage(200, PlatformStorage.loginPage(nonce, storageTarget.get(),
                    redirect.authenticationRequest(), redirect.state(), redirect.browserBinding()), nonce)
                    .header("Set-Cookie", cookie)
                    .build();
        }
        return Response.status(Response.Status.FOUND)
                .location(redirect.authenticationRequest())
                .cacheControl(Answers.noStore())
                .header("Set-Cookie", cookie)
                .build();
    }
}
