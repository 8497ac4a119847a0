package org.balint.devplatform;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's side of an LTI 1.3 launch: starting it (a pending launch and the third-party
 * initiated login toward the tool) and answering the tool's OIDC authentication request with a signed
 * id_token, after the checks Moodle's {@code auth.php} makes.
 */
final class Launches {

    /** What the authorization endpoint answers. */
    sealed interface Authorization {
        /**
         * The id_token to post to the redirect URI, with the tool's state when it sent one, the platform
         * storage frame when the launch offers platform storage (sent again with the launch), and whether
         * the launch simulates a browser that blocks the tool's cookies.
         */
        record Issued(URI redirectUri, String idToken, Optional<String> state, Optional<String> storageTarget,
                boolean cookiesBlocked) implements Authorization {
        }

        /** Every reason the request was refused; nothing was redeemed. */
        record Refused(List<Violation> violations) implements Authorization {
        }
    }

    private static final Base64.Encoder HINT_ENCODING = Base64.getUrlEncoder().withoutPadding();
    private static final int HINT_BYTES = 32;
    /** The platform storage frame: the launch page itself, the frame's parent or the window's opener. */
    static final String STORAGE_TARGET = "_parent";

    private final DevPlatformConfig config;
    private final URI issuer;
    private final PlatformUrls urls;
    private final SigningKey key;
    private final String platformVersion;
    private final PendingLaunches pending;
    private final Catalog catalog;
    private final DeepLinkSessions deepLinks;
    private final ToolClients clients;
    private final SecureRandom random = new SecureRandom();

