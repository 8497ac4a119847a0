package org.balint.persistence.tenant;

import java.time.Clock;
import java.util.UUID;
import org.balint.persistence.database.StandaloneDatabase;

/** Tenants for tests: each test registers institutions of its own, so tests never see each other's rows. */
public final class TenantFixture {

    private TenantFixture() {
    }

    /** A Moodle site nobody else uses, with Balint deployed once. */
    public static Tenant anInstitutionOfItsOwn() {
        return new Tenant("https://moodle-" + UUID.randomUUID() + ".example.edu", "1");
    }

    /** Registers a fresh institution and returns its scope. */
    public static TenantScope registered(StandaloneDatabase database, Clock clock) {
        Tenant tenant = anInstitutionOfItsOwn();
        return database.inTransaction(em -> new Tenants(clock).register(em, tenant));
    }
}
