package org.balint.lti.tool.members;

import java.util.List;
import org.balint.core.validation.Violation;

/**
 * What filling free places from the waitlist did.
 *
 * @param promoted names of the registrants moved into the group, first in line first
 * @param heldBack why anyone still waiting was not promoted (the group is full or closed to new members)
 */
public record PromotionOutcome(List<String> promoted, List<Violation> heldBack) {

    /** Copies the lists. */
    public PromotionOutcome {
        promoted = List.copyOf(promoted);
        heldBack = List.copyOf(heldBack);
    }

    /** One sentence for the page's notice. */
    public String summary() {
        String moved = promoted.isEmpty() ? "Nobody was promoted from the waitlist."
                : "Promoted from the waitlist into the group: " + String.join(", ", promoted) + ".";
        return heldBack.isEmpty() ? moved : moved + " " + String.join(" ", heldBack.stream().map(v -> sentence(v.message())).toList());
    }

    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
