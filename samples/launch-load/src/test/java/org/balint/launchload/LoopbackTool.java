package org.balint.launchload;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small LTI tool on the loopback address for the tests. It trusts whichever dev platform starts a
 * login (the {@code iss} of the initiation, with the dev platform's paths): its login answers with
 * the authentication request to that platform and a login cookie; its launch checks the cookie, the
 * id_token's signature against the platform's JWKS (fetched over HTTP and cached), the issuer,
 * audience and nonce, and greets the person. It can also be told to refuse every launch.
 */
final class LoopbackTool implements AutoCloseable {

    private record Login(String issuer, String clientId, String secret, String nonce) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final URI base;
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean refuseLaunches;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    private LoopbackTool(HttpServer server) {
        this.server = server;
        this.base = URI.create("http://localhost:" + server.getAddress().getPort());
    }

    static LoopbackTool start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        LoopbackTool tool = new LoopbackTool(server);
        server.createContext("/lti/login", tool::login);
        server.createContext("/lti/launch", tool::launch);
        server.setExecutor(tool.executor);
        server.start();
        return tool;
    }

    URI base() {
        return base;
    }

    int accepted() {
        return accepted.get();
    }

    /** From now on every launch is answered with 401. */
    void refuseLaunches() {
        refuseLaunches = true;
    }

    private DefaultJWTProcessor<SecurityContext> processor(String issuer, String clientId) {
        return processors.computeIfAbsent(issuer + " " + clientId, key -> {
            DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
            try {
                jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                        JWKSourceBuilder.create(URI.create(issuer + "/.well-known/jwks.json").toURL())
                                .retrying(false).build()));
            } catch (java.net.MalformedURLException notUrl) {
                throw new IllegalArgumentException(notUrl);
            }
            jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                    new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp", "nonce")));
            return jwtProcessor;
        });
    }

    private void login(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> initiation = parameters(exchange);
            String state = randomHex();
            String issuer = initiation.getOrDefault("iss", "");
            String clientId = initiation.getOrDefault("client_id", "");
            if (!issuer.startsWith("http://127.0.0.1:")) {
                answer(exchange, 400, "this tool only trusts a dev platform on this machine");
                return;
            }
            Login login = new Login(issuer, clientId, randomHex(), randomHex());
            logins.put(state, login);
            Map<String, String> request = new LinkedHashMap<>();
            request.put("scope", "openid");
            request.put("response_type", "id_token");
            request.put("response_mode", "form_post");
            request.put("prompt", "none");
            request.put("client_id", clientId);
            request.put("redirect_uri", base.resolve("/lti/launch").toString());
            request.put("login_hint", initiation.getOrDefault("login_hint", ""));
            request.put("lti_message_hint", initiation.getOrDefault("lti_message_hint", ""));
            request.put("state", state);
            request.put("nonce", login.nonce());
            exchange.getResponseHeaders().set("Location", issuer + "/auth?" + encode(request));
            exchange.getResponseHeaders().add("Set-Cookie",
                    "login-" + state + "=" + login.secret() + "; Path=/lti; HttpOnly; SameSite=Lax");
            exchange.sendResponseHeaders(302, -1);
        }
    }

    private void launch(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (refuseLaunches) {
                answer(exchange, 401, "refused");
                return;
            }
            Map<String, String> form = parameters(exchange);
            String state = form.getOrDefault("state", "");
            Login login = logins.remove(state);
            String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
            if (login == null || !cookie.contains("login-" + state + "=" + login.secret())) {
                answer(exchange, 400, "no login for this state in this browser");
                return;
            }
            try {
                JWTClaimsSet claims = processor(login.issuer(), login.clientId()).process(form.getOrDefault("id_token", ""), null);
                if (!login.nonce().equals(claims.getStringClaim("nonce"))) {
                    answer(exchange, 400, "nonce mismatch");
                    return;
                }
                accepted.incrementAndGet();
                exchange.getResponseHeaders().add("Set-Cookie", "login-" + state + "=; Path=/lti; Max-Age=0");
                answer(exchange, 200, "<h1>Welcome, " + claims.getSubject() + "</h1>");
            } catch (Exception refused) {
                answer(exchange, 401, "id_token refused: " + refused.getMessage());
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        String encoded = "POST".equals(exchange.getRequestMethod())
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : String.valueOf(exchange.getRequestURI().getRawQuery());
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