    Launches(DevPlatformConfig config, URI issuer, PlatformUrls urls, SigningKey key, String platformVersion,
            Catalog catalog, DeepLinkSessions deepLinks, ToolClients clients) {
        this.config = Objects.requireNonNull(config, "config");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.key = Objects.requireNonNull(key, "key");
        this.platformVersion = Objects.requireNonNull(platformVersion, "platformVersion");
        this.pending = new PendingLaunches(config.clock(), config.messageHintLifetime());
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.deepLinks = Objects.requireNonNull(deepLinks, "deepLinks");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** Checks the request against the roster and, when it fits, starts the launch toward the configured tool. */
    LaunchStart begin(LaunchRequest request) {
        return begin(request, config.clientId());
    }

    /**
     * Checks the request against the roster and, when it fits, starts the launch toward the tool
     * registered as {@code clientId} (the configured tool, or one registered dynamically): its login
     * URL, client_id, deployment and redirect URIs.
     */
    LaunchStart begin(LaunchRequest request, String clientId) {
        List<Violation> violations = new ArrayList<>();
        Optional<ToolClient> client = clients.find(clientId);
        if (client.isEmpty()) {
            violations.add(new Violation("client-unknown",
                    "No tool is registered with the client_id \"" + clientId + "\"; register it first."));
        }
        Roster roster = config.roster();
        Optional<Person> person = roster.person(request.personId());
        if (person.isEmpty()) {
            violations.add(new Violation("person-unknown",
                    "Nobody on the roster has the id \"" + request.personId() + "\"; choose one of the listed people."));
        }
        Optional<Course> course = Optional.empty();
        Optional<ResourceLink> link = Optional.empty();
        if (request.courseId().isPresent()) {
            course = catalog.course(request.courseId().get());
            if (course.isEmpty()) {
                violations.add(new Violation("course-unknown",
                        "There is no course with the id \"" + request.courseId().get() + "\"; choose a listed course."));
            }
        }
        if (request.message() == LaunchRequest.Message.RESOURCE_LINK) {
            if (request.resourceLinkId().isEmpty()) {
                violations.add(new Violation("resource-link-missing",
                        "A resource-link launch needs the activity to open; choose a resource link."));
            } else {
                String linkId = request.resourceLinkId().get();
                Optional<Course> home = catalog.courseOf(linkId);
                if (home.isEmpty()) {
                    violations.add(new Violation("resource-link-unknown",
                            "There is no resource link with the id \"" + linkId + "\"; choose a listed activity."));
                } else if (course.isPresent() && !course.get().id().equals(home.get().id())) {
                    violations.add(new Violation("resource-link-not-in-course",
                            "The resource link \"" + linkId + "\" is placed in course \"" + home.get().id()
                                    + "\", not in \"" + course.get().id() + "\"; leave the course out or pick a "
                                    + "link of that course."));
                } else {
                    course = home;
                    link = home.get().resourceLink(linkId);
                }
            }
        } else if (request.courseId().isEmpty()) {
            course = request.resourceLinkId().flatMap(catalog::courseOf);
            if (course.isEmpty()) {
                violations.add(new Violation("course-missing",
                        "A deep-linking request needs the course to place content in; choose a course."));
            }
        }
        if (!violations.isEmpty()) {
            return new LaunchStart.Refused(violations);
        }
        boolean deepLinking = request.message() == LaunchRequest.Message.DEEP_LINKING;
        Optional<PlacedLink> placed = link.flatMap(l -> catalog.placed(l.id()));
        ToolClient tool = client.orElseThrow();
        boolean configured = tool.clientId().equals(config.clientId());
        URI target = deepLinking ? (configured ? config.deepLinkUrl() : tool.targetLinkUri())
                : placed.flatMap(PlacedLink::url).orElse(configured ? config.targetLinkUri() : tool.targetLinkUri());
        Optional<URI> lineItem = placed.flatMap(PlacedLink::lineItemId)
                .map(id -> urls.lineItem(placed.get().courseId(), id));
        String data = randomToken();
        PendingLaunch launch = new PendingLaunch(randomToken(), person.orElseThrow(), course.orElseThrow(), link,
                request, target, data, lineItem, config.clock().instant().plus(config.messageHintLifetime()), tool);
        pending.add(launch);
        if (deepLinking) {
            deepLinks.open(data, launch.course().id(), launch.person().id(), tool.clientId());
        }
        return new LaunchStart.Started(initiation(launch));
    }

    private LoginInitiation initiation(PendingLaunch launch) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", issuer.toString());
        parameters.put("target_link_uri", launch.targetLinkUri().toString());
        parameters.put("login_hint", launch.person().id());
        parameters.put("lti_message_hint", launch.messageHint());
        parameters.put("client_id", launch.client().clientId());
        parameters.put("lti_deployment_id", launch.client().deploymentId());
        if (launch.request().platformStorage()) {
            parameters.put("lti_storage_target", STORAGE_TARGET);
        }
        return new LoginInitiation(launch.client().initiateLoginUri(), parameters, launch.request().loginMethod());
    }

