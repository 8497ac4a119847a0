package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.balint.lti.protocol.keys.JwksPolicy;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LoginInitiator;
import org.balint.lti.protocol.message.LtiMessageType;
import org.balint.lti.protocol.platform.InMemoryPlatformRegistry;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.protocol.store.JdbcLaunchStateStore;
import org.balint.lti.protocol.validation.LaunchProcessor;
import org.balint.lti.protocol.validation.LaunchSettings;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the protocol core once when the application starts and hands the same instances to every
 * injection point. The protocol classes are final and carry no CDI annotations, so they are produced
 * here (in the dependent scope, from fields of this application-scoped bean) rather than proxied.
 *
 * <p>Stores live in the tool's database ({@link ToolDatabase}, migrated before anything here is
 * built): logins waiting for their launch and used nonces ({@link JdbcLaunchStateStore}), so any node
 * sharing the database can finish a launch another node began. A new store takes
 * {@code database.dataSource()} in {@link #build()}. Platform registrations come from configuration
 * and the tool's signing key is generated at start. Resource-link launches only: deep linking is
 * refused with {@code message-type-unsupported} until the tool can answer it.
 */
@ApplicationScoped
public class ToolComponents {

    /** How long a user has between the login initiation and the launch. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);
    /** How long a retired tool key stays published: the longest lifetime of tokens the tool signs. */
    static final Duration KEY_OVERLAP = Duration.ofHours(1);

    @Inject
    Config config;

    @Inject
    ToolDatabase database;

    private Clock clock;
    private ToolConfiguration configuration;
    private InMemoryPlatformRegistry registry;
    private LaunchStateStore stateStore;
    private ToolKeyRing keyRing;
    private LoginInitiator loginInitiator;
    private LaunchProcessor launchProcessor;

    @PostConstruct
    void build() {
        clock = Clock.systemUTC();
        configuration = ToolConfiguration.read(name -> config.getOptionalValue(name, String.class));
        registry = new InMemoryPlatformRegistry(List.of(configuration.registration()));
        stateStore = new JdbcLaunchStateStore(database.dataSource(), clock);
        keyRing = ToolKeyRing.generate(clock, KEY_OVERLAP);
        loginInitiator = new LoginInitiator(registry, stateStore, configuration.launchUrl(), LOGIN_LIFETIME, clock);
        LaunchSettings settings = new LaunchSettings(LaunchSettings.defaults().clockSkew(),
                LaunchSettings.defaults().maxTokenLength(), EnumSet.of(LtiMessageType.RESOURCE_LINK));
        launchProcessor = new LaunchProcessor(settings, registry,
                PlatformKeySources.overHttp(clock, JwksPolicy.defaults()), stateStore, clock);
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

    /** The platforms the tool is registered with. */
    @Produces
    public PlatformRegistry platformRegistry() {
        return registry;
    }

    /** The logins waiting for their launch and the used nonces, in the database shared by every node. */
    @Produces
    public LaunchStateStore launchStateStore() {
        return stateStore;
    }

    /** The tool's own keys. */
    @Produces
    public ToolKeyRing toolKeyRing() {
        return keyRing;
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
}
