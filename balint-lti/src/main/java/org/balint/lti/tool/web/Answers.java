package org.balint.lti.tool.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** Builds the tool's responses: pages that are never cached, and refusals as HTML or JSON. */
final class Answers {

    /** Pages hold personal, one-time content; they load nothing from elsewhere and run no scripts. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private Answers() {
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }

    /**
     * An HTML page with the given status. The page goes out as bytes: the runtime would HTML-escape a
     * text entity of a 400 answer a second time, and every page escapes what it shows already.
     */
    static Response.ResponseBuilder page(int status, String html) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .entity(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An HTML page that runs the tool's one script, admitted by {@code nonce}; its form may only post to
     * the tool itself, and tells the tool its origin when it does.
     */
    static Response.ResponseBuilder scriptedPage(int status, String html, String nonce) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore())
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce
                        + "'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'")
                // same-origin, not no-referrer: the form's POST to the tool must carry its Origin
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .entity(html.getBytes(StandardCharsets.UTF_8));
    }

    /** A refusal: JSON when the client prefers {@code application/json}, an HTML page otherwise. */
    static Response.ResponseBuilder refusal(HttpHeaders headers, String heading, Problem problem) {
        if (prefersJson(headers)) {
            return Response.status(problem.status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .cacheControl(noStore())
                    .entity(problem);
        }
        return page(problem.status(), Pages.refusal(heading, problem));
    }

    /** True when the first acceptable type the client names is JSON rather than HTML or anything. */
    static boolean prefersJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
