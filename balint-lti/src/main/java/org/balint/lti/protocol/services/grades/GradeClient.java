package org.balint.lti.protocol.services.grades;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.LinkHeader;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.ServiceResponse;
import org.balint.lti.protocol.services.ServiceTransportException;
import org.balint.lti.protocol.services.token.AccessTokenProvider;
import org.balint.lti.protocol.services.token.TokenRequestFailed;

/**
 * Line items and scores on a platform's AGS 2.0 service. Thread-safe.
 *
 * <p>Every call asks for a token with the same scope set (by default line items and scores), so one
 * cached token serves them all. A {@code 401} makes the client drop the cached token and try once
 * more with a new one.
 */
public final class GradeClient {

    /** The scope to read and create line items. */
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    /** The scope to post scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    /** The media type of a line-item container. */
    public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    /** The media type of a line item. */
    public static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    /** The scope to read results. */
    public static final String RESULT_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    /** The media type of a result container. */
    public static final String RESULT_CONTAINER_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";
    /** The media type of a score. */
    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    private final ServiceHttp http;
    private final AccessTokenProvider tokens;
    private final Set<String> scopes;
    private final GradeSettings settings;
    private final ScoreClassifier classifier;

    /**
     * A client asking for the line-item and score scopes.
     *
     * @param http     sends the requests
     * @param tokens   the access tokens
     * @param clock    the time against which {@code Retry-After} dates are read
     * @param settings retry waits and paging limit
     */
    public GradeClient(ServiceHttp http, AccessTokenProvider tokens, Clock clock, GradeSettings settings) {
        this(http, tokens, Set.of(LINE_ITEM_SCOPE, SCORE_SCOPE), clock, settings);
    }

    /**
     * A client asking for {@code scopes} on every call (for a tool granted only some AGS scopes).
     */
    public GradeClient(ServiceHttp http, AccessTokenProvider tokens, Set<String> scopes, Clock clock,
            GradeSettings settings) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.scopes = Set.copyOf(scopes);
        if (this.scopes.isEmpty()) {
            throw new IllegalArgumentException("Ask for at least one scope");
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classifier = new ScoreClassifier(Objects.requireNonNull(clock, "clock"), settings);
    }

    /**
     * The line items in container {@code lineItems} (the launch's {@code lineitems} URL) that pass
     * {@code filter}, over all pages.
     *
     * @throws GradeServiceFailed with a reason code if the platform refuses or answers badly
     * @throws TokenRequestFailed if no access token could be obtained
     */
    public List<LineItem> lineItems(PlatformRegistration platform, URI lineItems, LineItemFilter filter) {
        List<LineItem> found = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        Optional<URI> next = Optional.of(withFilter(lineItems, filter));
        while (next.isPresent()) {
            URI page = next.get();
            if (visited.size() == settings.maxPages() || !visited.add(page)) {
                throw new GradeServiceFailed(GradeProblem.TOO_MANY_PAGES, "stopped at " + page);
            }
            ServiceResponse response = expectJson(call(platform,
                    () -> HttpRequest.newBuilder(page).header("Accept", CONTAINER_TYPE).GET()), page);
            try {
                LineItemJson.container(response.body()).stream().filter(item -> item.matches(filter)).forEach(found::add);
            } catch (JsonShapeException e) {
                throw new GradeServiceFailed(GradeProblem.MALFORMED, e.getMessage() + " at " + page);
            }
            next = LinkHeader.of(response.headers(), page).relation("next").map(link -> {
                if (!LinkHeader.sameOrigin(lineItems, link)) {
                    throw new GradeServiceFailed(GradeProblem.FOREIGN_LINK, "link to " + link);
                }
                return link;
            });
        }
        return List.copyOf(found);
    }

    /**
     * The line item at {@code lineItem}.
     *
     * @throws GradeServiceFailed with a reason code ({@code line-item-gone} if it no longer exists)
     */
    public LineItem lineItem(PlatformRegistration platform, URI lineItem) {
        ServiceResponse response = expectJson(call(platform,
                () -> HttpRequest.newBuilder(lineItem).header("Accept", LINE_ITEM_TYPE).GET()), lineItem);
        return readOne(response, lineItem);
    }

