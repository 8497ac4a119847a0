package org.balint.lti.protocol.services;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform's answer to a service call, read in full.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body as text (UTF-8), empty if there was none
 */
public record ServiceResponse(int status, HttpHeaders headers, String body) {

    /** Validates the arguments. */
    public ServiceResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** True for a 2xx status. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The first value of header {@code name}, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type of the body without parameters, lower case; empty if none was declared. */
    public Optional<String> mediaType() {
        return header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty());
    }

    /** True if the body is declared as JSON: {@code application/json} or any {@code +json} media type. */
    public boolean declaresJson() {
        return mediaType().map(type -> type.equals("application/json") || type.endsWith("+json")).orElse(false);
    }
}
