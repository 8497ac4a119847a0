package org.balint.lti.tool.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a refused submission: every reason, each naming the field it concerns when it concerns one,
 * as the page shows them beside the fields. Nothing was stored.
 *
 * @param code     {@code refused}, or the single reason's code
 * @param message  what to do next, in one sentence
 * @param problems every reason
 */
@Schema(name = "FormProblems", description = "Every reason a submission was refused; nothing was stored.")
public record FormProblems(String code, String message, List<FieldProblem> problems) {

    /** Refusals that are not about the input but about the state of things: answered 409. */
    private static final Set<String> CONFLICTS = Set.of("no-evaluation-form", "evaluation-closed",
            "complete-evaluation-cannot-become-incomplete", "no-committee-chair", "no-independent-chair",
            "grievance-already-acknowledged", "grievance-not-acknowledged", "grievance-already-resolved",
            "deputy-is-chair", "not-your-seat");

    /** Validates and copies the parts. */
    public FormProblems {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        problems = List.copyOf(problems);
    }

    /**
     * One reason.
     *
     * @param field   the field it concerns (as the page's form names it), if any
     * @param code    the reason code
     * @param message what is wrong and what to do
     */
    @Schema(name = "FieldProblem", description = "One reason, beside the field it concerns.")
    public record FieldProblem(Optional<String> field, String code, String message) {
        /** Validates the parts. */
        public FieldProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The answer refusing a submission for {@code violations}: 400 when any concerns the input, 409 when the input
     * is fine but the state of things forbids it (no objectives set, no chair named, a step out of order).
     */
    static Response answer(List<FieldViolation> violations) {
        List<FieldProblem> problems = violations.stream().map(v -> new FieldProblem(v.field(), v.violation().code(),
                v.violation().message())).toList();
        // the input first: 409 only when the input is fine and the state of things forbids it
        boolean conflict = problems.stream().allMatch(p -> CONFLICTS.contains(p.code()));
        FormProblems body = problems.size() == 1
                ? new FormProblems(problems.get(0).code(), problems.get(0).message(), problems)
                : new FormProblems("refused", "Nothing was stored: correct each problem listed and send it again.",
                        problems);
        return Response.status(conflict ? 409 : 400).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** As {@link #answer(List)}, for reasons that concern no field. */
    static Response answerViolations(List<Violation> violations) {
        return answer(violations.stream().map(FieldViolation::general).toList());
    }
}
