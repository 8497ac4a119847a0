package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.leaderlog.EntryOutcome;
import org.balint.lti.tool.leaderlog.EntryRequest;
import org.balint.lti.tool.leaderlog.LeaderLogs;
import org.balint.lti.tool.members.DecisionOutcome;
import org.balint.lti.tool.members.DecisionRequest;
import org.balint.lti.tool.members.GroupRoster;
import org.balint.lti.tool.members.PromotionOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/groups/{group}}: what the group's faculty work with beside the schedule: the roster with
 * its faculty-review queue and decisions, waitlist promotion, the caller's own leader log, and the
 * group's credit with its gradebook sync status and "send again". The same services as the leader's
 * pages answer; a member calling any of these gets 403.
 */
@Path("api/v1/groups/{group}")
@ApiV1
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leading the group", description = "The roster and faculty review, the leader's own log, and credit")
@SecurityRequirement(name = ApiDescription.SESSION)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDescription.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
public class LeadingResource {

    private static final String GROUP_DESCRIPTION = "The group id.";


    @Inject
    ApiRequest request;

    @Inject
    Instance<GroupRoster> roster;

    @Inject
    Instance<LeaderLogs> logs;

    @Inject
    Instance<LeaderCredit> credit;

    /** Every registration with its standing and screening, the review queue, the waitlist and the last roster sync. */
    @GET
    @Path("roster")
    @Allowed({Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "The group's roster", description = "Every registration with its standing (accepted, waitlisted "
            + "with position, awaiting faculty review, declined, withdrawn, left the course) and screening (attestations "
            + "given, stressful period reported; never any clinical detail), the faculty-review queue, the waitlist, and "
            + "the last roster sync with the course when the caller launched from this group's placement.")
    @APIResponse(responseCode = "200", description = "The roster.",
            content = @Content(schema = @Schema(implementation = RosterView.class)))
    public RosterView roster(@PathParam("group") @Parameter(description = GROUP_DESCRIPTION) String group) {
        GroupId id = groupId();
        boolean launchedHere = request.caller().group().filter(id::equals).isPresent();
        return service(roster).overview(request.caller().tenant(), id, request.admitted().session().session().course())
                .map(overview -> RosterView.of(overview, launchedHere))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** Accepts a registrant awaiting review, or declines for now with a standard reason. */
    @POST
    @Path("registrations/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Decide on a registration awaiting faculty review", description = "Accept (into the group, or "
            + "onto the waitlist when it is full), or defer: recommend a later series for one of the standard reasons, "
            + "whose note the registrant reads.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "The registration after the decision.",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public DecisionView decide(@PathParam("group") String group,
            @RequestBody(content = @Content(schema = @Schema(implementation = DecisionInput.class))) String body) {
        DecisionInput input = parsed(body, DecisionInput.class, ApiRefusal.of(400, "decision-missing", "Send the "
                + "decision as JSON: {\"registrant\": \"<member id>\", \"decision\": \"accept\" or \"defer\", "
                + "\"reason\": \"<reason code>\" when deferring}."));
        DecisionOutcome outcome = service(roster).decide(request.caller().tenant(), groupId(), request.caller().member(),
                new DecisionRequest(input.registrant(), input.decision(), input.reason()));
        if (outcome instanceof DecisionOutcome.Refused refused) {
            throw new ApiRefused(refusal(refused.status(), refused.violations()));
        }
        DecisionOutcome.Decided decided = (DecisionOutcome.Decided) outcome;
        return new DecisionView(RegistrationView.of(decided.entry()), decided.promoted(), decided.summary());
    }

    /** Fills free places from the waitlist, first in line first. */
    @POST
    @Path("registrations/promotions")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Fill free places from the waitlist", description = "Promotes those waiting, first in line "
            + "first, while places are free and the group is open to new members; says why anyone else still waits.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "Who was promoted.",
            content = @Content(schema = @Schema(implementation = PromotionView.class)))
    public PromotionView promote(@PathParam("group") String group) {
        PromotionOutcome outcome = service(roster).promote(request.caller().tenant(), groupId())
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        return new PromotionView(outcome.promoted(), outcome.heldBack().stream()
                .map(v -> new ApiProblem(v.code(), v.message())).toList(), outcome.summary());
    }

    /** The caller's own leader log and progress on the credentialing pathway. */
    @GET
    @Path("leader-log")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "My leader log", description = "The caller's own log (sessions led or co-led, supervised "
            + "sessions, intensives) and progress on the credentialing pathway. Nobody reads another leader's log.")
    @APIResponse(responseCode = "200", description = "The caller's log.",
            content = @Content(schema = @Schema(implementation = LeaderLogView.class)))
    public LeaderLogView leaderLog(@PathParam("group") String group) {
        return service(logs).overview(request.caller().tenant(), groupId(), request.caller().member())
                .map(overview -> LeaderLogView.of(overview, Optional.empty()))
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** Adds an entry to the caller's own leader log. */
    @POST
    @Path("leader-log/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Add to my leader log", description = "A session of this group led or co-led, a session "
            + "supervised by a member of the group's faculty, or an intensive attended. Refused with every reason when "
            + "a date is no date or in the future, the entry is already logged, or the caller names themselves as "
            + "supervisor.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "201", description = "Logged; the log with the entry.",
            content = @Content(schema = @Schema(implementation = LeaderLogView.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public Response addToLeaderLog(@PathParam("group") String group,
            @RequestBody(content = @Content(schema = @Schema(implementation = LogEntryInput.class))) String body) {
        LogEntryInput input = parsed(body, LogEntryInput.class, ApiRefusal.of(400, "entry-missing", "Send the entry as "
                + "JSON, e.g. {\"kind\": \"intensive\", \"name\": \"Leadership intensive, Oxford\", \"firstDay\": "
                + "\"2026-03-12\"}."));
        EntryOutcome outcome = service(logs).record(request.caller().tenant(), groupId(), request.caller().member(),
                new EntryRequest(input.kind(), input.session() == null ? "" : String.valueOf(input.session()), input.role(),
                        input.date(), input.supervisor(), input.name(), input.firstDay(), input.lastDay()));
        if (outcome instanceof EntryOutcome.Refused refused) {
            throw new ApiRefused(refusal(refused.status(), refused.violations()));
        }
        EntryOutcome.Added added = (EntryOutcome.Added) outcome;
        return Response.status(201).entity(LeaderLogView.of(added.overview(), Optional.of(added.summary()))).build();
    }

    /** Each member's credit decision and where their result stands on its way to the gradebook. */
    @GET
    @Path("credit")
    @Allowed({Access.FACULTY_OF_GROUP, Access.ADMIN_OF_PLATFORM})
    @Operation(summary = "The group's credit and gradebook sync", description = "Each member's current credit decision "
            + "and gradebook status: sent, waiting, refused or not gradable (with the platform's words and what to do), "
            + "not sent yet, or nothing to send.")
    @APIResponse(responseCode = "200", description = "The credit overview.",
            content = @Content(schema = @Schema(implementation = CreditOverviewView.class)))
    public CreditOverviewView credit(@PathParam("group") String group) {
        return service(credit).overview(request.caller().tenant(), groupId()).map(CreditOverviewView::of)
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
    }

    /** Records every member's current credit decision; changed results go to the gradebook. */
    @POST
    @Path("credit/decisions")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Record the group's credit decisions", description = "Records every member's current "
            + "decision; each result that changed goes to the course's gradebook. Recording the same decisions again "
            + "changes nothing.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "200", description = "What was recorded.",
            content = @Content(schema = @Schema(implementation = CreditRecordedView.class)))
    public CreditRecordedView recordCredit(@PathParam("group") String group) {
        LeaderCredit.Recorded recorded = service(credit).record(request.caller().tenant(), groupId())
                .orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound()));
        return new CreditRecordedView(recorded.decisions(), recorded.changed(), "Recorded " + recorded.decisions()
                + (recorded.decisions() == 1 ? " decision" : " decisions") + "; " + recorded.changed()
                + (recorded.changed() == 1 ? " changed result goes" : " changed results go") + " to the gradebook.");
    }

    /** Sends a member's result again after the platform refused it for good. */
    @POST
    @Path("members/{member}/credit/send-again")
    @Allowed(Access.FACULTY_OF_GROUP)
    @Operation(summary = "Send a refused result again", description = "Once the cause the platform gave is cleared, "
            + "sends the member's latest result to the gradebook again.")
    @SecurityRequirementsSet({@SecurityRequirement(name = ApiDescription.SESSION),
        @SecurityRequirement(name = ApiDescription.CSRF)})
    @APIResponse(responseCode = "202", description = "The result is on its way again.",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    public Response sendAgain(@PathParam("group") String group,
            @PathParam("member") @Parameter(description = "The member's id.") String member) {
        MemberId who = request.admitted().granted().member().orElseThrow(() -> new ApiRefused(ApiRefusal.memberNotFound()));
        if (service(credit).sendAgain(request.caller().tenant(), groupId(), who).isEmpty()) {
            throw new ApiRefused(ApiRefusal.of(409, "nothing-to-send-again", "This member's latest result is not one "
                    + "the gradebook refused (it may have been sent again already); nothing was changed. GET the credit "
                    + "overview to see where it stands."));
        }
        return Response.status(202).entity(new ApiProblem("sent-again", "The result is sent to the gradebook again."))
                .build();
    }

    /** One refusal carrying every reason: the first reason's code, and each reason with its field. */
    static ApiRefusal refusal(int status, List<FieldViolation> violations) {
        return ApiRefusal.of(status, violations.get(0).violation().code(), violations.stream()
                .map(v -> v.field().map(f -> f + ": ").orElse("") + v.violation().message())
                .collect(Collectors.joining("; ")));
    }

    /**
     * {@code body} read as {@code type}, or refused with {@code missing} when there is no body, and with
     * {@code body-invalid} when it is not such JSON; read here so that every bad body gets a JSON problem.
     */
    static <T> T parsed(String body, Class<T> type, ApiRefusal missing) {
        if (body == null || body.isBlank()) {
            throw new ApiRefused(missing);
        }
        try {
            T value = Json.READER.fromJson(body, type);
            if (value == null) {
                throw new ApiRefused(missing);
            }
            return value;
        } catch (JsonbException malformed) {
            throw new ApiRefused(ApiRefusal.of(400, "body-invalid", "The body is not the JSON this call takes: "
                    + missing.problem().message()));
        }
    }

    /** The JSON reader, made when first needed. */
    private static final class Json {
        static final Jsonb READER = JsonbBuilder.create();
    }

    private GroupId groupId() {
        return request.admitted().granted().group().orElseThrow(() -> new ApiRefused(ApiRefusal.groupNotFound())).group();
    }

    private static <T> T service(Instance<T> service) {
        if (!service.isResolvable()) {
            throw new ApiRefused(ApiRefusal.of(503, "not-configured", "This part of the tool is not configured on this "
                    + "server. Tell the administrator."));
        }
        return Objects.requireNonNull(service.get());
    }
}
