package org.balint.lti.tool.roster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.services.roster.RosterLimits;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.tool.config.ToolDatabase;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.placement.CourseKey;

/**
 * The application's roster sync: built once from the tool's database, keys and course services, with
 * its own access tokens (client credentials, scope {@value RosterClient#SCOPE}). A leader's "sync now"
 * runs {@link #sync()} on the request; a leader's launch only hands {@link #afterLeaderLaunch} to the
 * container's managed executor, so the launch never waits for the platform.
 */
@ApplicationScoped
public class CourseRosterSync {

    private static final System.Logger LOG = System.getLogger(CourseRosterSync.class.getName());

    @Inject
    ToolDatabase database;

    @Inject
    Clock clock;

    @Inject
    JdbcPlatformRegistry platforms;

    @Inject
    ToolKeyRing keys;

    @Inject
    CourseServices courses;

    @Inject
    BalintRecords records;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private RosterSync sync;

    @PostConstruct
    void build() {
        ServiceHttp http = ServiceHttp.defaults();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, keys, AssertionAudience.tokenEndpoint(), clock,
                TokenSettings.defaults());
        sync = new RosterSync(new RosterClient(http, tokens, RosterLimits.defaults()), platforms, courses.endpoints(),
                courses.bindings(), courses.users(), records, new RosterSyncStates(database.dataSource()), clock);
    }

    /** The sync service. */
    public RosterSync sync() {
        return sync;
    }

    /**
     * Syncs the placement's roster in the background if it is due (see {@link RosterSync#syncIfDue}).
     * Returns at once; failures are logged with their reason code and stored as the placement's last
     * outcome.
     */
    public void afterLeaderLaunch(CourseKey key) {
        Objects.requireNonNull(key, "key");
        try {
            executor.execute(() -> {
                try {
                    sync.syncIfDue(key);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "The roster sync after a leader's launch of resource link "
                            + key.resourceLinkId() + " failed", e);
                }
            });
        } catch (RejectedExecutionException busy) {
            LOG.log(System.Logger.Level.INFO, () -> "No roster sync after this launch: the server is busy (" + busy.getMessage()
                    + "); the next leader launch tries again");
        }
    }
}
