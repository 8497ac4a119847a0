package org.balint.lti.protocol.services.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;

/** Reads line items and line-item containers strictly. Blank optional strings (Moodle sends {@code ""}) count as absent. */
final class LineItemJson {

    private LineItemJson() {
    }

    static LineItem one(String body) throws JsonShapeException {
        return lineItem(JsonValues.object(body));
    }

    static List<LineItem> container(String body) throws JsonShapeException {
        List<LineItem> items = new ArrayList<>();
        for (Map<String, Object> json : JsonValues.objects(JsonValues.array(body), "the line-item container")) {
            items.add(lineItem(json));
        }
        return items;
    }

    private static LineItem lineItem(Map<String, Object> json) throws JsonShapeException {
        double scoreMaximum = JsonValues.number(json, "scoreMaximum");
        if (scoreMaximum < 0) {
            throw new JsonShapeException("\"scoreMaximum\" is negative");
        }
        return new LineItem(JsonValues.url(json, "id"), JsonValues.text(json, "label"), scoreMaximum,
                JsonValues.optionalText(json, "resourceId"), JsonValues.optionalText(json, "tag"),
                JsonValues.optionalText(json, "resourceLinkId"));
    }
}
