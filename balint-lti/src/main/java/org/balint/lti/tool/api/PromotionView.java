package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What filling free places from the waitlist did.
 *
 * @param promoted names of those promoted into the group, first in line first
 * @param heldBack why anyone still waiting was not promoted
 * @param summary  one sentence saying what happened
 */
@Schema(name = "WaitlistPromotion", description = "Who was promoted from the waitlist, and why others still wait.")
public record PromotionView(List<String> promoted, List<ApiProblem> heldBack, String summary) {

    /** Copies the parts. */
    public PromotionView {
        promoted = List.copyOf(promoted);
        heldBack = List.copyOf(heldBack);
        Objects.requireNonNull(summary, "summary");
    }
}
