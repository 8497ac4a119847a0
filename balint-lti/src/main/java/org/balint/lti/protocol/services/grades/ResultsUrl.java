package org.balint.lti.protocol.services.grades;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a line item's results are read: the line item's path plus {@code /results}, before its query
 * string (Moodle's line items end in {@code ?type_id=N}), with a {@code user_id} filter appended.
 */
public final class ResultsUrl {

    private ResultsUrl() {
    }

    /** The results URL of {@code lineItem} for one user. */
    public static URI of(URI lineItem, String userId) {
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(userId, "userId");
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        String results = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/results";
        StringBuilder url = new StringBuilder().append(lineItem.getScheme()).append("://")
                .append(lineItem.getRawAuthority()).append(results).append('?');
        if (lineItem.getRawQuery() != null && !lineItem.getRawQuery().isEmpty()) {
            url.append(lineItem.getRawQuery()).append('&');
        }
        url.append("user_id=").append(URLEncoder.encode(userId, StandardCharsets.UTF_8));
        return URI.create(url.toString());
    }
}
