package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.balint.core.evaluation.ReportingThreshold;
import org.balint.lti.protocol.keys.JwksPolicy;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LoginInitiator;
import org.balint.lti.protocol.message.LtiMessageType;
import org.balint.lti.protocol.registration.DynamicRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.store.JdbcLaunchStateStore;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.JdbcToolKeyStore;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.protocol.store.ToolKeyCipher;
import org.balint.lti.protocol.validation.LaunchProcessor;
import org.balint.lti.protocol.validation.LaunchSettings;
import org.balint.lti.protocol.deeplinking.DeepLinkingResponder;
import org.balint.lti.tool.attendance.LeaderAttendance;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.deeplinking.DeepLinkSessions;
import org.balint.lti.tool.deeplinking.DeepLinking;
import org.balint.lti.tool.deeplinking.PlaceableGroups;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.registration.AllowedIssuers;
import org.balint.lti.tool.registration.BalintToolProfile;
import org.balint.lti.tool.registration.DynamicRegistrations;
import org.balint.lti.tool.documents.CertificateSettings;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.documents.GroupDocuments;
import org.balint.lti.tool.evaluation.SeriesEvaluations;
import org.balint.lti.tool.grievance.CommitteeSeats;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.documents.MemberCertificates;
import org.balint.lti.tool.documents.JpaDocumentRecords;
import org.balint.persistence.tenant.Tenants;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the protocol core once when the application starts and hands the same instances to every
 * injection point. The protocol classes are final and carry no CDI annotations, so they are produced
 * here (in the dependent scope, from fields of this application-scoped bean) rather than proxied.
 *
 * <p>Every store lives in the tool's database ({@link ToolDatabase}, migrated before anything here is
 * built), shared by every node: logins waiting for their launch and used nonces, so any node can
 * finish a launch another node began; platform registrations (the one named in the configuration is
 * ensured at start); the tool's keys (read, the first one created, at start, so a key-encryption
 * secret that does not open the stored keys stops the application); and the course bindings, user
 * links and launch sessions behind {@link CourseServices}, whose Balint records go through Balint's
 * persistence unit in JTA transactions. Resource-link launches and deep-linking requests are accepted;
 * {@link DeepLinking} answers the latter with responses signed by the tool key.
 */
@ApplicationScoped
public class ToolComponents {

    /** How long a user has between the login initiation and the launch. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);
    /** How long a retired tool key stays published: the longest lifetime of tokens the tool signs. */
    static final Duration KEY_OVERLAP = Duration.ofHours(1);
    /** How long a node answers registry lookups from memory before checking for other nodes' changes. */
    static final Duration REGISTRY_CHECK = Duration.ofSeconds(5);
    /** How long a node uses the tool keys it read before reading them again (another node may have rotated). */
    static final Duration KEY_REFRESH = Duration.ofSeconds(30);
    /** How long a signed deep-linking response is valid: the platform receives it in the same minute. */
    static final Duration DEEP_LINKING_RESPONSE_LIFETIME = Duration.ofMinutes(5);
    /** How long one request of a dynamic registration to the platform may take. */
    static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(10);
    /** The largest OpenID configuration or registration answer read (Canvas's lists every placement: ~20 KiB). */
    static final int REGISTRATION_MAX_BYTES = 256 * 1024;
    /** The label of the registration seeded from configuration. */
    static final String CONFIGURED_LABEL = "From the server configuration";

    @Inject
    Config config;

    @Inject
    ToolDatabase database;

    @Inject
    EntityManager entityManager;

    @Resource
    UserTransaction userTransaction;

    private Clock clock;
    private ToolConfiguration configuration;
    private ToolKeySettings keySettings;
    private AdminToken adminToken;
    private JdbcPlatformRegistry registry;
    private LaunchStateStore stateStore;
    private ToolKeyRing keyRing;
    private LoginInitiator loginInitiator;
    private LaunchProcessor launchProcessor;
    private PlatformKeySources platformKeySources;
    private CourseServices courseServices;
    private DeepLinking deepLinking;
    private DynamicRegistrations dynamicRegistrations;
    private BalintRecords balintRecords;
    private GroupDocuments groupDocuments;
    private LeaderAttendance leaderAttendance;
    private GroupRotation groupRotation;
    private SeriesEvaluations seriesEvaluations;
    private ProgramGrievances programGrievances;

