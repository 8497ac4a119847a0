package org.balint.lti.tool.course;

import java.util.Objects;
import org.balint.core.group.Groups;
import org.balint.core.registration.Registrations;

/**
 * One tenant's records inside a transaction of {@link BalintRecords}.
 *
 * @param groups        the tenant's group series
 * @param registrations the registrations for them
 */
public record TenantRecords(Groups groups, Registrations registrations) {

    /** Validates the parts. */
    public TenantRecords {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(registrations, "registrations");
    }
}
