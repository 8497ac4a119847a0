package org.balint.lti.tool.course;

import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.persistence.tenant.Tenant;

/**
 * Whose records a launch touches. The tenant is the platform registration: the platform's issuer and
 * the client_id it gave the tool. Everything the deployments of one registration do is one tenant's,
 * and nothing crosses registrations (Canvas shares one issuer across many client_ids, so the issuer
 * alone would mix institutions). The client_id fills the tenant's second part.
 */
public final class Tenancy {

    private Tenancy() {
    }

    /** The tenant of launches through {@code deployment}'s registration. */
    public static Tenant of(PlatformDeployment deployment) {
        return new Tenant(deployment.issuer(), deployment.clientId());
    }
}
