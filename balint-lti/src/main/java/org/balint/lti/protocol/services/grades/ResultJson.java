package org.balint.lti.protocol.services.grades;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;

/** Reads result containers strictly; a blank comment counts as absent. */
final class ResultJson {

    private ResultJson() {
    }

    static List<Result> container(String body) throws JsonShapeException {
        List<Result> results = new ArrayList<>();
        for (Map<String, Object> json : JsonValues.objects(JsonValues.array(body), "the result container")) {
            Optional<Instant> timestamp;
            Optional<String> text = JsonValues.optionalText(json, "timestamp");
            try {
                timestamp = text.map(t -> OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                throw new JsonShapeException("\"timestamp\" is not an ISO 8601 date and time with offset");
            }
            results.add(new Result(JsonValues.text(json, "userId"), JsonValues.optionalNumber(json, "resultScore"),
                    JsonValues.optionalNumber(json, "resultMaximum"), JsonValues.optionalText(json, "comment"),
                    timestamp));
        }
        return results;
    }
}
