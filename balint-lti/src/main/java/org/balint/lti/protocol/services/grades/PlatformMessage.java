package org.balint.lti.protocol.services.grades;

import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;

/** The human message in a platform's error body: Canvas's {@code errors.message}, an OAuth-style {@code error}, or plain text. */
final class PlatformMessage {

    private static final int LONGEST = 300;

    private PlatformMessage() {
    }

    static String of(String body) {
        String trimmed = body.trim();
        if (trimmed.startsWith("{")) {
            try {
                Map<String, Object> json = JsonValues.object(trimmed);
                Optional<Map<String, Object>> errors = json.get("errors") instanceof Map<?, ?>
                        ? JsonValues.optionalMember(json, "errors") : Optional.empty();
                if (errors.isPresent() && errors.get().get("message") instanceof String message) {
                    return shorten(message);
                }
                for (String name : new String[] {"message", "error_description", "error", "reason"}) {
                    if (json.get(name) instanceof String message && !message.isBlank()) {
                        return shorten(message);
                    }
                }
                return "";
            } catch (JsonShapeException e) {
                // not JSON after all: fall through to the text
            }
        }
        return shorten(trimmed.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim());
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }
}
