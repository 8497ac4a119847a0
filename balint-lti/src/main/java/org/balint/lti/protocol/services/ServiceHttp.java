package org.balint.lti.protocol.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends service requests to platforms: every request gets the same timeout, and an answer larger
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
     * Sends {@code request} (built without a timeout: this class sets it) and reads the answer.
     *
     * @throws ServiceTransportException if the platform cannot be reached, does not answer in time,
     *                                   or answers with more than the size limit
     */
    public ServiceResponse send(HttpRequest.Builder request) throws ServiceTransportException {
        HttpRequest built = request.timeout(requestTimeout).build();
        try {
            HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
            String body = readBounded(response, built);
            return new ServiceResponse(response.statusCode(), response.headers(), body);
        } catch (HttpTimeoutException e) {
            throw new ServiceTransportException(ServiceTransportException.Kind.TIMED_OUT,
                    "No answer from " + built.uri() + " within " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new ServiceTransportException(ServiceTransportException.Kind.UNREACHABLE,
                    "Could not reach " + built.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceTransportException(ServiceTransportException.Kind.UNREACHABLE,
                    "Interrupted while calling " + built.uri(), e);
        }
    }

    private String readBounded(HttpResponse<InputStream> response, HttpRequest request)
            throws IOException, ServiceTransportException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(maxResponseBytes + 1);
            if (bytes.length > maxResponseBytes) {
                throw new ServiceTransportException(ServiceTransportException.Kind.TOO_LARGE,
                        "The answer from " + request.uri() + " is larger than " + maxResponseBytes + " bytes", null);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
