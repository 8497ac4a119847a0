package org.balint.lti.tool.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.balint.lti.protocol.keys.ToolKeyRing;

/** The tool's keys in the admin API, under {@code /api/admin/tool-keys}: list and rotate. */
@Path("api/admin/tool-keys")
@AdminApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToolKeysResource {

    @Inject
    ToolKeyRing ring;

    /** The active key and the retired keys still published: kid, status, created, retired and expiry instants. */
    @GET
    public Response list() {
        return AdminResponses.run(() -> new ToolKeyAdmin(ring).list());
    }

    /** Rotates now: a new key signs; the previous one stays published for the overlap window. */
    @POST
    @Path("rotation")
    public Response rotate() {
        return AdminResponses.run(() -> new ToolKeyAdmin(ring).rotate());
    }
}
