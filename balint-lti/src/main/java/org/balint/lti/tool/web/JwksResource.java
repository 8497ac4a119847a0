package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;

/** The tool's public key set, which platforms use to verify what the tool signs. */
@Path("lti/jwks")
@ApplicationScoped
public class JwksResource {

    /** Short enough that a rotation reaches platforms well inside the overlap window. */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    ToolKeyRing keys;

    /** The public JWKS: the active key and retired keys still inside their overlap window. */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The tool's public keys, which platforms fetch to verify what the tool signs.")
    @GET
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(keys.publicJwksJson(), MediaType.APPLICATION_JSON_TYPE).cacheControl(cache).build();
    }
}
