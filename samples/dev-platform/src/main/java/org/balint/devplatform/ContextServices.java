package org.balint.devplatform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Routes the course services under {@code /contexts/{course}/}: NRPS {@code memberships}, the AGS
 * {@code lineitems} container, a line item ({@code lineitems/{id}/lineitem}) and its {@code scores}
 * and {@code results}. An unknown course or line item is a 404.
 */
final class ContextServices extends JsonEndpoint {

    private final Catalog catalog;
    private final Gradebook gradebook;
    private final MembershipService memberships;
    private final LineItemService lineItems;
    private final ScoreService scores;

    ContextServices(Catalog catalog, Gradebook gradebook, MembershipService memberships, LineItemService lineItems,
            ScoreService scores) {
        this.catalog = catalog;
        this.gradebook = gradebook;
        this.memberships = memberships;
        this.lineItems = lineItems;
        this.scores = scores;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String[] segments = rawPath.substring(PlatformUrls.CONTEXTS.length()).split("/", -1);
        Course course = catalog.course(decode(segments[0])).orElseThrow(() -> notFound(rawPath));
        if (segments.length == 2 && "memberships".equals(segments[1])) {
            memberships.serve(exchange, course);
        } else if (segments.length == 2 && "lineitems".equals(segments[1])) {
            lineItems.container(exchange, course);
        } else if (segments.length >= 4 && segments.length <= 5 && "lineitems".equals(segments[1])
                && "lineitem".equals(segments[3])) {
            Gradebook.LineItem item = gradebook.lineItem(course.id(), decode(segments[2]))
                    .orElseThrow(() -> new Refusal(404, "line-item-unknown", "The course has no line item "
                            + decode(segments[2]) + "; list the line items to find it."));
            if (segments.length == 4) {
                lineItems.lineItem(exchange, course, item);
            } else if ("scores".equals(segments[4])) {
                scores.serve(exchange, course, item);
            } else if ("results".equals(segments[4])) {
                lineItems.results(exchange, course, item);
            } else {
                throw notFound(rawPath);
            }
        } else {
            throw notFound(rawPath);
        }
    }

    private static Refusal notFound(String path) {
        return new Refusal(404, "not-found", "Nothing lives at " + path + "; use the URLs from the launch's "
                + "service claims.");
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new Refusal(400, "path-malformed", "The path is not properly percent-encoded.");
        }
    }
}
