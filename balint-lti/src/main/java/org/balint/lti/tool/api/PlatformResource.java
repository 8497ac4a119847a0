package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.credit.CreditType;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.AdminOutcome;
import org.balint.lti.tool.platform.PlatformAdministration;
import org.balint.lti.tool.platform.RetentionAdministration;
import org.balint.lti.tool.platform.RetentionCounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/platform}: an LMS administrator's own platform, the registration their launch came
 * through. The path names no platform, so nobody reaches another's. The same services as the admin
 * pages answer: deployments, the accreditation statements, the retention purge.
 */
@Path("api/v1/platform")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "The administrator's own platform")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
public class PlatformResource {

    @Inject
    ApiRequest request;

    @Inject
    PlatformAdministration platforms;

    @Inject
    AccreditationSettings accreditation;

    @Inject
    RetentionAdministration retention;

    /** The caller's platform. */
    @GET
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "My platform", description = "The registration the administrator launched through, its "
            + "deployments, and the tool's key (kid, age, next scheduled rotation).")
    @APIResponse(responseCode = "200", description = "The platform.",
            content = @Content(schema = @Schema(implementation = PlatformView.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public PlatformView platform() {
        return PlatformView.of(done(platforms.overview(launched())));
    }

    /** Adds a deployment. */
    @POST
    @Path("deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Add a deployment", description = "Launches from the deployment are accepted from now on.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "201", description = "Added; the platform afterwards.",
            content = @Content(schema = @Schema(implementation = PlatformView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "The platform already has it.",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public Response addDeployment(DeploymentIdInput input) {
        PlatformView view = PlatformView.of(done(platforms.addDeployment(launched(),
                input == null ? null : input.deploymentId)));
        return Response.status(201).entity(view).build();
    }

    /** Removes a deployment other than the caller's own. */
    @DELETE
    @Path("deployments/{deployment}")
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Remove a deployment", description = "Launches from it are refused from now on; the one "
            + "the caller launched through cannot be removed by them (409 deployment-in-use).")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Removed; the platform afterwards.",
            content = @Content(schema = @Schema(implementation = PlatformView.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "In use by the caller's launch, or the last deployment.",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public PlatformView removeDeployment(@PathParam("deployment") String deployment) {
        return PlatformView.of(done(platforms.removeDeployment(launched(), deployment)));
    }

    /** The accreditation statements. */
    @GET
    @Path("accreditation")
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Accreditation statements", description = "The provider and the statements certificates "
            + "print, per kind of credit.")
    @APIResponse(responseCode = "200", description = "The statements.",
            content = @Content(schema = @Schema(implementation = AccreditationView.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public AccreditationView accreditation() {
        return accreditation.find(launched()).map(AccreditationView::of).orElseThrow(() -> new ApiRefused(
                ApiRefusal.of(404, "accreditation-not-configured", "No accreditation statements are configured for "
                        + "this platform yet. Save them with PUT /api/v1/platform/accreditation.")));
    }

    /** Replaces the accreditation statements. */
    @PUT
    @Path("accreditation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Replace the accreditation statements", description = "Checked as a whole (no 'Category 1' "
            + "for AAFP credit, lengths a certificate keeps); certificates issued afterwards carry them, those "
            + "issued before keep theirs.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Saved.",
            content = @Content(schema = @Schema(implementation = AccreditationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public AccreditationView replaceAccreditation(AccreditationInput input) {
        if (input == null) {
            throw new ApiRefused(ApiRefusal.of(400, "body-malformed", "Send a JSON object {\"providerName\": ..., "
                    + "\"statements\": {\"AAFP_PRESCRIBED\": [...]}} with Content-Type: application/json."));
        }
        Map<CreditType, List<String>> statements = new EnumMap<>(CreditType.class);
        if (input.statements != null) {
            for (Map.Entry<String, List<String>> entry : input.statements.entrySet()) {
                CreditType type = creditType(entry.getKey());
                statements.put(type, entry.getValue() == null ? List.of() : entry.getValue());
            }
        }
        return AccreditationView.of(done(accreditation.save(launched(), input.providerName, statements)));
    }

    /** The retention preview. */
    @GET
    @Path("retention")
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Retention preview", description = "The retention period and how many records of the "
            + "platform are past it now (counts only), with the value that confirms their purge once.")
    @APIResponse(responseCode = "200", description = "The preview.",
            content = @Content(schema = @Schema(implementation = RetentionView.class)))
    public RetentionView retention() {
        return RetentionView.of(retention.preview(launched()));
    }

    /** Purges what is past retention. */
    @POST
    @Path("retention/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.ADMIN_OF_PLATFORM)
    @Operation(summary = "Purge records past retention", description = "In one transaction, for every deployment of "
            + "the platform; a confirmation value is used once (409 purge-already-run the second time).")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Purged.",
            content = @Content(schema = @Schema(implementation = PurgeView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "Already purged with this confirmation, or it expired.",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public PurgeView purge(PurgeInput input) {
        AdminOutcome<RetentionCounts> outcome = retention.purge(launched(),
                Optional.ofNullable(input).map(i -> i.confirmation));
        RetentionCounts deleted = done(outcome);
        return new PurgeView(deleted, ((AdminOutcome.Done<RetentionCounts>) outcome).notice());
    }

    private PlatformDeployment launched() {
        return request.caller().deployment();
    }

    private static <T> T done(AdminOutcome<T> outcome) {
        if (outcome instanceof AdminOutcome.Refused<T> refused) {
            throw new ApiRefused(ApiRefusal.of(refused.status(), refused.code(), refused.message()));
        }
        return ((AdminOutcome.Done<T>) outcome).value();
    }

    private static CreditType creditType(String name) {
        try {
            return CreditType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiRefused(ApiRefusal.of(400, "credit-type-unknown", "'" + name + "' is no kind of credit: use "
                    + "AAFP_PRESCRIBED, APA_CE, SERIES_COMPLETION or CERTIFICATE_OF_ATTENDANCE."));
        }
    }
}
