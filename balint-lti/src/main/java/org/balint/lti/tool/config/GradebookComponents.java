package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeSettings;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.gradebook.GradebookDeliveries;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.gradebook.LinkedGradebookPlaces;
import org.balint.lti.tool.gradebook.Transactions;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.Tenants;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs the gradebook delivery inside the tool: one {@link GradebookDeliveries} over every tenant, its
 * workers on threads of the container's managed thread factory, started with the application and stopped
 * (each worker finishing the round in hand) when it stops. Scores are published with access tokens from
 * {@link ClientCredentialsTokens}, whose client assertions the tool key ring signs, asking for the AGS
 * line-item, score and result scopes; each group's gradebook place comes from what its launches recorded
 * ({@link LinkedGradebookPlaces}). Also produces {@link LeaderCredit}, the credit section of a leader's page,
 * and publishes the delivery's metrics ({@link GradebookMetrics}).
 */
@ApplicationScoped
public class GradebookComponents {

    /** How often the workers read the register of tenants for deployments this node has not seen. */
    static final Duration TENANT_SCAN = Duration.ofSeconds(30);
    /** How often the delivery counters are copied into the metrics. */
    static final Duration METRICS_SYNC = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(GradebookComponents.class.getName());

    @Inject
    Config config;

    @Inject
    ToolDatabase database;

    @Inject
    EntityManager entityManager;

    @Resource
    UserTransaction userTransaction;

    @Inject
    Clock clock;

    @Inject
    JdbcPlatformRegistry registry;

    @Inject
    ToolKeyRing keyRing;

    @Inject
    CourseServices courses;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metricRegistry;

    private GradebookDeliveries deliveries;
    private LeaderCredit leaderCredit;
    private GradebookMetrics metrics;
    private Optional<ScheduledFuture<?>> metricsSync = Optional.empty();

    @PostConstruct
    void build() {
        Function<String, Optional<String>> properties = name -> config.getOptionalValue(name, String.class);
        GradebookSettings settings = GradebookSettings.read(properties);
        Transactions transactions = new ToolComponents.JtaTransactions(userTransaction, entityManager)::inTransaction;
        ServiceHttp http = ServiceHttp.defaults();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, keyRing, AssertionAudience.tokenEndpoint(), clock,
                TokenSettings.defaults());
        GradeClient grades = new GradeClient(http, tokens,
                Set.of(GradeClient.LINE_ITEM_SCOPE, GradeClient.SCORE_SCOPE, GradeClient.RESULT_SCOPE), clock,
                GradeSettings.defaults());
        Tenants tenants = new Tenants(clock);
        deliveries = new GradebookDeliveries(transactions, tenants, database.engine(), RetryPolicy.standard(), grades,
                new LinkedGradebookPlaces(courses.endpoints(), courses.users(), registry), clock, settings.delivery(),
                TENANT_SCAN);
        leaderCredit = new LeaderCredit(transactions, tenants, deliveries, clock);
        metrics = new GradebookMetrics(metricRegistry, deliveries, clock);
    }

    /** Starts the workers and the metrics when the application starts. */
    void start(@Observes Startup startup) {
        deliveries.start(threads);
        metricsSync = Optional.of(scheduler.scheduleWithFixedDelay(this::syncMetrics, METRICS_SYNC.toMillis(),
                METRICS_SYNC.toMillis(), TimeUnit.MILLISECONDS));
        LOG.log(System.Logger.Level.INFO, "Gradebook delivery started for " + deliveries.tenants().size() + " tenant(s)");
    }

    private void syncMetrics() {
        try {
            metrics.sync();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The gradebook metrics could not be updated: " + e.getMessage());
        }
    }

    /** Stops the workers, each finishing and recording the round in hand. */
    @PreDestroy
    void stop() {
        metricsSync.ifPresent(task -> task.cancel(false));
        deliveries.close();
    }

    /** The gradebook delivery over every tenant. */
    @Produces
    public GradebookDeliveries gradebookDeliveries() {
        return deliveries;
    }

    /** The credit of a leader's group and its way to the gradebook. */
    @Produces
    public LeaderCredit leaderCredit() {
        return leaderCredit;
    }
}
