package org.balint.lti.tool.web;

import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.platform.OneTimeValues;
import org.balint.lti.tool.platform.ToolKeys;
import org.balint.lti.tool.config.AdminToken;
import org.balint.lti.tool.config.ToolConfiguration;
import org.balint.lti.tool.config.ToolKeySettings;

/**
 * The tool operator's page at {@code /admin} ({@link OperatorPages}): key rotation affects every
 * platform, so it belongs to whoever holds the admin token ({@code balint.admin.token}), not to one
 * platform's LMS administrator. The token is posted with each form; a wrong one is answered {@code 401}
 * with the sign-in form and what to do, and without a configured token the page is switched off
 * ({@code 403}).
 */
@Path("admin")
@RequestScoped
public class OperatorResource {

    private static final Logger LOG = Logger.getLogger(OperatorResource.class.getName());
    /** The purpose of the rotate button's one-time values. */
    static final String ROTATION = "tool-key-rotation";
    /** Whose the rotate button's one-time values are: the tool operator's. */
    static final String OPERATOR = "tool-operator";

    @Inject
    AdminToken adminToken;

    @Inject
    ToolKeyRing ring;

    @Inject
    ToolKeySettings keySettings;

    @Inject
    ToolConfiguration configuration;

    @Inject
    OneTimeValues once;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    /** The sign-in form. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @FormAccess(value = Rule.PUBLIC, reason = "The operator's sign-in form: it shows nothing but the form.")
    public Response signIn() {
        if (!adminToken.enabled()) {
            return switchedOff();
        }
        return Answers.page(200, OperatorPages.signIn(basePath(), Optional.empty())).build();
    }

    /** Signs in: the keys page for the admin token, the sign-in form again (401) for any other. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @FormAccess(value = Rule.OPERATOR, reason = "The tool's keys, shown to whoever posts the admin token.")
    public Response keys(MultivaluedMap<String, String> form) {
        return withToken(form, token -> keysPage(200, new ToolKeys(ring).current(), token, Optional.empty()));
    }

    /** Rotates the tool key once per button shown. */
    @POST
    @Path("rotation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @FormAccess(value = Rule.OPERATOR, reason = "Rotates the tool key for every platform: the admin token and a one-time value.")
    public Response rotate(MultivaluedMap<String, String> form) {
        return withToken(form, token -> {
            ToolKeys keys = new ToolKeys(ring);
            switch (once.use(ROTATION, OPERATOR, Optional.ofNullable(form.getFirst(OperatorPages.ONCE_FIELD)))) {
                case ACCEPTED:
                    ToolKeySet after = keys.rotate("tool operator (admin token, operator's page)");
                    return keysPage(200, after, token, Optional.of("Rotated: key " + after.active().kid()
                            + " signs now. The previous key stays published for an hour."));
                case ALREADY_USED:
                    return keysPage(409, keys.current(), token, Optional.of("This button was pressed twice: the key "
                            + "was rotated by the first press only. Nothing else changed."));
                default:
                    return keysPage(409, keys.current(), token, Optional.of("This page was open too long to rotate "
                            + "from it; nothing changed. Press Rotate now again if you still want to rotate."));
            }
        });
    }

    private Response withToken(MultivaluedMap<String, String> form, Function<String, Response> then) {
        String token = Optional.ofNullable(form.getFirst(OperatorPages.TOKEN_FIELD)).map(String::strip).orElse("");
        switch (adminToken.judge(Optional.of("Bearer " + token))) {
            case ACCEPTED:
                try {
                    return then.apply(token);
                } catch (StoreUnavailable e) {
                    return Answers.page(503, Pages.refusal("Balint is unavailable", new Problem(StoreUnavailable.CODE,
                            503, "The tool cannot reach its database at the moment; nothing was changed. Try again in a "
                                    + "few minutes."))).build();
                }
            case DISABLED:
                return switchedOff();
            case MISSING:
                return Answers.page(401, OperatorPages.signIn(basePath(), Optional.of(new Problem("admin-token-required",
                        401, "Enter the admin token: the value of the server variable balint.admin.token.")))).build();
            default:
                LOG.warning("Refused a sign-in to the tool operator's page with a wrong admin token");
                return Answers.page(401, OperatorPages.signIn(basePath(), Optional.of(new Problem("admin-token-invalid",
                        401, "That is not the admin token. Copy the value of the server variable balint.admin.token "
                                + "from the server's configuration (not from an LMS) and try again; if it was lost, "
                                + "set a new one and restart the tool.")))).build();
        }
    }

    private Response keysPage(int status, ToolKeySet keys, String token, Optional<String> notice) {
        return Answers.page(status, OperatorPages.keys(basePath(), keys, clock.instant(), keySettings.rotationPeriod(),
                configuration.jwksUrl(), token, once.issue(ROTATION, OPERATOR), notice)).build();
    }

    private Response switchedOff() {
        return Answers.page(403, Pages.refusal("The tool operator's page is switched off", new Problem(
                "admin-api-disabled", 403, "No admin token is configured. To switch this page on, set the server "
                        + "variable balint.admin.token to a random value of at least " + AdminToken.MINIMUM_LENGTH
                        + " characters (for example the output of 'openssl rand -hex 32') and restart the tool."))).build();
    }

    private String basePath() {
        return uriInfo.getBaseUri().getPath();
    }
}
