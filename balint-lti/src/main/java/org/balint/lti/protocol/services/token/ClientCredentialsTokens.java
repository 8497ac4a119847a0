package org.balint.lti.protocol.services.token;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.ServiceResponse;
import org.balint.lti.protocol.services.ServiceTransportException;

/**
 * Access tokens by the OAuth 2 client-credentials grant with a {@code private_key_jwt} client
 * assertion signed by the tool key. Thread-safe.
 *
 * <p>Tokens are cached per registration and sorted scope set, and replaced once the clock reaches
 * their expiry minus {@link TokenSettings#expiryMargin()}. Per cache key at most one request is in
 * flight: a caller that finds one running waits for its answer (and shares its failure) instead of
 * sending another. {@link #tokenRequests()} counts the requests sent.
 */
public final class ClientCredentialsTokens implements AccessTokenProvider {

    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ServiceHttp http;
    private final ClientAssertion assertions;
    private final AssertionAudience audience;
    private final Clock clock;
    private final TokenSettings settings;
    private final ConcurrentMap<TokenKey, AccessToken> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<TokenKey, CompletableFuture<AccessToken>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param http     sends the token requests
     * @param keys     the tool's keys; the active one signs the assertions
     * @param audience the assertion's {@code aud} per platform
     * @param clock    the time for assertions and cache expiry
     * @param settings lifetimes and margins
     */
    public ClientCredentialsTokens(ServiceHttp http, ToolKeyRing keys, AssertionAudience audience, Clock clock,
            TokenSettings settings) {
        this.http = Objects.requireNonNull(http, "http");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.assertions = new ClientAssertion(Objects.requireNonNull(keys, "keys"), clock, settings.assertionLifetime());
    }

    @Override
    public AccessToken token(PlatformRegistration platform, Set<String> scopes) {
        Objects.requireNonNull(platform, "platform");
        if (Objects.requireNonNull(scopes, "scopes").isEmpty()) {
            throw new IllegalArgumentException("Ask for at least one scope");
        }
        TokenKey key = TokenKey.of(platform, scopes);
        Optional<AccessToken> cached = fresh(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompletableFuture<AccessToken> mine = new CompletableFuture<>();
        CompletableFuture<AccessToken> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            AccessToken token = fresh(key).orElseGet(() -> request(platform, scopes));
            cache.put(key, token);
            mine.complete(token);
            return token;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    @Override
    public void invalidate(PlatformRegistration platform, Set<String> scopes) {
        cache.remove(TokenKey.of(platform, scopes));
    }

    /** How many token requests this instance has sent to platforms. */
    public long tokenRequests() {
        return requests.get();
    }

    private Optional<AccessToken> fresh(TokenKey key) {
        AccessToken token = cache.get(key);
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return now.isBefore(token.expiresAt().minus(settings.expiryMargin())) ? Optional.of(token) : Optional.empty();
    }

    private AccessToken request(PlatformRegistration platform, Set<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertions.sign(platform.clientId(), audience.audienceFor(platform)));
        form.put("scope", String.join(" ", new TreeSet<>(scopes)));
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        requests.incrementAndGet();
        ServiceResponse response;
        try {
            response = http.send(request);
        } catch (ServiceTransportException e) {
            throw new TokenRequestFailed(TokenProblem.UNREACHABLE, e.getMessage(), 0, Optional.empty(),
                    Optional.empty(), e);
        }
        return TokenResponse.read(response, scopes, clock.instant(), settings.lifetimeWhenUnstated());
    }

    private static AccessToken await(CompletableFuture<AccessToken> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
