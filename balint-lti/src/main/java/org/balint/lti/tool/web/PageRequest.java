package org.balint.lti.tool.web;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.persistence.tenant.Tenant;

/**
 * What a {@link GroupPage} is rendered for.
 *
 * @param active   the launch session of the person opening the page
 * @param tenant   whose records the page reads: the launch's platform and deployment
 * @param group    the group the placement leads to, once it has one
 * @param basePath the application's base path, ending in {@code /}, below which the forms post
 * @param notice   what the last action did, shown above the page
 */
public record PageRequest(ActiveSession active, Tenant tenant, Optional<GroupId> group, String basePath,
        Optional<String> notice) {

    /** Validates the parts. */
    public PageRequest {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(notice, "notice");
    }

    /** The request of {@code active}'s page, for the tenant and group of its launch. */
    static PageRequest of(ActiveSession active, String basePath, Optional<String> notice) {
        return new PageRequest(active, Tenancy.of(active.session().course().deployment()), active.session().group(),
                basePath, notice);
    }
}
