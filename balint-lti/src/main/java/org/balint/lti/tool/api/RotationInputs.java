package org.balint.lti.tool.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the rotation's state-changing calls, and how they are read. */
final class RotationInputs {

    private RotationInputs() {
    }

    /** One turn: a member presenting in a session. */
    @Schema(name = "Turn", description = "A member presenting in a session.")
    public record Turn(@Schema(description = "Session number, from 1.", examples = "3") Integer session,
            @Schema(description = "The member's id.") String member) {

        String asValue() {
            return (session == null ? "" : session.toString()) + ":" + (member == null ? "" : member);
        }
    }

    /** The body of {@code POST rotation/volunteers}. */
    @Schema(name = "VolunteerInput", description = "A member who has a case for a session.")
    public record Volunteer(@Schema(description = "The member's id.", required = true) String member,
            @Schema(description = "Session number, from 1.", required = true) Integer session) {
    }

    /** The body of {@code POST rotation/swaps}. */
    @Schema(name = "SwapInput", description = "Two turns of the plan shown to exchange.")
    public record Swap(@Schema(required = true) Turn first, @Schema(required = true) Turn second) {
    }

    /** The body of {@code POST rotation/publish}. */
    @Schema(name = "PublishInput", description = "The fingerprint of the proposal being published, from GET rotation.")
    public record Publish(@Schema(required = true) String proposal) {
    }

    /** The body of {@code POST rotation/swap-requests/decisions}. */
    @Schema(name = "SwapRequestDecision", description = "A leader's answer to a member's swap request.")
    public record Decision(@Schema(description = "The request's id.", required = true) String request,
            @Schema(description = "accept or decline.", enumeration = {"accept", "decline"}, required = true)
            String decision) {
    }

    /** The body of {@code POST members/{member}/swap-requests}. */
    @Schema(name = "SwapRequestInput", description = "A member's own turn and the other member's turn they would like.")
    public record SwapRequest(@Schema(description = "The session of the member's own turn.", required = true)
            Integer session, @Schema(required = true) Turn with) {
    }

    /** {@code body} read as {@code type}; an empty body reads as an empty object (every field missing). */
    static <T> T read(String body, Class<T> type) {
        String text = body == null || body.isBlank() ? "{}" : body;
        try {
            T value = Binding.JSON.fromJson(text, type);
            if (value == null) {
                throw new ApiRefused(invalid());
            }
            return value;
        } catch (JsonbException e) {
            throw new ApiRefused(invalid());
        }
    }

    private static ApiRefusal invalid() {
        return ApiRefusal.of(400, "body-invalid", "The body is not the JSON object this call takes. Send the fields "
                + "the API description names (GET /openapi).");
    }

    /** JSON-B, created on first use (the server provides the implementation). */
    private static final class Binding {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
