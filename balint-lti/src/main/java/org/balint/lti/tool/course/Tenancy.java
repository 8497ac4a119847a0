package org.balint.lti.tool.course;

import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.persistence.tenant.Tenant;

/**
 * Whose records a launch touches: the tenant is the deployment, the platform's issuer and the
 * {@code deployment_id} it assigned when an administrator installed the tool, as the storage module
 * defines tenants. A platform names each installation uniquely under its issuer (Moodle: one per tool
 * registration of the site; Canvas: one per account or course the developer key is installed in), so
 * nothing crosses deployments, registrations or platforms, even where Canvas shares one issuer across
 * many client_ids.
 */
public final class Tenancy {

    private Tenancy() {
    }

    /** The tenant of launches through {@code deployment}'s registration. */
    public static Tenant of(PlatformDeployment deployment) {
        return new Tenant(deployment.issuer(), deployment.deploymentId());
    }
}
