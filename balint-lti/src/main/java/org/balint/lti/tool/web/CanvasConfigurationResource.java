package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.config.ToolConfiguration;
import org.balint.lti.tool.registration.BalintToolProfile;

/**
 * The tool's Canvas developer-key JSON configuration at a stable address, {@code GET /lti/canvas.json}:
 * Canvas administrators choose <em>Enter URL</em> when creating the LTI key and paste this address (or
 * paste the JSON itself). Built from the tool's configured base URL.
 */
@Path("lti/canvas.json")
@ApplicationScoped
public class CanvasConfigurationResource {

    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    ToolConfiguration configuration;

    /** The configuration as JSON. */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The Canvas developer-key configuration: the tool's public addresses, nothing of any group.")
    @GET
    public Response configuration() {
        String json = JsonValues.write(BalintToolProfile.canvasConfiguration(configuration.loginUrl(),
                configuration.launchUrl(), configuration.jwksUrl()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(cache).build();
    }
}
