package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.OneTimeValues;
import org.balint.lti.tool.platform.PlatformAdministration;
import org.balint.lti.tool.platform.RetentionAdministration;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.tenant.Tenants;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the services of the administrators' pages once per application: an LMS administrator's own
 * platform (registration, deployments, the tool key read-only), the accreditation statements, the
 * retention purge, and the one-time values that confirm a purge or a key rotation exactly once.
 */
@ApplicationScoped
public class AdminComponents {

    @Inject
    Config config;

    @Inject
    ToolDatabase database;

    @Inject
    Clock clock;

    @Inject
    ToolConfiguration configuration;

    @Inject
    ToolKeySettings keySettings;

    @Inject
    JdbcPlatformRegistry registry;

    @Inject
    ToolKeyRing keys;

    @Inject
    PlatformKeySources keySources;

    @Inject
    JpaBalintRecords.Transactions transactions;

    private OneTimeValues oneTimeValues;
    private PlatformAdministration platforms;
    private AccreditationSettings accreditation;
    private RetentionAdministration retention;

    @PostConstruct
    void build() {
        DataSource dataSource = database.dataSource();
        oneTimeValues = new OneTimeValues(dataSource, clock, OneTimeValues.DEFAULT_LIFETIME);
        platforms = new PlatformAdministration(registry, keys, keySettings.rotationPeriod(), configuration.jwksUrl(),
                keySources::lastFetched, clock);
        accreditation = new AccreditationSettings(dataSource, clock);
        retention = new RetentionAdministration(transactions, new Tenants(clock), registry,
                RetentionSettings.read(name -> config.getOptionalValue(name, String.class)), oneTimeValues, clock);
    }

    /** The values that confirm an action exactly once. */
    @Produces
    public OneTimeValues oneTimeValues() {
        return oneTimeValues;
    }

    /** An LMS administrator's own platform. */
    @Produces
    public PlatformAdministration platformAdministration() {
        return platforms;
    }

    /** The accreditation statements of each platform. */
    @Produces
    public AccreditationSettings accreditationSettings() {
        return accreditation;
    }

    /** The retention purge of each platform. */
    @Produces
    public RetentionAdministration retentionAdministration() {
        return retention;
    }
}
