package org.balint.lti.tool.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;

/**
 * The platform registrations of the admin API, under {@code /api/admin/platform-registrations}. Every
 * answer is JSON; a refusal is {@code {"code", "status", "message"}}.
 */
@Path("api/admin/platform-registrations")
@AdminApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformRegistrationsResource {

    private static final String REGISTRATION = "describing a registration (custom fields, or a preset)";

    @Inject
    JdbcPlatformRegistry registry;

    private RegistrationAdmin admin() {
        return new RegistrationAdmin(registry);
    }

    /** Every registration. */
    @GET
    public Response list() {
        return AdminResponses.run(() -> admin().list());
    }

    /** One registration, with its version as ETag. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return AdminResponses.run(() -> admin().get(id));
    }

    /** Creates a registration from custom fields or a preset. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Optional<RegistrationInput> input = AdminResponses.parse(body, RegistrationInput.class);
        if (input.isEmpty()) {
            return AdminResponses.malformed(REGISTRATION);
        }
        Response response = AdminResponses.run(() -> admin().create(input.get()));
        if (response.getStatus() == 201 && response.getEntity() instanceof RegistrationView) {
            return Response.fromResponse(response).location(URI.create("api/admin/platform-registrations/"
                    + ((RegistrationView) response.getEntity()).id())).build();
        }
        return response;
    }

    /** Replaces a registration; needs {@code If-Match} or the body's {@code version}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Optional<RegistrationInput> input = AdminResponses.parse(body, RegistrationInput.class);
        if (input.isEmpty()) {
            return AdminResponses.malformed(REGISTRATION);
        }
        OptionalLong bodyVersion = input.get().version == null ? OptionalLong.empty() : OptionalLong.of(input.get().version);
        return withIfMatch(ifMatch, header -> admin().update(id, input.get(), new VersionCheck(header, bodyVersion)));
    }

    /** Deletes a registration and its deployments. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withIfMatch(ifMatch, header -> admin().delete(id, new VersionCheck(header, OptionalLong.empty())));
    }

    /** Adds a deployment: {@code {"deploymentId": "..."}}. */
    @POST
    @Path("{id}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDeployment(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        Optional<DeploymentInput> input = AdminResponses.parse(body, DeploymentInput.class);
        if (input.isEmpty()) {
            return AdminResponses.malformed("{\"deploymentId\": \"...\"}");
        }
        return withIfMatch(ifMatch, header -> admin().addDeployment(id, input.get(),
                new VersionCheck(header, OptionalLong.empty())));
    }

    /** Removes a deployment. */
    @DELETE
    @Path("{id}/deployments/{deploymentId}")
    public Response removeDeployment(@PathParam("id") String id, @PathParam("deploymentId") String deploymentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withIfMatch(ifMatch, header -> admin().removeDeployment(id, deploymentId,
                new VersionCheck(header, OptionalLong.empty())));
    }

    private static Response withIfMatch(String ifMatch, Function<OptionalLong, AdminAnswer> operation) {
        Optional<OptionalLong> header = VersionCheck.parseIfMatch(Optional.ofNullable(ifMatch));
        if (header.isEmpty()) {
            return AdminResponses.ifMatchInvalid();
        }
        return AdminResponses.run(() -> operation.apply(header.get()));
    }
}
