package org.balint.lti.protocol.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.DeepLinkingSettings;
import org.balint.lti.protocol.message.LaunchDetails;
import org.balint.lti.protocol.message.LtiRoles;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.MutableClock;
import org.junit.jupiter.api.Test;

class DeepLinkingResponderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T22:50:00Z"));
    private final ToolKeyRing keys = ToolKeyRing.generate(clock, Duration.ofHours(1));
    private final DeepLinkingResponder responder = new DeepLinkingResponder(keys, clock, Duration.ofMinutes(5));

    /** The request Moodle sent (fixture 13): accept_types ltiResourceLink, accept_multiple, no data. */
    private static DeepLinkingRequest moodleRequest() {
        Map<String, Object> claims = Fixtures.json("moodle-4.5/13-deeplinking-id_token-claims.json");
        Map<String, Object> settings = Fixtures.object(claims, "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
        @SuppressWarnings("unchecked")
        List<String> acceptTypes = (List<String>) settings.get("accept_types");
        return request(new PlatformDeployment((String) claims.get("iss"), (String) claims.get("aud"),
                        (String) claims.get("https://purl.imsglobal.org/spec/lti/claim/deployment_id")),
                new DeepLinkingSettings(URI.create((String) settings.get("deep_link_return_url")), acceptTypes,
                        List.of("iframe", "window"), Optional.empty(), (Boolean) settings.get("accept_multiple"), false,
                        Optional.of("DL test"), Optional.empty(), Optional.empty()));
    }

    private static DeepLinkingRequest request(PlatformDeployment deployment, DeepLinkingSettings settings) {
        LaunchDetails details = new LaunchDetails(deployment, URI.create("https://balint.example.org/lti/launch"),
                Optional.empty(), LtiRoles.none(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty(), Optional.empty(), Instant.parse("2026-11-28T22:49:58Z"));
        return new DeepLinkingRequest(details, settings);
    }

    private static DeepLinkingRequest canvasRequest(List<String> acceptTypes, boolean acceptMultiple) {
        return request(new PlatformDeployment("https://canvas.instructure.com", "10000000000042",
                        "12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"),
                new DeepLinkingSettings(URI.create("https://example.instructure.com/courses/5/deep_linking_response?modal=true&placement=editor_button"),
                        acceptTypes, List.of("iframe"), Optional.empty(), acceptMultiple, false, Optional.empty(),
                        Optional.empty(), Optional.of("opaque-csrf-token-42")));
    }

    private static ResourceLinkItem groupLink() {
        return new ResourceLinkItem(Optional.of("Balint group: Thursday evening"), Optional.of("Case-based peer group"),
                Optional.of(URI.create("https://balint.example.org/lti/launch")), Map.of("balint_group", "g-17"),
                Optional.of(new ContentLineItem(12, Optional.of("CE credit"), Optional.of("group-g-17"), Optional.of("balint-ce-credit"))));
    }

    private JWTClaimsSet verified(DeepLinkingReply reply) throws Exception {
        SignedJWT jwt = SignedJWT.parse(reply.jwt());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.signingKey().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(keys.signingKey().toRSAPublicKey()))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @Test
    void answers_moodles_request_with_a_signed_resource_link() throws Exception {
        DeepLinkingReply reply = responder.respond(moodleRequest(), List.of(groupLink()));

        assertThat(reply.returnUrl()).hasToString("http://127.0.0.1:8800/mod/lti/contentitem_return.php?course=2&id=1&sesskey=UajzC1y63d");
        JWTClaimsSet claims = verified(reply);
        assertThat(claims.getIssuer()).isEqualTo("2ABqdqmSjYFK1oP");
        assertThat(claims.getAudience()).containsExactly("http://127.0.0.1:8800");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plusSeconds(300));
        assertThat(claims.getStringClaim("nonce")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo("1");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/version")).isEqualTo("1.3.0");
        assertThat(claims.getClaims()).doesNotContainKey(DeepLinkingResponder.DATA);
        List<Object> items = claims.getListClaim(DeepLinkingResponder.CONTENT_ITEMS);
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Balint group: Thursday evening")
                .containsEntry("text", "Case-based peer group").containsEntry("url", "https://balint.example.org/lti/launch")
                .containsEntry("custom", Map.of("balint_group", "g-17"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(12);
        assertThat(lineItem).containsEntry("label", "CE credit").containsEntry("resourceId", "group-g-17")
                .containsEntry("tag", "balint-ce-credit");
    }

    @Test
    void echoes_the_requests_data_and_uses_a_fresh_nonce_each_time() throws Exception {
        DeepLinkingReply first = responder.respond(canvasRequest(List.of("link", "ltiResourceLink"), false), List.of(groupLink()));
        DeepLinkingReply second = responder.respond(canvasRequest(List.of("link", "ltiResourceLink"), false), List.of(groupLink()));

        JWTClaimsSet claims = verified(first);
        assertThat(claims.getStringClaim(DeepLinkingResponder.DATA)).isEqualTo("opaque-csrf-token-42");
        assertThat(claims.getIssuer()).isEqualTo("10000000000042");
        assertThat(claims.getAudience()).containsExactly("https://canvas.instructure.com");
        assertThat(claims.getStringClaim("nonce")).isNotEqualTo(verified(second).getStringClaim("nonce"));
    }

    @Test
    void an_empty_selection_is_a_valid_answer() throws Exception {
        DeepLinkingReply reply = responder.respond(canvasRequest(List.of("link"), false), List.of());

        assertThat(verified(reply).getListClaim(DeepLinkingResponder.CONTENT_ITEMS)).isEmpty();
    }

    @Test
    void refuses_resource_links_where_the_platform_accepts_none() {
        assertThatThrownBy(() -> responder.respond(canvasRequest(List.of("link", "file"), true), List.of(groupLink())))
                .isInstanceOfSatisfying(DeepLinkingRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("resource-links-not-accepted"));
    }

    @Test
    void refuses_several_items_where_the_platform_accepts_one() {
        assertThatThrownBy(() -> responder.respond(canvasRequest(List.of("ltiResourceLink"), false), List.of(groupLink(), groupLink())))
                .isInstanceOfSatisfying(DeepLinkingRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("multiple-items-not-accepted"));
        assertThat(responder.respond(moodleRequest(), List.of(groupLink(), groupLink())).jwt()).isNotBlank();
    }

    @Test
    void refuses_a_return_url_that_is_not_a_web_address() {
        DeepLinkingRequest request = request(new PlatformDeployment("https://lms.example", "c", "1"),
                new DeepLinkingSettings(URI.create("javascript:alert(1)"), List.of("ltiResourceLink"), List.of(),
                        Optional.empty(), false, false, Optional.empty(), Optional.empty(), Optional.empty()));

        assertThatThrownBy(() -> responder.respond(request, List.of(groupLink())))
                .isInstanceOfSatisfying(DeepLinkingRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("return-url-invalid"));
    }

    @Test
    void the_form_posts_the_jwt_to_the_escaped_return_url() {
        DeepLinkingReply reply = new DeepLinkingReply(
                URI.create("https://lms.example/return?a=1&b=%22%3Cx%3E"), "aaa.bbb.ccc");

        String html = reply.autoSubmitForm("bm9uY2Utbm9uY2Utbm9uY2U");

        assertThat(html).contains("<form id=\"deep-linking-response\" method=\"post\" action=\"https://lms.example/return?a=1&amp;b=%22%3Cx%3E\">")
                .contains("<input type=\"hidden\" name=\"JWT\" value=\"aaa.bbb.ccc\">")
                .contains("<script nonce=\"bm9uY2Utbm9uY2Utbm9uY2U\">")
                .contains("<noscript><button type=\"submit\">Continue</button></noscript>");
        assertThat(DeepLinkingReply.escape("\"><script>'&")).isEqualTo("&quot;&gt;&lt;script&gt;&#39;&amp;");
        assertThatThrownBy(() -> reply.autoSubmitForm("\"><script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
