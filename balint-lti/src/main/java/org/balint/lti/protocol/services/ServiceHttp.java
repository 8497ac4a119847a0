package org.balint.lti.protocol.services;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends service requests to platforms: every exchange gets the same timeout, and an answer larger
 * than the limit is refused without being read further. Thread-safe; share one per application.
 */
public final class ServiceHttp {

    /** The default limit on an answer's size: 4 MiB, far above a page of members or line items. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxResponseBytes;

    /**
     * @param client           the HTTP client (redirects are the client's policy; the default follows none)
     * @param requestTimeout   how long one request may take, from sending to the last byte of the headers
     * @param maxResponseBytes the largest body accepted
     */
    public ServiceHttp(HttpClient client, Duration requestTimeout, int maxResponseBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        this.maxResponseBytes = maxResponseBytes;
    }

    /** A new client with a 5 s connect timeout, a 10 s request timeout and the default size limit. */
    public static ServiceHttp defaults() {
        return new ServiceHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Duration.ofSeconds(10), DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** The timeout applied to each request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Sends {@code request} (built without a timeout: this class sets it) and reads the answer. The
     * timeout covers the whole exchange, body included, so a platform that sends slowly cannot hold
     * the caller longer.
     *
     * @throws ServiceTransportException if the platform cannot be reached, does not answer in time,
     *                                   or answers with more than the size limit
     */
    public ServiceResponse send(HttpRequest.Builder request) throws ServiceTransportException {
        HttpRequest built = request.timeout(requestTimeout).build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(built, info -> new BoundedBody(maxResponseBytes));
        try {
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new ServiceResponse(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(built, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BoundedBody.TooLarge || cause != null && cause.getCause() instanceof BoundedBody.TooLarge) {
                throw new ServiceTransportException(ServiceTransportException.Kind.TOO_LARGE,
                        "The answer from " + built.uri() + " is larger than " + maxResponseBytes + " bytes", cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(built, cause);
            }
            throw new ServiceTransportException(ServiceTransportException.Kind.UNREACHABLE,
                    "Could not reach " + built.uri() + ": " + (cause == null ? e.getMessage() : cause.toString()), cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceTransportException(ServiceTransportException.Kind.UNREACHABLE,
                    "Interrupted while calling " + built.uri(), e);
        }
    }

    private ServiceTransportException timedOut(HttpRequest request, Throwable cause) {
        return new ServiceTransportException(ServiceTransportException.Kind.TIMED_OUT,
                "No answer from " + request.uri() + " within " + requestTimeout.toMillis() + " ms", cause);
    }
}
