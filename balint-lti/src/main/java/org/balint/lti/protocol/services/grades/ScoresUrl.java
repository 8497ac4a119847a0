package org.balint.lti.protocol.services.grades;

import java.net.URI;

/**
 * Where a line item's scores are posted: its URL with {@code /scores} appended to the path, before
 * any query string (Moodle's line items carry {@code ?type_id=N}).
 */
public final class ScoresUrl {

    private ScoresUrl() {
    }

    /** The scores URL of line item {@code lineItem}. */
    public static URI of(URI lineItem) {
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        StringBuilder url = new StringBuilder().append(lineItem.getScheme()).append("://")
                .append(lineItem.getRawAuthority()).append(scores);
        if (lineItem.getRawQuery() != null) {
            url.append('?').append(lineItem.getRawQuery());
        }
        return URI.create(url.toString());
    }
}
