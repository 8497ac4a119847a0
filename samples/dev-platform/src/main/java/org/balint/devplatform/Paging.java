package org.balint.devplatform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a service listing, from the {@code limit} and {@code from} query parameters: at most
 * {@code limit} entries from offset {@code from}, and the {@code Link: <…>; rel="next"} URL to the
 * next page when there is one, keeping the other query parameters.
 *
 * @param from  offset of the first entry
 * @param limit most entries on the page
 */
record Paging(int from, int limit) {

    static final int MAX_LIMIT = 1_000;

    static Paging of(Map<String, String> query, int defaultLimit) {
        int limit = Optional.ofNullable(query.get("limit")).map(value -> parse("limit", value)).orElse(defaultLimit);
        int from = Optional.ofNullable(query.get("from")).map(value -> parse("from", value)).orElse(0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Refusal(400, "limit-out-of-range", "The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new Paging(from, limit);
    }

    <T> List<T> page(List<T> all) {
        return all.subList(Math.min(from, all.size()), (int) Math.min((long) from + limit, all.size()));
    }

    /** The next page's URL, when entries remain after this page. */
    Optional<URI> next(URI endpoint, Map<String, String> query, int total) {
        if ((long) from + limit >= total) {
            return Optional.empty();
        }
        Map<String, String> nextQuery = new LinkedHashMap<>(query);
        nextQuery.put("limit", String.valueOf(limit));
        nextQuery.put("from", String.valueOf(from + limit));
        return Optional.of(withQuery(endpoint, nextQuery));
    }

    static URI withQuery(URI endpoint, Map<String, String> query) {
        StringBuilder text = new StringBuilder(endpoint.toString());
        char separator = endpoint.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            text.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(text.toString());
    }

    private static int parse(String name, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException notNumber) {
            throw new Refusal(400, name + "-malformed", "The " + name + " must be a whole number from 0, not \""
                    + value + "\".");
        }
    }
}
