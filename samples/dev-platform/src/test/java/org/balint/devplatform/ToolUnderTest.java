package org.balint.devplatform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal LTI tool for the tests, playing the tool's side of the launch: its login URL answers a
 * login initiation with the OIDC authentication request to the platform (fresh state and nonce), and
 * its launch URL verifies the posted id_token with Nimbus against the platform's JWKS, fetched over
 * HTTP, and keeps the verified claims. It has its own RSA key, published at {@code /lti/jwks}, to
 * sign client assertions and deep-linking responses.
 */
final class ToolUnderTest implements AutoCloseable {

    /** A launch the tool accepted. */
    record Launch(SignedJWT token, JWTClaimsSet claims, String state) {
    }

    private final HttpServer server;
    private final URI base;
    private final Map<String, String> nonceByState = new ConcurrentHashMap<>();
    private final List<Map<String, String>> logins = new CopyOnWriteArrayList<>();
    private final List<String> loginMethods = new CopyOnWriteArrayList<>();
    private final List<Launch> launches = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private volatile DevPlatform platform;
    private volatile DefaultJWTProcessor<SecurityContext> processor;
    private final RSAKey key = newKey();
    private final java.util.concurrent.atomic.AtomicInteger jwksFetches = new java.util.concurrent.atomic.AtomicInteger();

    private ToolUnderTest(HttpServer server) {
        this.server = server;
        this.base = URI.create("http://localhost:" + server.getAddress().getPort());
    }

    static ToolUnderTest start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        ToolUnderTest tool = new ToolUnderTest(server);
        server.createContext("/lti/login", tool::login);
        server.createContext("/lti/launch", tool::launch);
        server.createContext("/lti/jwks", tool::jwks);
        server.start();
        return tool;
    }

    URI base() {
        return base;
    }

    URI loginUrl() {
        return base.resolve("/lti/login");
    }

    URI launchUrl() {
        return base.resolve("/lti/launch");
    }

    /** Registers the platform: its issuer, client_id and JWKS (fetched over HTTP when a token arrives). */
    void trust(DevPlatform trusted) {
        this.platform = trusted;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(trusted.jwksUri().toURL()).retrying(false).build();
        } catch (java.net.MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                trusted.config().clientId(),
                new JWTClaimsSet.Builder().issuer(trusted.issuer().toString()).build(),
                Set.of("sub", "iat", "exp", "nonce", "azp")));
        this.processor = jwtProcessor;
    }

    /** The tool's private signing key. */
    RSAKey key() {
        return key;
    }

    /** How often the platform fetched the tool's JWKS. */
    int jwksFetches() {
        return jwksFetches.get();
    }

    /** The claims signed RS256 with the tool's key and kid. */
    String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** The claims signed RS256 with the given key. */
    static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        try (exchange) {
            jwksFetches.incrementAndGet();
            byte[] body = new JWKSet(key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    List<Map<String, String>> logins() {
        return logins;
    }

    List<String> loginMethods() {
        return loginMethods;
    }

    List<Launch> launches() {
        return launches;
    }

    Launch lastLaunch() {
        return launches.get(launches.size() - 1);
    }

    private void login(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> initiation = parameters(exchange);
            logins.add(initiation);
            loginMethods.add(exchange.getRequestMethod());
            String state = randomHex();
            String nonce = randomHex();
            nonceByState.put(state, nonce);
            Map<String, String> request = new LinkedHashMap<>();
            request.put("scope", "openid");
            request.put("response_type", "id_token");
            request.put("response_mode", "form_post");
            request.put("prompt", "none");
            request.put("client_id", initiation.getOrDefault("client_id", ""));
            request.put("redirect_uri", launchUrl().toString());
            request.put("login_hint", initiation.getOrDefault("login_hint", ""));
            request.put("lti_message_hint", initiation.getOrDefault("lti_message_hint", ""));
            request.put("state", state);
            request.put("nonce", nonce);
            exchange.getResponseHeaders().set("Location",
                    platform.authorizationEndpoint() + "?" + LoginInitiation.encode(request));
            exchange.sendResponseHeaders(302, -1);
        }
    }

    private void launch(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = parameters(exchange);
            String state = form.getOrDefault("state", "");
            String expectedNonce = nonceByState.remove(state);
            if (expectedNonce == null) {
                answer(exchange, 400, "unknown state");
                return;
            }
            try {
                SignedJWT token = SignedJWT.parse(form.getOrDefault("id_token", ""));
                JWTClaimsSet claims = processor.process(token, null);
                if (!expectedNonce.equals(claims.getStringClaim("nonce"))) {
                    answer(exchange, 400, "nonce mismatch");
                    return;
                }
                launches.add(new Launch(token, claims, state));
                answer(exchange, 200, "Launched as " + claims.getSubject());
            } catch (Exception refused) {
                answer(exchange, 401, "id_token refused: " + refused.getMessage());
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
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

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
