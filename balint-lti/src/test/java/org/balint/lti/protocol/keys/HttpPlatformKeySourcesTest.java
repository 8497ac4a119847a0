package org.balint.lti.protocol.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The HTTP key sources against a key-set endpoint on the loopback interface. */
@DisplayName("Platform key sets fetched over HTTP")
class HttpPlatformKeySourcesTest {

    private static final RSAKey KEY = TestKeys.rsaKey("moodle-7ed1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mod/lti/certs.php", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mod/lti/certs.php");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static PlatformRegistration moodleWithKeysAt(URI jwks) {
        return new PlatformRegistration("http://127.0.0.1:8800", "client", URI.create("http://127.0.0.1:8800/mod/lti/auth.php"),
                URI.create("http://127.0.0.1:8800/mod/lti/token.php"), jwks, Set.of("1"));
    }

    private static JWKSelector kid(String kid) {
        return new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
    }

    @Test
    @DisplayName("the platform's published key is fetched once and then served from the cache")
    void fetchesAndCaches() throws Exception {
        URI jwks = serve(200, new JWKSet(KEY.toPublicJWK()).toString());
        PlatformKeySources sources = PlatformKeySources.overHttp(clock, JwksPolicy.defaults());

        assertThat(sources.forPlatform(moodleWithKeysAt(jwks)).get(kid("moodle-7ed1"), null)).hasSize(1);
        assertThat(sources.forPlatform(moodleWithKeysAt(jwks)).get(kid("moodle-7ed1"), null)).hasSize(1);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a key-set endpoint answering 500 is a key source failure")
    void serverError() throws Exception {
        URI jwks = serve(500, "{}");
        PlatformKeySources sources = PlatformKeySources.overHttp(clock, JwksPolicy.defaults());

        assertThatThrownBy(() -> sources.forPlatform(moodleWithKeysAt(jwks)).get(kid("moodle-7ed1"), null))
                .isInstanceOf(KeySourceException.class);
    }

    @Test
    @DisplayName("a key-set document over the size limit is refused")
    void sizeLimit() throws Exception {
        URI jwks = serve(200, "{\"keys\":[],\"padding\":\"" + "x".repeat(10_000) + "\"}");
        JwksPolicy small = new JwksPolicy(Duration.ofMinutes(15), Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofSeconds(4), 4096);
        PlatformKeySources sources = PlatformKeySources.overHttp(clock, small);

        assertThatThrownBy(() -> sources.forPlatform(moodleWithKeysAt(jwks)).get(kid("moodle-7ed1"), null))
                .isInstanceOf(KeySourceException.class);
    }

    @Test
    @DisplayName("a platform whose server is down is a key source failure")
    void connectionRefused() throws Exception {
        URI jwks = serve(200, "{}");
        server.stop(0);
        server = null;
        PlatformKeySources sources = PlatformKeySources.overHttp(clock, JwksPolicy.defaults());

        assertThatThrownBy(() -> sources.forPlatform(moodleWithKeysAt(jwks)).get(kid("moodle-7ed1"), null))
                .isInstanceOf(KeySourceException.class);
    }
}
