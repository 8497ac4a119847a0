package org.balint.devplatform;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the platform's endpoints see it: method, path and parameters (the query of a GET, the
 * form body of a POST), read within fixed bounds. Reading refuses oversized bodies, too many or
 * repeated parameters and malformed encoding, each with a violation and its HTTP status.
 *
 * @param method     upper-case HTTP method
 * @param path       decoded request path
 * @param parameters parameters in arrival order, each name once
 * @param headers    the request headers
 */
record Inbound(String method, String path, Map<String, String> parameters, Headers headers) {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_PARAMETERS = 100;
    static final int MAX_VALUE_CHARS = 16 * 1024;

    /** What reading a request gave. */
    sealed interface Read {
    }

    /** The request, ready for an endpoint. */
    record Readable(Inbound request) implements Read {
    }

    /** The request cannot be read; answer with this status and violation. */
    record Unreadable(int status, Violation violation) implements Read {
    }

    Inbound {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    static Read read(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        Headers headers = exchange.getRequestHeaders();
        String encoded;
        if ("POST".equals(method)) {
            String contentType = Optional.ofNullable(headers.getFirst("Content-Type")).orElse("")
                    .toLowerCase(Locale.ROOT);
            if (!contentType.startsWith("application/x-www-form-urlencoded")) {
                return new Unreadable(415, new Violation("content-type-not-form",
                        "The platform reads POST requests as application/x-www-form-urlencoded forms; this one was \""
                                + contentType + "\"."));
            }
            Optional<String> body = readBody(exchange.getRequestBody());
            if (body.isEmpty()) {
                return new Unreadable(413, new Violation("request-too-large",
                        "The request body is larger than " + MAX_BODY_BYTES + " bytes; send less."));
            }
            encoded = body.get();
        } else {
            encoded = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            if (encoded.length() > MAX_BODY_BYTES) {
                return new Unreadable(414, new Violation("request-too-large",
                        "The query string is longer than " + MAX_BODY_BYTES + " characters; send less."));
            }
        }
        return parse(method, path, headers, encoded);
    }

    /** The request with the parameters of a form-encoded string, or the reason it is malformed. */
    private static Read parse(String method, String path, Headers headers, String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return new Readable(new Inbound(method, path, parameters, headers));
        }
        String[] pairs = encoded.split("&", MAX_PARAMETERS + 2);
        if (pairs.length > MAX_PARAMETERS) {
            return problem("too-many-parameters",
                    "The request has more than " + MAX_PARAMETERS + " parameters; send fewer.");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return problem("parameter-malformed",
                        "A parameter is not properly percent-encoded; encode the form as application/x-www-form-urlencoded.");
            }
            if (value.length() > MAX_VALUE_CHARS) {
                return problem("parameter-too-long",
                        "The parameter \"" + shorten(name) + "\" is longer than " + MAX_VALUE_CHARS + " characters.");
            }
            if (parameters.putIfAbsent(name, value) != null) {
                return problem("parameter-repeated",
                        "The parameter \"" + shorten(name) + "\" appears more than once; send each parameter once.");
            }
        }
        return new Readable(new Inbound(method, path, parameters, headers));
    }

    private static Read problem(String code, String message) {
        return new Unreadable(400, new Violation(code, message));
    }

    private static String shorten(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }

    private static Optional<String> readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
}