    @PostConstruct
    void build() {
        clock = Clock.systemUTC();
        Function<String, Optional<String>> properties = name -> config.getOptionalValue(name, String.class);
        configuration = ToolConfiguration.read(properties);
        keySettings = ToolKeySettings.read(properties, configuration.toolUrl());
        adminToken = AdminToken.read(properties);
        DataSource dataSource = database.dataSource();
        registry = new JdbcPlatformRegistry(dataSource, clock, REGISTRY_CHECK);
        registry.ensure(new RegistrationDetails(configuration.registration(), Optional.empty(), CONFIGURED_LABEL,
                "configuration"));
        stateStore = new JdbcLaunchStateStore(dataSource, clock);
        keyRing = openKeyRing(dataSource, clock, keySettings);
        loginInitiator = new LoginInitiator(registry, stateStore, configuration.launchUrl(), LOGIN_LIFETIME, clock);
        LaunchSettings settings = new LaunchSettings(LaunchSettings.defaults().clockSkew(),
                LaunchSettings.defaults().maxTokenLength(), EnumSet.of(LtiMessageType.RESOURCE_LINK,
                LtiMessageType.DEEP_LINKING));
        platformKeySources = PlatformKeySources.overHttp(clock, JwksPolicy.defaults());
        launchProcessor = new LaunchProcessor(settings, registry, platformKeySources, stateStore, clock);
        balintRecords = new JpaBalintRecords(new JtaTransactions(userTransaction, entityManager), new Tenants(clock));
        courseServices = CourseServices.over(dataSource, balintRecords, clock);
        deepLinking = new DeepLinking(new DeepLinkSessions(dataSource, clock, DeepLinkSessions.DEFAULT_LIFETIME),
                new PlaceableGroups(dataSource, clock), new CourseBindings(dataSource, clock), new UserLinks(dataSource, clock),
                balintRecords, courseServices.setup(), new DeepLinkingResponder(keyRing, clock, DEEP_LINKING_RESPONSE_LIFETIME));
        dynamicRegistrations = new DynamicRegistrations(new DynamicRegistration(new ServiceHttp(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                REGISTRATION_TIMEOUT, REGISTRATION_MAX_BYTES)), registry, AllowedIssuers.read(properties),
                BalintToolProfile.describe(configuration.loginUrl(), configuration.launchUrl(), configuration.jwksUrl()));
        groupDocuments = new GroupDocuments(new CourseBindings(dataSource, clock), new UserLinks(dataSource, clock),
                new JpaDocumentRecords(new JtaTransactions(userTransaction, entityManager), new Tenants(clock)),
                certificates(CertificateSettings.read(properties), new AccreditationSettings(dataSource, clock)),
                configuration.toolUrl().getHost(), clock);
        leaderAttendance = new LeaderAttendance(new JtaTransactions(userTransaction, entityManager), new Tenants(clock),
                clock);
        groupRotation = new GroupRotation(new JtaTransactions(userTransaction, entityManager), new Tenants(clock), clock,
                () -> java.util.UUID.randomUUID().toString());
        seriesEvaluations = new SeriesEvaluations(new JtaTransactions(userTransaction, entityManager), new Tenants(clock),
                clock, ReportingThreshold.standard());
        programGrievances = new ProgramGrievances(new JtaTransactions(userTransaction, entityManager), new Tenants(clock),
                new CommitteeSeats(dataSource, clock), clock);
    }

    /**
     * Members' certificates under the accreditation statements an administrator saved for their platform
     * (the admin pages), or under the server's {@code balint.certificate.*} settings where none were saved.
     */
    private MemberCertificates certificates(CertificateSettings server, AccreditationSettings saved) {
        return new MemberCertificates(server, launched -> saved.find(launched).map(accreditation ->
                new CertificateSettings(Optional.of(accreditation.provider()), accreditation.statements(), server.format())),
                clock);
    }

    /** Builds everything when the application starts, so a broken configuration or key store stops it. */
    void start(@Observes Startup startup) {
        // observing the start-up event is enough: it makes CDI create this bean, which runs build()
    }

