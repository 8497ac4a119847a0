package org.balint.lti.protocol.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceHttpTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpServer server;
    private final ServiceHttp http = new ServiceHttp(HttpClient.newHttpClient(), Duration.ofMillis(800), 1024);

    ServiceHttpTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/small", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/large", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up, as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void reads_an_answer_within_the_limits() throws Exception {
        ServiceResponse response = http.send(HttpRequest.newBuilder(url("/small")).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
        assertThat(response.mediaType()).contains("application/json");
        assertThat(response.declaresJson()).isTrue();
    }

    @Test
    void refuses_an_answer_above_the_size_limit() {
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(url("/large")).GET()))
                .isInstanceOfSatisfying(ServiceTransportException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ServiceTransportException.Kind.TOO_LARGE));
    }

    @Test
    void a_body_that_trickles_in_times_out_as_a_whole() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(url("/drip")).GET()))
                .isInstanceOfSatisfying(ServiceTransportException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ServiceTransportException.Kind.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void a_closed_port_is_unreachable() {
        URI closed = url("/small");
        server.stop(0);

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(closed).GET()))
                .isInstanceOfSatisfying(ServiceTransportException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ServiceTransportException.Kind.UNREACHABLE));
    }
}
