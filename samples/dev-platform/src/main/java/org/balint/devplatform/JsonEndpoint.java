package org.balint.devplatform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The frame of the platform's JSON services (token, registration, AGS, NRPS): refuses requests not
 * addressed to a loopback host, turns a {@link Refusal} into a JSON answer
 * {@code {"code","status","message"}} (with {@code error} and {@code error_description} for OAuth 2
 * endpoints), answers 500 for its own faults, and always closes the exchange. Subclasses only
 * {@link #serve} the request.
 */
abstract class JsonEndpoint implements HttpHandler {

    static final String JSON = "application/json";
    static final int MAX_JSON_BYTES = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(JsonEndpoint.class.getName());

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            if (!PlatformHandler.fromLoopbackHost(exchange)) {
                throw new Refusal(400, "host-not-loopback",
                        "The dev platform only answers requests addressed to 127.0.0.1, localhost or ::1.");
            }
            serve(exchange);
        } catch (Refusal refusal) {
            LOG.log(Level.DEBUG, () -> "Refused " + exchange.getRequestURI() + ": " + refusal.getMessage());
            answerRefusal(exchange, refusal);
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "The dev platform failed to answer " + exchange.getRequestURI().getPath(), failure);
            if (exchange.getResponseCode() == -1) {
                answerRefusal(exchange, new Refusal(500, "platform-failure",
                        "The platform could not answer this request; try again, and report it if it persists."));
            }
        } finally {
            exchange.close();
        }
    }

    /** Answers the request; throws {@link Refusal} for anything it refuses. */
    abstract void serve(HttpExchange exchange) throws IOException;

    static void requireMethod(HttpExchange exchange, Set<String> methods) {
        if (!methods.contains(exchange.getRequestMethod().toUpperCase(Locale.ROOT))) {
            String allow = String.join(", ", methods.stream().sorted().toList());
            throw new Refusal(405, "method-not-allowed", exchange.getRequestURI().getPath() + " answers " + allow
                    + ", not " + exchange.getRequestMethod() + ".", Optional.empty(), Map.of("Allow", allow));
        }
    }

    /** The request's media type without parameters, lower case; empty string when absent. */
    static String mediaType(HttpExchange exchange) {
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The request body as a JSON object of one of the accepted media types, read within bounds. */
    static Map<String, Object> jsonBody(HttpExchange exchange, Set<String> mediaTypes) throws IOException {
        String type = mediaType(exchange);
        if (!mediaTypes.contains(type)) {
            throw new Refusal(415, "content-type-not-accepted", "Send the body as one of " + mediaTypes.stream()
                    .sorted().toList() + ", not \"" + type + "\".");
        }
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw new Refusal(413, "request-too-large", "The body is larger than " + MAX_JSON_BYTES
                    + " bytes; send less.");
        }
        try {
            return JSONObjectUtils.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (ParseException malformed) {
            throw new Refusal(400, "json-malformed", "The body is not a JSON object; send a JSON object.");
        }
    }

    /** The query parameters, each name once; a repeated or malformed parameter is refused. */
    static Map<String, String> query(HttpExchange exchange) {
        String raw = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw.length() > 4096) {
            throw new Refusal(414, "request-too-large", "The query string is too long; send fewer parameters.");
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (parameters.putIfAbsent(name, value) != null) {
                    throw new Refusal(400, "parameter-repeated", "The parameter \"" + name
                            + "\" appears more than once; send it once.");
                }
            } catch (IllegalArgumentException malformed) {
                throw new Refusal(400, "parameter-malformed", "A query parameter is not properly percent-encoded.");
            }
        }
        return parameters;
    }

    static void sendJson(HttpExchange exchange, int status, String contentType, Object body,
            Map<String, String> headers) throws IOException {
        String json = body instanceof List<?> list ? JSONArrayText.of(list) : JSONObjectUtils.toJSONString(castMap(body));
        send(exchange, status, contentType, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Sends {@code body} as it is, declared as {@code contentType}: for answers that are deliberately not valid JSON. */
    static void sendText(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static void sendEmpty(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        send(exchange, status, JSON, new byte[0], headers);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body,
            Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        headers.forEach(exchange.getResponseHeaders()::set);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void answerRefusal(HttpExchange exchange, Refusal refusal) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        refusal.oauthError().ifPresent(error -> {
            body.put("error", error);
            body.put("error_description", refusal.violation().message());
        });
        body.put("code", refusal.violation().code());
        body.put("status", refusal.status());
        body.put("message", refusal.violation().message());
        sendJson(exchange, refusal.status(), JSON, body, refusal.headers());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object body) {
        return (Map<String, ?>) body;
    }

    /** JSON text of a top-level array, which Nimbus's utilities only write for objects. */
    private static final class JSONArrayText {
        private JSONArrayText() {
        }

        static String of(List<?> list) {
            String wrapped = JSONObjectUtils.toJSONString(Map.of("a", list));
            return wrapped.substring(wrapped.indexOf(':') + 1, wrapped.length() - 1);
        }
    }
}
