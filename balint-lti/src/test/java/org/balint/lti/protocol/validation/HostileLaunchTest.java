package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.protocol.validation.LaunchScenario.ATTACKER_KEY;
import static org.balint.lti.protocol.validation.LaunchScenario.CLIENT_ID;
import static org.balint.lti.protocol.validation.LaunchScenario.ISSUER;
import static org.balint.lti.protocol.validation.LaunchScenario.OTHER_CLIENT_ID;
import static org.balint.lti.protocol.validation.LaunchScenario.PLATFORM_KEY;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.text.ParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.support.TestKeys;
import org.balint.lti.protocol.validation.LaunchScenario.BrowserLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile launches, each a valid baseline launch with exactly one thing changed, are
 * refused with the right reason code and status, and leave nothing behind: the login can still be
 * completed by the genuine launch afterwards.
 */
@DisplayName("Hostile launches are refused with their reason and change nothing")
class HostileLaunchTest {

    private static final Set<String> CODES_SEEN = new HashSet<>();

    /** What a test attacks with, and which login must stay untouched. */
    record Attack(LaunchRequest request, BrowserLogin login, boolean genuineLaunchStillWorks) {
    }

    /** One attempt: a fresh scenario, a browser's login, and the baseline claims for it. */
    static final class Attempt {
        final LaunchScenario scenario = new LaunchScenario();
        final BrowserLogin login = scenario.login();
        final Map<String, Object> claims = scenario.claimsFor(login);

        Attack token(String idToken) {
            return new Attack(scenario.launchOf(login, idToken), login, true);
        }

        Attack signed() {
            return token(scenario.signed(claims));
        }

        Attack with(String claim, Object value) {
            claims.put(claim, value);
            return signed();
        }

        Attack without(String claim) {
            claims.remove(claim);
            return signed();
        }

        @SuppressWarnings("unchecked")
        Attack withNested(String claim, String key, Object value) {
            Map<String, Object> nested = new LinkedHashMap<>((Map<String, Object>) claims.get(claim));
            if (value == null) {
                nested.remove(key);
            } else {
                nested.put(key, value);
            }
            return with(claim, nested);
        }

        Attack request(Optional<String> idToken, Optional<String> state, Optional<String> binding) {
            return new Attack(new LaunchRequest(idToken, state, binding), login, true);
        }

        String genuineToken() {
            return scenario.signed(scenario.claimsFor(login));
        }
    }

    static Arguments hostile(String description, String code, int status, Function<Attempt, Attack> attack) {
        return Arguments.of(description, code, status, attack);
    }