    /**
     * The key ring over the tool keys in the database, read once now.
     *
     * @throws IllegalStateException when a stored key cannot be decrypted with the configured secret
     */
    static ToolKeyRing openKeyRing(DataSource dataSource, Clock clock, ToolKeySettings settings) {
        JdbcToolKeyStore store = new JdbcToolKeyStore(dataSource, clock, KEY_OVERLAP,
                ToolKeyCipher.fromSecret(settings.secret()));
        try {
            return ToolKeyRing.over(store, clock, KEY_REFRESH);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The tool cannot start: " + e.getMessage() + ". The tool keys in the "
                    + "database were encrypted under another balint.keys.secret"
                    + (settings.devSecret() ? " (the tool now runs with the development secret because none is set)" : "")
                    + ". Start it with the secret the keys were stored under; if that secret is lost, delete the rows "
                    + "of lti_tool_key so that a new key is made, and let each platform fetch the tool's key set again.", e);
        }
    }

    /** The time every check uses. */
    @Produces
    public Clock clock() {
        return clock;
    }

    /** The tool's addresses and its seeded registration. */
    @Produces
    public ToolConfiguration configuration() {
        return configuration;
    }

    /** The platforms the tool is registered with (also the port {@code PlatformRegistry}). */
    @Produces
    public JdbcPlatformRegistry platformRegistry() {
        return registry;
    }

    /** The secret and rotation period of the tool's keys. */
    @Produces
    public ToolKeySettings toolKeySettings() {
        return keySettings;
    }

    /** The admin API's bearer token (none: the admin API is off). */
    @Produces
    public AdminToken adminToken() {
        return adminToken;
    }

    /** The logins waiting for their launch and the used nonces, in the database shared by every node. */
    @Produces
    public LaunchStateStore launchStateStore() {
        return stateStore;
    }

    /** The tool's own keys, shared through the database. */
    @Produces
    public ToolKeyRing toolKeyRing() {
        return keyRing;
    }

    /** The platforms' key sets, cached per key set URL (with when each was last fetched). */
    @Produces
    public PlatformKeySources platformKeySources() {
        return platformKeySources;
    }

    /** Turns a platform's login initiation into the authentication request. */
    @Produces
    public LoginInitiator loginInitiator() {
        return loginInitiator;
    }

    /** Validates launches. */
    @Produces
    public LaunchProcessor launchProcessor() {
        return launchProcessor;
    }

    /** Where launches land in Balint's groups: set-up, registration and the launch sessions. */
    @Produces
    public CourseServices courseServices() {
        return courseServices;
    }

    /** Answers deep-linking requests: the content picker and the signed response. */
    @Produces
    public DeepLinking deepLinking() {
        return deepLinking;
    }

    /** The tool's side of LTI Dynamic Registration, storing into the platform registry. */
    @Produces
    public DynamicRegistrations dynamicRegistrations() {
        return dynamicRegistrations;
    }

    /** Balint's records (groups and registrations), one JTA transaction per unit of work. */
    @Produces
    public BalintRecords balintRecords() {
        return balintRecords;
    }

    /**
     * Balint's records' transactions (JTA, on the container's entity manager), for readers of Balint's
     * records beyond the course services, such as the JSON API.
     */
    @Produces
    public JpaBalintRecords.Transactions balintTransactions() {
        return new JtaTransactions(userTransaction, entityManager);
    }

    /** The documents of a group: certificates, calendars, the credit roster and the PARS export. */
    @Produces
    public GroupDocuments groupDocuments() {
        return groupDocuments;
    }

    /** A leader's attendance taking: marking members, entering minutes, importing reports, resolving attendees. */
    @Produces
    public LeaderAttendance leaderAttendance() {
        return leaderAttendance;
    }

    /** The groups' case-presentation rotation: the leader's plan and changes, members' turns and swap requests. */
    @Produces
    public GroupRotation groupRotation() {
        return groupRotation;
    }

    /** Groups' series evaluations: the objectives, members' answers and the summary. */
    @Produces
    public SeriesEvaluations seriesEvaluations() {
        return seriesEvaluations;
    }

    /** Members' concerns and each platform's grievance committee. */
    @Produces
    public ProgramGrievances programGrievances() {
        return programGrievances;
    }

    /**
     * Runs Balint's adapters in a JTA transaction of their own on the container's entity manager:
     * committed when the work returns, rolled back when it throws (the adapters' refusals included).
     */
    static final class JtaTransactions implements JpaBalintRecords.Transactions {

        private final UserTransaction transaction;
        private final EntityManager entityManager;

        JtaTransactions(UserTransaction transaction, EntityManager entityManager) {
            this.transaction = transaction;
            this.entityManager = entityManager;
        }

        @Override
        public <T> T inTransaction(Function<EntityManager, T> work) {
            try {
                transaction.begin();
            } catch (NotSupportedException | SystemException e) {
                throw new StoreUnavailable("begin a transaction", e);
            }
            T result;
            try {
                result = work.apply(entityManager);
            } catch (RuntimeException e) {
                rollBack();
                throw e;
            }
            try {
                transaction.commit();
                return result;
            } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
                throw new StoreUnavailable("commit Balint's records", e);
            }
        }

        private void rollBack() {
            try {
                transaction.rollback();
            } catch (SystemException | IllegalStateException e) {
                // the transaction is over either way; the work's own exception says why
            }
        }
    }
}
