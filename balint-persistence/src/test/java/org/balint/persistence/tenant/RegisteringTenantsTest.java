package org.balint.persistence.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.integrity.IntegrityViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registering the LMS platform deployments Balint keeps records for")
class RegisteringTenantsTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    private final Tenants tenants = new Tenants(clock);

    @Test
    @DisplayName("a deployment seen for the first time is registered; registering it again returns the same scope")
    void registrationIsIdempotent() {
        Tenant tenant = TenantFixture.anInstitutionOfItsOwn();

        TenantScope first = database.inTransaction(em -> tenants.register(em, tenant));
        TenantScope again = database.inTransaction(em -> tenants.register(em, tenant));
        Optional<TenantScope> found = database.inTransaction(em -> tenants.find(em, tenant));

        assertThat(again).isEqualTo(first);
        assertThat(found).contains(first);
        assertThat(first.tenant()).isEqualTo(tenant);
    }

    @Test
    @DisplayName("two deployments of Balint on the same platform are two tenants")
    void deploymentsAreSeparateTenants() {
        Tenant first = TenantFixture.anInstitutionOfItsOwn();
        Tenant second = new Tenant(first.platformIssuer(), "2");

        TenantScope a = database.inTransaction(em -> tenants.register(em, first));
        TenantScope b = database.inTransaction(em -> tenants.register(em, second));
        List<TenantScope> all = database.inTransaction(tenants::all);

        assertThat(a).isNotEqualTo(b);
        assertThat(all).contains(a, b);
    }

    @Test
    @DisplayName("an unknown deployment is not found, and looking it up registers nothing")
    void unknownIsNotFound() {
        Tenant stranger = TenantFixture.anInstitutionOfItsOwn();

        Optional<TenantScope> found = database.inTransaction(em -> tenants.find(em, stranger));
        Optional<TenantScope> stillNotFound = database.inTransaction(em -> tenants.find(em, stranger));

        assertThat(found).isEmpty();
        assertThat(stillNotFound).isEmpty();
    }

    @Test
    @DisplayName("a registration that the database refuses as a duplicate is reported by reason code and stores nothing of its transaction")
    void concurrentDuplicateIsADomainErrorAndNothingIsHalfStored() {
        Tenant contested = TenantFixture.anInstitutionOfItsOwn();
        Tenant bystander = TenantFixture.anInstitutionOfItsOwn();
        database.useTransaction(em -> tenants.register(em, contested));

        // The other request's registration is already committed when this one writes its own row,
        // as when both checked at the same moment and found nothing.
        assertThatThrownBy(() -> database.useTransaction(em -> {
            tenants.register(em, bystander);
            em.persist(new TenantEntity(contested, clock.instant()));
            Tenants.CONSTRAINTS.flush(em);
        })).isInstanceOfSatisfying(IntegrityViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("tenant-registered-concurrently");
            assertThat(violation.constraint()).isEqualTo("uq_tenant_platform_deployment");
            assertThat(violation.violation().message()).contains("Try again");
        });

        Optional<TenantScope> bystanderAfterwards = database.inTransaction(em -> tenants.find(em, bystander));
        assertThat(bystanderAfterwards).as("the rolled-back transaction's other write").isEmpty();
    }

    @Test
    @DisplayName("an issuer and deployment id that break LTI's rules are refused with every reason at once")
    void invalidTenantListsEveryViolation() {
        Validated<Tenant> invalid = Tenant.of("http://moodle.example.edu?x=1", "deployment 1");

        assertThat(invalid.violations()).extracting(Violation::code)
                .containsExactly("platform-issuer-not-https", "deployment-id-not-printable-ascii");
        assertThat(Tenant.of("", "").violations()).extracting(Violation::code)
                .containsExactly("missing-platform-issuer", "missing-deployment-id");
        assertThat(Tenant.of("https://lms.example.edu/" + "x".repeat(300), "d".repeat(256)).violations()).extracting(Violation::code)
                .containsExactly("platform-issuer-too-long", "deployment-id-too-long");
    }

    @Test
    @DisplayName("an HTTPS issuer is accepted, and plain HTTP only for a development platform on this machine")
    void issuerSchemes() {
        assertThat(Tenant.of("https://canvas.instructure.com", "8:abc123").isValid()).isTrue();
        assertThat(Tenant.of("http://127.0.0.1:9090", "1").isValid()).isTrue();
        assertThat(Tenant.of("http://localhost:9090/platform", "1").isValid()).isTrue();
        assertThat(Tenant.of("http://moodle.example.edu", "1").violations()).extracting(Violation::code)
                .containsExactly("platform-issuer-not-https");
    }
}
