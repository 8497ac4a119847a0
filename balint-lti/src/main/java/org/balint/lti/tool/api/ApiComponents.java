package org.balint.lti.tool.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.balint.lti.tool.config.ToolDatabase;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.tenant.Tenants;

/**
 * Builds the API's parts once per application from the tool's components: the gate every request
 * passes, Balint's records as the API reads them, and the time-zone preferences.
 */
@ApplicationScoped
public class ApiComponents {

    @Inject
    CourseServices services;

    @Inject
    ToolDatabase database;

    @Inject
    Clock clock;

    @Inject
    JpaBalintRecords.Transactions transactions;

    private ApiRecords records;
    private ApiGate gate;
    private TimeZonePreferences timeZones;
    private MemberViews memberViews;

    @PostConstruct
    void build() {
        records = new JpaApiRecords(transactions, new Tenants(clock));
        gate = new ApiGate(services.sessions(), services.users(),
                (tenant, id) -> records.read(tenant, r -> r.groups().find(id).map(GroupPeople::of))
                        .flatMap(found -> found));
        timeZones = new TimeZonePreferences(database.dataSource(), clock);
        memberViews = new MemberViews(records, clock);
    }

    /** The checks every API request passes. */
    @Produces
    public ApiGate gate() {
        return gate;
    }

    /** Balint's records, read per tenant. */
    @Produces
    public ApiRecords records() {
        return records;
    }

    /** The time zones people chose for their schedule. */
    @Produces
    public TimeZonePreferences timeZonePreferences() {
        return timeZones;
    }

    /** What a member sees of their group, for the API and the member's home page. */
    @Produces
    public MemberViews memberViews() {
        return memberViews;
    }
}
