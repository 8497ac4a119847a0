package org.balint.devplatform;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running LTI 1.3 platform for local development and tests: it publishes its signing key (JWKS) and
 * OpenID configuration, starts launches toward one configured tool with a third-party initiated
 * login, and answers the tool's OIDC authentication request with a signed id_token for the chosen
 * person, course and resource link.
 *
 * <p>It runs on the JDK's built-in HTTP server, bound to 127.0.0.1 only, and starts in well under a
 * second, so an integration test can start one in-process:
 *
 * <pre>{@code
 * try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.forTool(toolBaseUrl))) {
 *     LaunchStart start = platform.beginLaunch(LaunchRequest.resourceLink("1001", "301"));
 *     // post the login initiation to the tool, follow the tool to platform.authorizationEndpoint() ...
 * }
 * }</pre>
 *
 * <p>As a program it reads its port and the tool's URLs from arguments or system properties; see
 * {@link #main(String[])}.
 */
public final class DevPlatform implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DevPlatform.class.getName());
    private static final int THREADS = 16;
    /**
     * The JDK HTTP server writes headers and body separately; without TCP_NODELAY an answer can wait
     * for the client's delayed ACK (about 40 ms), capping service calls near 25 a second per
     * connection. The server reads this property once, when the JVM's first HTTP server starts.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final DevPlatformConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final URI issuer;
    private final PlatformUrls urls;
    private final SigningKey key;
    private final Launches launches;
    private final Services services;
    private final String platformVersion;
    /** The OpenID configuration as published: the true one, or one naming another issuer (a fault). */
    private final java.util.concurrent.atomic.AtomicReference<byte[]> openIdConfiguration;

    /** The state behind the LTI Advantage services, shared by their endpoints. */
    private record Services(ToolClients clients, AccessTokens tokens, Memberships memberships, Gradebook gradebook,
            FaultSwitch faults, RegistrationTokens registrationTokens, Catalog catalog) {
    }

    private DevPlatform(DevPlatformConfig config, HttpServer server, ExecutorService executor, URI baseUrl,
            URI issuer, PlatformUrls urls, SigningKey key, Launches launches, Services services, String platformVersion,
            java.util.concurrent.atomic.AtomicReference<byte[]> openIdConfiguration) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.issuer = issuer;
        this.urls = urls;
        this.key = key;
        this.launches = launches;
        this.services = services;
        this.platformVersion = platformVersion;
        this.openIdConfiguration = openIdConfiguration;
    }

    /**
     * Starts a platform on 127.0.0.1 at the configured port (any free port for 0).
     *
     * @throws IllegalArgumentException when {@link DevPlatformConfig#problems()} is not empty; the
     *                                  message lists every problem
     * @throws IOException              when the port cannot be bound or the key file cannot be read or
     *                                  written
     */
    public static DevPlatform start(DevPlatformConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        List<Violation> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The dev platform cannot start with this configuration: " + problems);
        }
        SigningKey key = SigningKey.of(config.keyFile());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, config.port()), 64);
        URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        URI issuer = config.issuer().orElse(baseUrl);
        PlatformUrls urls = new PlatformUrls(baseUrl);
        String version = version();
        Clock clock = config.clock();
        Services services = new Services(new ToolClients(ToolClient.configured(config)), new AccessTokens(clock),
                new Memberships(config.roster(), clock), new Gradebook(), new FaultSwitch(),
                new RegistrationTokens(clock), new Catalog(config.roster()));
        DeepLinkSessions deepLinks = new DeepLinkSessions(clock);
        Launches launches = new Launches(config, issuer, urls, key, version, services.catalog(), deepLinks,
                services.clients());
        java.util.concurrent.atomic.AtomicReference<byte[]> openIdConfiguration = new java.util.concurrent.atomic.AtomicReference<>(
                PlatformHandler.openIdConfigurationJson(issuer, urls, version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Pages pages = new Pages(config, issuer, urls, toolOrigins(config), services.catalog());
        DeepLinkReturns deepLinkReturns = new DeepLinkReturns(services.clients(), deepLinks, services.catalog(),
                services.gradebook(), issuer, clock);
        server.createContext("/", new PlatformHandler(config, launches, pages,
                key.publicKeys().toString(true), openIdConfiguration::get,
                deepLinkReturns, services.registrationTokens(), services.clients()));
        Bearer bearer = new Bearer(services.tokens());
        server.createContext(PlatformUrls.TOKEN, new TokenEndpoint(services.clients(), services.tokens(),
                urls.token(), clock));
        server.createContext(PlatformUrls.REGISTRATION, new RegistrationEndpoint(services.registrationTokens(),
                services.clients()));
        server.createContext(PlatformUrls.CONTEXTS, new ContextServices(services.catalog(), services.gradebook(),
                new MembershipService(services.memberships(), bearer, urls),
                new LineItemService(services.gradebook(), services.catalog(), bearer, urls),
                new ScoreService(services.gradebook(), services.memberships(), bearer, services.faults())));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
        LOG.log(System.Logger.Level.DEBUG, () -> "Dev LTI platform listening at " + baseUrl + " (issuer " + issuer
                + ", kid " + key.keyId() + ")");
        return new DevPlatform(config, server, executor, baseUrl, issuer, urls, key, launches, services, version,
                openIdConfiguration);
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, without trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The {@code iss} of every id_token and login initiation. */
    public URI issuer() {
        return issuer;
    }

    /** The home page with the launch buttons. */
    public URI homePage() {
        return urls.home();
    }

    /** The OIDC authorization endpoint the tool sends its authentication request to. */
    public URI authorizationEndpoint() {
        return urls.authorization();
    }

    /** The JWKS endpoint with the platform's public key. */
    public URI jwksUri() {
        return urls.jwks();
    }

    /** The OpenID configuration endpoint, as read by LTI Dynamic Registration. */
    public URI openIdConfigurationUri() {
        return urls.openIdConfiguration();
    }

    /** The OAuth 2 token endpoint of the LTI Advantage services. */
    public URI tokenEndpoint() {
        return urls.token();
    }

    /** The LTI Dynamic Registration endpoint the tool posts its registration to. */
    public URI registrationEndpoint() {
        return urls.registration();
    }

    /** Where the tool posts its deep-linking response. */
    public URI deepLinkReturnUrl() {
        return urls.deepLinkingReturn();
    }

    /** The AGS line-items container of a course. */
    public URI lineItemsUrl(String courseId) {
        return urls.lineItems(courseId);
    }

    /** The URL of an AGS line item of a course. */
    public URI lineItemUrl(String courseId, String lineItemId) {
        return urls.lineItem(courseId, lineItemId);
    }

    /** The NRPS membership container of a course. */
    public URI membershipsUrl(String courseId) {
        return urls.memberships(courseId);
    }

    /** How many requests the token endpoint has received, granted or refused. */
    public long tokenRequests() {
        return services.tokens().requestCount();
    }

    /** How many access tokens the token endpoint has granted. */
    public long tokensGranted() {
        return services.tokens().grantedCount();
    }

    /** The course memberships NRPS reports; add, deactivate or remove members here. */
    public Memberships memberships() {
        return services.memberships();
    }

    /** The line items and the scores AGS received. */
    public Gradebook gradebook() {
        return services.gradebook();
    }

    /** Makes score posts fail from now on as described; {@link ScoreFaults#none()} switches faults off. */
    public void failScores(ScoreFaults faults) {
        services.faults().set(Objects.requireNonNull(faults, "faults"));
    }

    /** How many faults of each kind score posts have met. */
    public java.util.Map<ScoreFaults.Kind, Long> scoreFaultsDealt() {
        return services.faults().dealt();
    }

    /** A fresh one-time registration_token for LTI Dynamic Registration, valid one hour. */
    public String issueRegistrationToken() {
        return services.registrationTokens().issue();
    }

    /**
     * A fault for tests of a tool's dynamic registration: from now on the OpenID configuration names
     * {@code otherIssuer} as the issuer (keeping every endpoint), as a configuration planted by someone
     * else would; empty publishes the platform's true issuer again.
     */
    public void publishIssuerInConfiguration(java.util.Optional<URI> otherIssuer) {
        Objects.requireNonNull(otherIssuer, "otherIssuer");
        openIdConfiguration.set(PlatformHandler.openIdConfigurationJson(otherIssuer.orElse(issuer), urls, platformVersion)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Starts a launch toward the tool registered as {@code clientId}: the configured tool or one
     * registered dynamically ({@link #registeredTools()}), with its login URL, client_id, deployment and
     * redirect URIs. Refused with {@code client-unknown} when no tool has that client_id.
     */
    public LaunchStart beginLaunch(LaunchRequest request, String clientId) {
        return launches.begin(Objects.requireNonNull(request, "request"), Objects.requireNonNull(clientId, "clientId"));
    }

    /** The tools registered with the platform: the configured one first, then dynamically registered ones. */
    public List<ToolClient> registeredTools() {
        return services.clients().all();
    }

    /** The course with the resource links placed by deep linking added. */
    public java.util.Optional<Course> course(String courseId) {
        return services.catalog().course(courseId);
    }

    /** The {@code kid} of the signing key. */
    public String keyId() {
        return key.keyId();
    }

    /** The platform's public key set, as the JWKS endpoint publishes it. */
    public JWKSet publicKeys() {
        return key.publicKeys();
    }

    /**
     * Signs any payload with the platform's key, exactly as its id_tokens are signed (RS256,
     * {@code typ: JWT}, its {@code kid}). For tests that check how a tool treats a well-signed but
     * hostile id_token: wrong claims, missing claims, or a payload that is not JSON at all.
     */
    public String signPayload(String payload) {
        return key.signPayload(Objects.requireNonNull(payload, "payload"));
    }

    /** The configuration the platform runs with. */
    public DevPlatformConfig config() {
        return config;
    }

    /**
     * Starts a launch as the home page's buttons do: the platform remembers it under a fresh
     * single-use {@code lti_message_hint} and returns the login initiation to send to the tool.
     */
    public LaunchStart beginLaunch(LaunchRequest request) {
        return launches.begin(Objects.requireNonNull(request, "request"));
    }

    /** Stops listening and ends the platform's threads; waits at most a few seconds. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the platform until the process is stopped. Options (each also readable from the system
     * property {@code devplatform.<name>}, arguments win): {@code --port}, {@code --tool} (base URL;
     * sets the Balint paths), {@code --login-url}, {@code --launch-url}, {@code --redirect-uris}
     * (comma separated), {@code --target-link-uri}, {@code --deep-link-url}, {@code --tool-jwks-url},
     * {@code --client-id}, {@code --deployment-id}, {@code --issuer}, {@code --key-file},
     * {@code --id-token-seconds}, {@code --help}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int status = run(args, System.getProperties(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int run(String[] args, Properties properties, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        CommandLine.Parsed parsed = CommandLine.parse(args, properties);
        if (parsed instanceof CommandLine.Help) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        if (parsed instanceof CommandLine.Wrong) {
            err.println("The dev platform cannot start:");
            ((CommandLine.Wrong) parsed).violations().forEach(v -> err.println("  " + v.code() + ": " + v.message()));
            err.println();
            err.println(CommandLine.USAGE);
            return 2;
        }
        DevPlatformConfig config = ((CommandLine.Run) parsed).config();
        DevPlatform platform = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "dev-platform-shutdown"));
        out.println(platform.summary());
        stopped.await();
        return 0;
    }

    /** What a developer needs to register this platform in the tool, one item a line. */
    String summary() {
        return String.join(System.lineSeparator(),
                "Balint dev LTI platform running. Open " + homeForBrowsers() + " to launch.",
                "  issuer (iss):        " + issuer,
                "  client_id:           " + config.clientId(),
                "  deployment_id:       " + config.deploymentId(),
                "  authorization URL:   " + urls.authorization(),
                "  JWKS URL:            " + urls.jwks() + "  (kid " + key.keyId() + ")",
                "  OpenID configuration " + urls.openIdConfiguration(),
                "  token URL:           " + urls.token(),
                "  registration URL:    " + urls.registration(),
                "  deep-link return:    " + urls.deepLinkingReturn(),
                "  tool login URL:      " + config.toolLoginUrl(),
                "  redirect URIs:       " + config.redirectUris(),
                "  target link URI:     " + config.targetLinkUri(),
                "  deep-linking URL:    " + config.deepLinkUrl(),
                "  tool registration:   " + config.toolRegistrationUrl(),
                "Stop with Ctrl+C.");
    }

    /**
     * The home page as a browser should open it: on the same host name as the tool, so that the tool's
     * SameSite=Lax login cookie is sent inside the frame on plain http (127.0.0.1 and localhost are
     * different sites to a browser).
     */
    URI homeForBrowsers() {
        URI home = urls.home();
        String toolHost = config.toolLoginUrl().getHost();
        if ("localhost".equals(toolHost) && "127.0.0.1".equals(home.getHost())) {
            return URI.create(home.getScheme() + "://localhost:" + home.getPort() + home.getRawPath());
        }
        return home;
    }

    int pendingLaunches() {
        return launches.pendingCount();
    }

    private static List<String> toolOrigins(DevPlatformConfig config) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(config.toolLoginUrl()));
        config.redirectUris().forEach(uri -> origins.add(origin(uri)));
        origins.add(origin(config.targetLinkUri()));
        origins.add(origin(config.deepLinkUrl()));
        origins.add(origin(config.toolRegistrationUrl()));
        return List.copyOf(origins);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DevPlatform.class.getResourceAsStream("dev-platform.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "development");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dev-platform-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
