package org.balint.lti.tool.admin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balint.lti.protocol.store.LtiStoreException;

/** Turns admin answers into JSON responses and JSON request bodies into inputs. */
final class AdminResponses {

    private static final Logger LOG = Logger.getLogger(AdminResponses.class.getName());

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private AdminResponses() {
    }

    /** The response for {@code answer}: JSON, never cached, with the registration's version as ETag. */
    static Response.ResponseBuilder of(AdminAnswer answer) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder builder = Response.status(answer.status()).cacheControl(noStore);
        answer.body().ifPresent(body -> builder.type(MediaType.APPLICATION_JSON_TYPE).entity(body));
        answer.version().ifPresent(version -> builder.tag(new EntityTag(Long.toString(version))));
        return builder;
    }

    /** Runs an operation; a database failure answers {@code 503 database-unavailable}. */
    static Response run(Supplier<AdminAnswer> operation) {
        try {
            return of(operation.get()).build();
        } catch (LtiStoreException e) {
            LOG.log(Level.WARNING, "An admin API request failed in the database", e);
            return of(AdminAnswer.problem("database-unavailable", 503, "The database did not complete the request, "
                    + "so nothing was changed. Try again in a moment; if it persists, check the database.")).build();
        }
    }

    /** Reads a JSON body; empty when it is missing or not the expected JSON object. */
    static <T> Optional<T> parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Holder.JSONB.fromJson(body, type));
        } catch (JsonbException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The answer to a body that is not the expected JSON object. */
    static Response malformed(String expected) {
        return of(AdminAnswer.problem("body-malformed", 400, "The request body must be a JSON object " + expected
                + "; send it with Content-Type: application/json.")).build();
    }

    /** The answer to an If-Match that names no version. */
    static Response ifMatchInvalid() {
        return of(AdminAnswer.problem("if-match-invalid", 400, "If-Match must be the registration's ETag, "
                + "a version number in quotes such as \"3\".")).build();
    }
}
