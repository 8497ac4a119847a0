package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.evaluation.EvaluationAnswers;
import org.balint.lti.tool.evaluation.EvaluationOutcome;
import org.balint.lti.tool.evaluation.SeriesEvaluations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/groups/{group}}: the group's series evaluation. A member reads the form with their own
 * answers and submits their whole evaluation; the group's faculty set the learning objectives and read the
 * summary, which withholds figures below the reporting threshold; the platform's administrator reads the
 * summary too. Nobody reads another member's answers.
 */
@Path("api/v1/groups/{group}")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "A group's series evaluation and its summary")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class EvaluationResource {

    private static final String MEMBER_DESCRIPTION = "The member's id, or 'me'; only the member themselves.";
    private static final String REFUSED = "Refused with every reason, each naming its field; nothing was stored. 400 when "
            + "a reason concerns the input; 409 when only the state forbids it (no objectives set yet, evaluation closed).";

    @Inject
    ApiRequest request;

    @Inject
    SeriesEvaluations evaluations;

    /** The form with the member's own answers. */
    @GET
    @Path("members/{member}/evaluation")
    @Allowed(Access.MEMBER_SELF)
    @Operation(summary = "My evaluation", description = "The group's learning objectives on the rating scale, the "
            + "caller's ratings before and after the series and comments, and whether credit waits for it.")
    @APIResponse(responseCode = "200", description = "The form and the caller's answers.",
            content = @Content(schema = @Schema(implementation = EvaluationViews.MemberEvaluationView.class)))
    public EvaluationViews.MemberEvaluationView evaluation(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member) {
        return EvaluationViews.MemberEvaluationView.of(evaluations.forMember(request.caller().tenant(), groupId(),
                member()).orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())));
    }

    /** Submits the member's whole evaluation, replacing an earlier one while the form is open. */
    @PUT
    @Path("members/{member}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.MEMBER_SELF)
    @Operation(summary = "Submit my evaluation", description = "Every objective rated before and after the series on "
            + "the scale, and optional comments (at most " + EvaluationForm.MAX_COMMENT_LENGTH + " characters, no "
            + "patient details). Replaces an earlier evaluation while the form is open.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Stored; the form with the caller's answers.",
            content = @Content(schema = @Schema(implementation = EvaluationViews.MemberEvaluationView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response submit(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = MEMBER_DESCRIPTION) String member,
            EvaluationViews.EvaluationInput input) {
        Map<Integer, String> before = new HashMap<>();
        Map<Integer, String> after = new HashMap<>();
        String comments = "";
        if (input != null) {
            for (EvaluationViews.RatingInput rating : EvaluationViews.orElse(input.ratings(),
                    List.<EvaluationViews.RatingInput>of())) {
                if (rating == null || rating.objective() == null) {
                    continue;
                }
                if (rating.before() != null) {
                    before.put(rating.objective(), rating.before().toString());
                }
                if (rating.after() != null) {
                    after.put(rating.objective(), rating.after().toString());
                }
            }
            comments = EvaluationViews.orElse(input.comments(), "");
        }
        EvaluationOutcome<SeriesEvaluations.Submitted> outcome = evaluations.submit(request.caller().tenant(), groupId(),
                member(), new EvaluationAnswers(before, after, comments))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        if (outcome instanceof EvaluationOutcome.Refused<SeriesEvaluations.Submitted> refused) {
            return FormProblems.answer(refused.violations());
        }
        return Response.ok(EvaluationViews.MemberEvaluationView.of(
                ((EvaluationOutcome.Stored<SeriesEvaluations.Submitted>) outcome).value().view())).build();
    }

    /** The group's evaluation summary. */
    @GET
    @Path("evaluation-summary")
    @Allowed({Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "The group's evaluation summary", description = "Responses, members and response rate; the "
            + "mean rating of each objective before and after the series and the comments only from the reporting "
            + "threshold on, so that no member's answers can be recognised.")
    @APIResponse(responseCode = "200", description = "The summary.",
            content = @Content(schema = @Schema(implementation = EvaluationViews.SummaryView.class)))
    public EvaluationViews.SummaryView summary(@PathParam("group") String group) {
        return EvaluationViews.SummaryView.of(evaluations.forFaculty(request.caller().tenant(), groupId())
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())));
    }

    /** Sets the group's learning objectives. */
    @PUT
    @Path("evaluation-objectives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Set the learning objectives", description = "The group's own objectives, in order (at most "
            + EvaluationForm.MAX_OBJECTIVES + ", each at most " + EvaluationForm.MAX_OBJECTIVE_LENGTH + " characters, no "
            + "repeats). Changing them starts the count again: evaluations on earlier objectives are no longer counted.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Stored; the summary on the new objectives.",
            content = @Content(schema = @Schema(implementation = EvaluationViews.SummaryView.class)))
    @APIResponse(responseCode = "400", description = REFUSED,
            content = @Content(schema = @Schema(implementation = FormProblems.class)))
    public Response setObjectives(@PathParam("group") String group, EvaluationViews.ObjectivesInput input) {
        List<String> statements = input == null ? List.of() : EvaluationViews.orElse(input.objectives(), List.<String>of())
                .stream().map(s -> s == null ? "" : s).toList();
        var outcome = evaluations.setObjectives(request.caller().tenant(), groupId(), statements)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        if (outcome instanceof EvaluationOutcome.Refused<EvaluationForm> refused) {
            return FormProblems.answer(refused.violations());
        }
        return Response.ok(summary(group)).build();
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()))
                .group();
    }

    private MemberId member() {
        return request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
    }
}