    static Stream<Arguments> hostileLaunches() {
        return Stream.of(
                // the request itself
                hostile("no id_token at all", "id-token-missing", 400,
                        a -> a.request(Optional.empty(), Optional.of(a.login.state()), Optional.of(a.login.browserBinding()))),
                hostile("no state at all", "state-missing", 400,
                        a -> a.request(Optional.of(a.genuineToken()), Optional.empty(), Optional.of(a.login.browserBinding()))),
                hostile("an oversized token (40 000 characters of custom parameters)", "token-too-large", 400,
                        a -> a.with(LtiClaims.CUSTOM, Map.of("padding", "x".repeat(40_000)))),
                hostile("a token truncated in the middle", "token-malformed", 400,
                        a -> a.token(a.genuineToken().substring(0, a.genuineToken().length() / 2))),
                hostile("a token with its signature part removed", "token-malformed", 400,
                        a -> a.token(a.genuineToken().substring(0, a.genuineToken().lastIndexOf('.')))),
                hostile("a token with characters outside base64url", "token-malformed", 400,
                        a -> a.token(a.genuineToken().replaceFirst("\\.", ".+/="))),
                hostile("a header that is not JSON", "token-malformed", 400,
                        a -> a.token(b64("{\"alg\":\"RS256\",") + a.genuineToken().substring(a.genuineToken().indexOf('.')))),
                hostile("an encrypted token (JWE) instead of a signed one", "token-malformed", 400,
                        a -> a.token(encrypted(a.claims))),
                hostile("claims that are not JSON", "claims-malformed", 400,
                        a -> a.token(rawSigned("{\"iss\":\"" + ISSUER + "\","))),
                hostile("claims that are a JSON array", "claims-malformed", 400,
                        a -> a.token(rawSigned("[\"" + ISSUER + "\"]"))),
                hostile("an issuer that is a number", "claims-malformed", 400, a -> a.with("iss", 42)),
                hostile("an expiry that is text", "claims-malformed", 400, a -> a.with("exp", "tomorrow")),
                // the header and the signature
                hostile("an unsigned token (alg none)", "token-unsigned", 401,
                        a -> a.token(new PlainJWT(claimsSet(a.claims)).serialize())),
                hostile("alg 'None' spelled with a capital and an empty signature", "algorithm-not-allowed", 401,
                        a -> a.token(b64("{\"alg\":\"None\"}") + "." + b64(JSONObjectUtils.toJSONString(a.claims)) + ".c2ln")),
                hostile("HS256 signed with the platform's public key as the secret", "algorithm-not-allowed", 401,
                        a -> a.token(TestKeys.sign(header(JWSAlgorithm.HS256, PLATFORM_KEY.getKeyID()), hmacWithPublicKey(), a.claims))),
                hostile("RS512 instead of RS256", "algorithm-not-allowed", 401,
                        a -> a.token(TestKeys.sign(header(JWSAlgorithm.RS512, PLATFORM_KEY.getKeyID()), TestKeys.signer(PLATFORM_KEY), a.claims))),
                hostile("PS256 instead of RS256", "algorithm-not-allowed", 401,
                        a -> a.token(TestKeys.sign(header(JWSAlgorithm.PS256, PLATFORM_KEY.getKeyID()), TestKeys.signer(PLATFORM_KEY), a.claims))),
                hostile("a typ header of an access token", "token-type-not-allowed", 401,
                        a -> a.token(TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                                .keyID(PLATFORM_KEY.getKeyID()).build(), TestKeys.signer(PLATFORM_KEY), a.claims))),
                hostile("a critical header parameter", "critical-header-unsupported", 401,
                        a -> a.token(TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(PLATFORM_KEY.getKeyID())
                                .criticalParams(Set.of("policy")).customParam("policy", "strict").build(),
                                TestKeys.signer(PLATFORM_KEY), a.claims))),
                hostile("the attacker's key embedded in the header (jwk)", "embedded-key-refused", 401,
                        a -> a.token(TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ATTACKER_KEY.getKeyID())
                                .jwk(ATTACKER_KEY.toPublicJWK()).build(), TestKeys.signer(ATTACKER_KEY), a.claims))),
                hostile("a key-set URL of the attacker's in the header (jku)", "embedded-key-refused", 401,
                        a -> a.token(TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ATTACKER_KEY.getKeyID())
                                .jwkURL(URI.create("https://attacker.example.com/jwks")).build(), TestKeys.signer(ATTACKER_KEY), a.claims))),
                hostile("a key id the platform never published", "signing-key-unknown", 401,
                        a -> a.token(TestKeys.signRs256(ATTACKER_KEY, a.claims))),
                hostile("the platform's key id but the attacker's key", "signature-invalid", 401,
                        a -> a.token(TestKeys.sign(header(JWSAlgorithm.RS256, PLATFORM_KEY.getKeyID()), TestKeys.signer(ATTACKER_KEY), a.claims))),
                hostile("claims altered after signing (learner made instructor)", "signature-invalid", 401, a -> {
                    String genuine = a.genuineToken();
                    a.claims.put(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
                    String[] parts = genuine.split("\\.");
                    return a.token(parts[0] + "." + b64(JSONObjectUtils.toJSONString(a.claims)) + "." + parts[2]);
                }),
                // issuer, audience, time
                hostile("no issuer", "issuer-missing", 401, a -> a.without("iss")),
                hostile("an issuer that is not registered", "issuer-unknown", 401, a -> a.with("iss", "https://evil.example.com")),
                hostile("the registered issuer with a trailing slash", "issuer-unknown", 401, a -> a.with("iss", ISSUER + "/")),
                hostile("no audience", "audience-missing", 401, a -> a.without("aud")),
                hostile("an audience without our client_id", "client-unknown", 401, a -> a.with("aud", "someone-else")),
                hostile("several audiences, none ours, with azp ours", "audience-mismatch", 401,
                        a -> {
                            a.claims.put("aud", List.of("lms-analytics", "someone-else"));
                            return a.with("azp", CLIENT_ID);
                        }),
                hostile("several audiences and no azp", "authorized-party-missing", 401,
                        a -> a.with("aud", List.of(CLIENT_ID, "lms-analytics"))),
                hostile("an azp naming another client", "authorized-party-mismatch", 401, a -> a.with("azp", "lms-analytics")),
                hostile("a token for another tool registered at the same platform", "login-platform-mismatch", 403,
                        a -> a.with("aud", OTHER_CLIENT_ID)),
                hostile("no expiry", "expiry-missing", 401, a -> a.without("exp")),
                hostile("expired beyond the clock skew", "token-expired", 401,
                        a -> a.with("exp", LaunchScenario.NOW.minusSeconds(31).getEpochSecond())),
                hostile("no issue time", "issued-at-missing", 401, a -> a.without("iat")),
                hostile("issued five minutes in the future", "issued-in-future", 401,
                        a -> a.with("iat", LaunchScenario.NOW.plusSeconds(300).getEpochSecond())),
                hostile("not valid before an hour from now", "token-not-yet-valid", 401,
                        a -> a.with("nbf", LaunchScenario.NOW.plusSeconds(3600).getEpochSecond())),
                hostile("no nonce", "nonce-missing", 401, a -> a.without("nonce")),
                hostile("a blank subject", "subject-blank", 401, a -> a.with("sub", " ")),
                // state, browser, nonce
                hostile("a state no login ever issued", "state-unknown", 403,
                        a -> a.request(Optional.of(a.genuineToken()), Optional.of("made-up-state"), Optional.of(a.login.browserBinding()))),
                hostile("another browser's state with this browser's cookie", "state-not-bound-to-browser", 403, a -> {
                    BrowserLogin other = a.scenario.login();
                    return a.request(Optional.of(a.genuineToken()), Optional.of(other.state()), Optional.of(a.login.browserBinding()));
                }),
                hostile("no browser binding (cookie blocked and no platform storage)", "browser-binding-missing", 403,
                        a -> a.request(Optional.of(a.genuineToken()), Optional.of(a.login.state()), Optional.empty())),
                hostile("a forged browser binding", "state-not-bound-to-browser", 403,
                        a -> a.request(Optional.of(a.genuineToken()), Optional.of(a.login.state()), Optional.of("forged-cookie"))),
                hostile("a state whose login has expired", "login-expired", 403, a -> {
                    a.scenario.clock.advance(LaunchScenario.LOGIN_LIFETIME.plusSeconds(1));
                    return new Attack(a.signed().request(), a.login, false);
                }),
                hostile("a state reused after a completed launch", "state-reused", 403, a -> {
                    LaunchRequest genuine = a.signed().request();
                    assertThat(a.scenario.processor.process(genuine)).isInstanceOf(LaunchAccepted.class);
                    return new Attack(genuine, a.login, false);
                }),
                hostile("a nonce this tool never sent", "nonce-not-issued-for-login", 403, a -> a.with("nonce", "nonce-never-sent")),
                hostile("an unused nonce issued to another browser's login", "nonce-not-issued-for-login", 403,
                        a -> a.with("nonce", a.scenario.login().nonce())),
                hostile("a replayed nonce with a fresh login", "nonce-replayed", 403, a -> {
                    assertThat(a.scenario.processor.process(a.signed().request())).isInstanceOf(LaunchAccepted.class);
                    BrowserLogin fresh = a.scenario.login();
                    Map<String, Object> replay = a.scenario.claimsFor(fresh);
                    replay.put("nonce", a.login.nonce());
                    return new Attack(a.scenario.launchOf(fresh, a.scenario.signed(replay)), fresh, true);
                }),
                // LTI claims
                hostile("no LTI version", "version-missing", 422, a -> a.without(LtiClaims.VERSION)),
                hostile("LTI version 1.1", "version-unsupported", 422, a -> a.with(LtiClaims.VERSION, "1.1")),
                hostile("LTI version as a number", "version-unsupported", 422, a -> a.with(LtiClaims.VERSION, 1.3)),
                hostile("no message type", "message-type-missing", 422, a -> a.without(LtiClaims.MESSAGE_TYPE)),
                hostile("a submission review message", "message-type-unsupported", 422,
                        a -> a.with(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")),
                hostile("no deployment id", "deployment-id-missing", 422, a -> a.without(LtiClaims.DEPLOYMENT_ID)),
                hostile("a deployment that is not registered", "deployment-unknown", 403,
                        a -> a.with(LtiClaims.DEPLOYMENT_ID, "deployment-999")),
                hostile("a deployment other than the one the login named", "deployment-mismatch", 403, a -> {
                    BrowserLogin named = a.scenario.login(Map.of("lti_deployment_id", LaunchScenario.DEPLOYMENT));
                    Map<String, Object> claims = a.scenario.claimsFor(named);
                    claims.put(LtiClaims.DEPLOYMENT_ID, LaunchScenario.SECOND_DEPLOYMENT);
                    return new Attack(a.scenario.launchOf(named, a.scenario.signed(claims)), named, true);
                }),
                hostile("no target_link_uri", "target-link-uri-missing", 422, a -> a.without(LtiClaims.TARGET_LINK_URI)),
                hostile("a target_link_uri other than the login's", "target-link-uri-mismatch", 403,
                        a -> a.with(LtiClaims.TARGET_LINK_URI, "https://tool.example.org/lti/launch?group=someone-elses")),
                hostile("no resource link", "resource-link-missing", 422, a -> a.without(LtiClaims.RESOURCE_LINK)),
                hostile("a resource link without an id", "resource-link-missing", 422,
                        a -> a.withNested(LtiClaims.RESOURCE_LINK, "id", null)),
                hostile("no roles claim", "roles-missing", 422, a -> a.without(LtiClaims.ROLES)),
                hostile("a deep-linking request without deep-linking settings", "deep-linking-settings-missing", 422,
                        a -> a.with(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest")),
                hostile("roles as a single string", "claim-invalid", 422,
                        a -> a.with(LtiClaims.ROLES, "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
                hostile("a context without an id", "claim-invalid", 422, a -> a.withNested(LtiClaims.CONTEXT, "id", null)),
                hostile("a return URL with a javascript: scheme", "claim-invalid", 422,
                        a -> a.withNested(LtiClaims.LAUNCH_PRESENTATION, "return_url", "javascript:alert(document.cookie)")),
                hostile("a line-items URL that is not a URL", "claim-invalid", 422,
                        a -> a.withNested(LtiClaims.AGS_ENDPOINT, "lineitems", "not a url")),
                // the platform
                hostile("a platform whose key set cannot be fetched", "platform-unreachable", 503, a -> {
                    a.scenario.platformJwks.goOffline();
                    return new Attack(a.signed().request(), a.login, false);
                }));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("hostileLaunches")
    @DisplayName("a hostile launch is refused with its reason code and status, and nothing is stored")
    void refused(String description, String expectedCode, int expectedStatus, Function<Attempt, Attack> attackOf) {
        Attempt attempt = new Attempt();
        Attack attack = attackOf.apply(attempt);

        LaunchResult result = attempt.scenario.processor.process(attack.request());

        assertThat(result).as(description).isInstanceOf(LaunchRefused.class);
        LaunchProblem problem = ((LaunchRefused) result).problem();
        assertThat(problem.code()).as(description + ": " + problem.message()).isEqualTo(expectedCode);
        assertThat(problem.httpStatus()).isEqualTo(expectedStatus);
        assertThat(problem.message()).isNotBlank();
        CODES_SEEN.add(problem.code());

        if (attack.genuineLaunchStillWorks()) {
            BrowserLogin login = attack.login();
            assertThat(attempt.scenario.store.find(login.state()).orElseThrow().isCompleted()).isFalse();
            assertThat(attempt.scenario.store.isNonceUsed(login.nonce())).isFalse();
            LaunchResult genuine = attempt.scenario.processor.process(
                    attempt.scenario.launchOf(login, attempt.scenario.signed(attempt.scenario.claimsFor(login))));
            assertThat(genuine).as("the genuine launch after the refused one").isInstanceOf(LaunchAccepted.class);
        }
    }

    /**
     * Every refusal reason is reached by some hostile launch, except {@code issuer-mismatch}: the
     * registration is looked up by the exact issuer, so the claims policy's own issuer check is a
     * second line that {@link ClaimsPolicyTest} exercises directly.
     */
    @AfterAll
    static void everyReasonOfTheChainIsExercised() {
        Set<String> expected = new HashSet<>();
        for (LaunchRejection.Reason reason : LaunchRejection.Reason.values()) {
            expected.add(reason.code());
        }
        expected.remove(LaunchRejection.Reason.ISSUER_MISMATCH.code());
        expected.add(PlatformUnreachable.CODE);

        assertThat(hostileLaunches().count()).isGreaterThanOrEqualTo(40);
        assertThat(CODES_SEEN).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String b64(String json) {
        return Base64URL.encode(json).toString();
    }

    private static JWSHeader header(JWSAlgorithm alg, String kid) {
        return new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid).build();
    }

    private static String rawSigned(String payload) {
        String signingInput = b64("{\"alg\":\"RS256\",\"kid\":\"" + PLATFORM_KEY.getKeyID() + "\"}") + "." + b64(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(PLATFORM_KEY.toRSAPrivateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64URL.encode(rsa.sign());
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MACSigner hmacWithPublicKey() {
        try {
            return new MACSigner(PLATFORM_KEY.toRSAPublicKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claimsSet(Map<String, Object> claims) {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encrypted(Map<String, Object> claims) {
        try {
            EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
                    claimsSet(claims));
            jwe.encrypt(new RSAEncrypter(PLATFORM_KEY.toRSAPublicKey()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
