package org.balint.lti.protocol.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A platform stand-in on the JDK's HTTP server at 127.0.0.1 on a free port; answers per method and path. */
public final class StubHttpServer implements AutoCloseable {

    /** A request as the server received it. */
    public record Recorded(String method, URI uri, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** What to answer. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public static Reply of(int status, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (!contentType.isEmpty()) {
                headers.put("Content-Type", contentType);
            }
            return new Reply(status, headers, body);
        }

        public static Reply json(int status, String body) {
            return of(status, "application/json", body);
        }

        public static Reply empty(int status) {
            return of(status, "", "");
        }

        public Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, more, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private StubHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubHttpServer start() {
        return new StubHttpServer();
    }

    /** The absolute URL of {@code pathAndQuery} on this server. */
    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** The origin, e.g. {@code http://127.0.0.1:41234}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubHttpServer on(String method, String path, Function<Recorded, Reply> responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    public StubHttpServer on(String method, String path, Reply reply) {
        return on(method, path, request -> reply);
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(recorded);
            Function<Recorded, Reply> route = routes.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            Reply reply = route == null ? Reply.json(404, "{\"error\":\"not found\"}") : route.apply(recorded);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
