package org.balint.persistence.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * A message Balint owes the LMS, for example a member's credit result for the gradebook, as the
 * decision that causes it hands it to the {@link Outbox}.
 *
 * <p>The idempotency key names the fact the message reports (for example
 * {@code credit-result:group-17:member-42}); the same key is never enqueued twice for a tenant, so
 * a decision that is replayed does not send its message again. Payloads carry identifiers and results
 * only: never case narratives or patient details.
 *
 * @param kind           what sort of message this is, lower-case and hyphenated (for example
 *                       {@code gradebook-score}), at most 64 characters
 * @param idempotencyKey the fact this message reports, 1 to 200 characters
 * @param payload        the message body as JSON text (an object or array), at most 16,000
 *                       characters
 */
public record OutboxMessage(String kind, String idempotencyKey, String payload) {

    static final int MAX_KIND = 64;
    static final int MAX_KEY = 200;
    static final int MAX_PAYLOAD = 16_000;

    public OutboxMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
        List<Violation> violations = check(kind, idempotencyKey, payload);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The message, or every reason these parts do not make one. */
    public static Validated<OutboxMessage> of(String kind, String idempotencyKey, String payload) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
        return Validated.of(check(kind, idempotencyKey, payload), () -> new OutboxMessage(kind, idempotencyKey, payload));
    }

    private static List<Violation> check(String kind, String key, String payload) {
        List<Violation> violations = new ArrayList<>();
        if (kind.length() > MAX_KIND || !kind.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            violations.add(Violation.of("invalid-message-kind",
                    "The message kind '" + kind + "' must be lower-case words joined by hyphens (for example 'gradebook-score'),"
                            + " at most " + MAX_KIND + " characters."));
        }
        if (key.isBlank()) {
            violations.add(Violation.of("missing-idempotency-key",
                    "The message needs an idempotency key naming the fact it reports (for example"
                            + " 'credit-result:group-17:member-42'), so a replayed decision does not send it twice."));
        } else if (key.length() > MAX_KEY) {
            violations.add(Violation.of("idempotency-key-too-long",
                    "The idempotency key has " + key.length() + " characters; at most " + MAX_KEY + " are stored."));
        }
        if (payload.length() > MAX_PAYLOAD) {
            violations.add(Violation.of("payload-too-large",
                    "The message body has " + payload.length() + " characters; at most " + MAX_PAYLOAD
                            + " are stored. Send identifiers and results, not documents."));
        } else {
            JsonSyntax.problemIn(payload).ifPresent(problem -> violations.add(Violation.of("payload-not-json",
                    "The message body is not a JSON object or array: " + problem + ".")));
        }
        return violations;
    }
}