    /**
     * Creates {@code item} in container {@code lineItems}; returns it as the platform stored it.
     *
     * @throws GradeServiceFailed with a reason code if the platform refuses or answers badly
     */
    public LineItem create(PlatformRegistration platform, URI lineItems, NewLineItem item) {
        String body = JsonValues.write(item.toJson());
        ServiceResponse response = expectJson(call(platform, () -> HttpRequest.newBuilder(lineItems)
                .header("Content-Type", LINE_ITEM_TYPE).header("Accept", LINE_ITEM_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))), lineItems);
        return readOne(response, lineItems);
    }

    /**
     * The result the platform holds for {@code userId} on {@code lineItem}, if it holds one (needs the
     * {@link #RESULT_SCOPE} among this client's scopes).
     *
     * @throws GradeServiceFailed with a reason code if the platform refuses or answers badly
     * @throws TokenRequestFailed if no access token could be obtained
     */
    public Optional<Result> result(PlatformRegistration platform, URI lineItem, String userId) {
        URI results = ResultsUrl.of(lineItem, userId);
        ServiceResponse response = expectJson(call(platform,
                () -> HttpRequest.newBuilder(results).header("Accept", RESULT_CONTAINER_TYPE).GET()), results);
        try {
            return ResultJson.container(response.body()).stream().filter(r -> r.userId().equals(userId)).findFirst();
        } catch (JsonShapeException e) {
            throw new GradeServiceFailed(GradeProblem.MALFORMED, e.getMessage() + " at " + results);
        }
    }

    /**
     * Posts {@code score} to the scores URL of {@code lineItem} and says what became of it. Never
     * throws for what the platform answers, nor for a failed token request.
     */
    public ScoreOutcome publish(PlatformRegistration platform, URI lineItem, Score score) {
        URI scores = ScoresUrl.of(lineItem);
        String body = JsonValues.write(score.toJson());
        try {
            ServiceResponse response = send(platform, () -> HttpRequest.newBuilder(scores)
                    .header("Content-Type", SCORE_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
            return classifier.classify(response);
        } catch (ServiceTransportException e) {
            return classifier.retryLater(settings.defaultRetry(), e.getMessage());
        } catch (TokenRequestFailed e) {
            return e.problem().isTransient()
                    ? classifier.retryLater(settings.defaultRetry(), e.getMessage())
                    : new ScoreOutcome.Rejected(e.code(), e.getMessage());
        }
    }

    private ServiceResponse call(PlatformRegistration platform, Supplier<HttpRequest.Builder> request) {
        ServiceResponse response;
        try {
            response = send(platform, request);
        } catch (ServiceTransportException e) {
            GradeProblem problem = e.kind() == ServiceTransportException.Kind.TOO_LARGE
                    ? GradeProblem.TOO_LARGE : GradeProblem.UNAVAILABLE;
            throw new GradeServiceFailed(problem, e.getMessage());
        }
        int status = response.status();
        String said = PlatformMessage.of(response.body());
        String detail = "HTTP " + status + (said.isEmpty() ? "" : ": " + said);
        if (status == 404 || status == 410) {
            throw new GradeServiceFailed(GradeProblem.GONE, detail);
        }
        if (status == 429 || status >= 500) {
            throw new GradeServiceFailed(GradeProblem.UNAVAILABLE, detail);
        }
        if (!response.successful()) {
            throw new GradeServiceFailed(GradeProblem.REFUSED, detail);
        }
        return response;
    }

    private ServiceResponse send(PlatformRegistration platform, Supplier<HttpRequest.Builder> request)
            throws ServiceTransportException {
        ServiceResponse response = http.send(request.get()
                .header("Authorization", tokens.token(platform, scopes).authorization()));
        if (response.status() == 401) {
            tokens.invalidate(platform, scopes);
            response = http.send(request.get()
                    .header("Authorization", tokens.token(platform, scopes).authorization()));
        }
        return response;
    }

    private static ServiceResponse expectJson(ServiceResponse response, URI url) {
        if (!response.declaresJson()) {
            throw new GradeServiceFailed(GradeProblem.WRONG_TYPE,
                    "content type " + response.mediaType().orElse("(none)") + " from " + url);
        }
        return response;
    }

    private static LineItem readOne(ServiceResponse response, URI url) {
        try {
            return LineItemJson.one(response.body());
        } catch (JsonShapeException e) {
            throw new GradeServiceFailed(GradeProblem.MALFORMED, e.getMessage() + " at " + url);
        }
    }

    private static URI withFilter(URI container, LineItemFilter filter) {
        StringBuilder query = new StringBuilder(container.getRawQuery() == null ? "" : container.getRawQuery());
        filter.resourceLinkId().ifPresent(id -> append(query, "resource_link_id", id));
        filter.tag().ifPresent(tag -> append(query, "tag", tag));
        filter.resourceId().ifPresent(id -> append(query, "resource_id", id));
        String url = container.toString();
        int cut = url.indexOf('?');
        String base = cut < 0 ? url : url.substring(0, cut);
        return URI.create(query.length() == 0 ? base : base + "?" + query);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