    /**
     * Answers an OIDC authentication request (OpenID Connect Core 3.2.2.1 as profiled by LTI 1.3 core
     * 5.1.1.2). Every violation is reported; the hint is redeemed only when there is none.
     */
    Authorization authorize(Map<String, String> parameters) {
        List<Violation> violations = new ArrayList<>();
        expect(parameters, "scope", "openid", "scope-not-openid", violations);
        expect(parameters, "response_type", "id_token", "response-type-not-id-token", violations);
        expect(parameters, "response_mode", "form_post", "response-mode-not-form-post", violations);
        expect(parameters, "prompt", "none", "prompt-not-none", violations);

        // the tool the launch was started toward (the configured one when the hint names no launch)
        ToolClient expected = present(parameters, "lti_message_hint").flatMap(pending::find)
                .map(entry -> entry.launch().client()).or(() -> clients.find(config.clientId())).orElseThrow();
        List<URI> redirectUris = expected.redirectUris();
        Optional<String> clientId = present(parameters, "client_id");
        if (clientId.isEmpty()) {
            violations.add(new Violation("client-id-missing",
                    "The request has no client_id; send the client_id from the login initiation."));
        } else if (!clientId.get().equals(expected.clientId())) {
            violations.add(new Violation("client-id-unknown",
                    "No tool is registered with client_id \"" + clientId.get() + "\" for this launch; send \""
                            + expected.clientId() + "\" as in the login initiation."));
        }

        Optional<String> redirectUri = present(parameters, "redirect_uri");
        if (redirectUri.isEmpty()) {
            violations.add(new Violation("redirect-uri-missing",
                    "The request has no redirect_uri; send one of the registered redirect URIs: "
                            + redirectUris + "."));
        } else if (redirectUris.stream().map(URI::toString).noneMatch(redirectUri.get()::equals)) {
            violations.add(new Violation("redirect-uri-not-registered",
                    "The redirect_uri \"" + redirectUri.get() + "\" is not registered for this tool; it must "
                            + "match one of " + redirectUris + " exactly."));
        }

        if (present(parameters, "nonce").isEmpty()) {
            violations.add(new Violation("nonce-missing",
                    "The request has no nonce; send a fresh random nonce and check it in the id_token."));
        }

        Optional<String> loginHint = present(parameters, "login_hint");
        if (loginHint.isEmpty()) {
            violations.add(new Violation("login-hint-missing",
                    "The request has no login_hint; pass on the login_hint from the login initiation."));
        }

        Optional<PendingLaunch> launch = Optional.empty();
        Optional<String> messageHint = present(parameters, "lti_message_hint");
        if (messageHint.isEmpty()) {
            violations.add(new Violation("message-hint-missing",
                    "The request has no lti_message_hint; pass on the lti_message_hint from the login initiation."));
        } else {
            Optional<PendingLaunches.Entry> entry = pending.find(messageHint.get());
            if (entry.isEmpty()) {
                violations.add(new Violation("message-hint-unknown",
                        "The lti_message_hint does not belong to a launch of this platform; start a new launch."));
            } else if (entry.get().redeemed()) {
                violations.add(new Violation("message-hint-used",
                        "The lti_message_hint was already used; each launch can be redeemed once, so start a new launch."));
            } else if (!config.clock().instant().isBefore(entry.get().launch().expiresAt())) {
                violations.add(new Violation("message-hint-expired",
                        "The lti_message_hint expired at " + entry.get().launch().expiresAt()
                                + "; start a new launch and answer within " + config.messageHintLifetime() + "."));
            } else {
                launch = Optional.of(entry.get().launch());
            }
        }
        if (launch.isPresent() && loginHint.isPresent() && !loginHint.get().equals(launch.get().person().id())) {
            violations.add(new Violation("login-hint-mismatch",
                    "The login_hint \"" + loginHint.get() + "\" is not the person of this launch; pass on the "
                            + "login_hint from the login initiation unchanged."));
        }

        if (!violations.isEmpty()) {
            return new Authorization.Refused(violations);
        }
        if (!pending.redeem(messageHint.orElseThrow())) {
            return new Authorization.Refused(List.of(new Violation("message-hint-used",
                    "The lti_message_hint was used by another request at the same time; start a new launch.")));
        }
        Instant now = config.clock().instant();
        PendingLaunch issuedFor = launch.orElseThrow();
        String idToken = key.sign(IdTokenClaims.of(issuedFor, parameters.get("nonce"), issuer, config,
                urls, platformVersion, now));
        return new Authorization.Issued(URI.create(redirectUri.orElseThrow()), idToken,
                present(parameters, "state"),
                issuedFor.request().platformStorage() ? Optional.of(STORAGE_TARGET) : Optional.empty(),
                issuedFor.request().cookiesBlocked());
    }

    int pendingCount() {
        return pending.size();
    }

    private static void expect(Map<String, String> parameters, String name, String expected, String code,
            List<Violation> violations) {
        Optional<String> actual = present(parameters, name);
        if (!actual.equals(Optional.of(expected))) {
            violations.add(new Violation(code, "The " + name + " must be \"" + expected + "\"; this request "
                    + actual.map(value -> "sent \"" + value + "\"").orElse("did not send one") + "."));
        }
    }

    private static Optional<String> present(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    private String randomToken() {
        byte[] bytes = new byte[HINT_BYTES];
        random.nextBytes(bytes);
        return HINT_ENCODING.encodeToString(bytes);
    }
}
