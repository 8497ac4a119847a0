package org.balint.lti.tool.admin;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.logging.Logger;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.RegistryChange;
import org.balint.lti.protocol.store.StoredRegistration;

/**
 * The admin operations on platform registrations, independent of HTTP: each checks its input first,
 * makes its change in one transaction, logs it (who: the admin token; what; never a secret) and
 * answers with the status and body the admin API sends.
 */
public final class RegistrationAdmin {

    private static final Logger LOG = Logger.getLogger(RegistrationAdmin.class.getName());
    /** Who made a change: the admin API has one credential. */
    static final String WHO = "admin token";

    private final JdbcPlatformRegistry registry;

    /** Operations on {@code registry}. */
    public RegistrationAdmin(JdbcPlatformRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Every registration. */
    public AdminAnswer list() {
        return AdminAnswer.ok(registry.list().stream().map(RegistrationView::of).toList());
    }

    /** One registration, or 404. */
    public AdminAnswer get(String id) {
        return withId(id, number -> registry.get(number)
                .map(stored -> AdminAnswer.registration(200, RegistrationView.of(stored)))
                .orElseGet(() -> notFound(id)));
    }

    /** Creates a registration (custom or from a preset): 201, 400 with every problem, or 409. */
    public AdminAnswer create(RegistrationInput input) {
        RegistrationForm.Checked checked = RegistrationForm.check(input);
        if (checked.details().isEmpty()) {
            return invalid(checked);
        }
        return answer(registry.create(checked.details().get()), VersionCheck.none(), 201, stored ->
                "created platform registration " + stored.id() + " (" + describe(stored) + ")");
    }

    /** Replaces a registration's details; needs the version read ({@code If-Match} or body). */
    public AdminAnswer update(String id, RegistrationInput input, VersionCheck check) {
        return withId(id, number -> {
            RegistrationForm.Checked checked = RegistrationForm.check(input);
            if (checked.details().isEmpty()) {
                return invalid(checked);
            }
            OptionalLong expected = check.expected();
            if (expected.isEmpty()) {
                return AdminAnswer.problem("version-required", 428, "Say which version of registration " + id
                        + " you are replacing: send its ETag as If-Match, or its version in the body's \"version\".");
            }
            return answer(registry.update(number, expected.getAsLong(), checked.details().get()), check, 200, stored ->
                    "replaced platform registration " + stored.id() + " (" + describe(stored) + "), now version "
                            + stored.version());
        });
    }

    /** Deletes a registration and its deployments: 204. */
    public AdminAnswer delete(String id, VersionCheck check) {
        return withId(id, number -> {
            Optional<String> before = registry.get(number).map(RegistrationAdmin::describe);
            RegistryChange change = registry.delete(number, check.expected());
            if (change instanceof RegistryChange.Applied) {
                LOG.info(() -> "Admin change by the " + WHO + ": deleted platform registration " + number
                        + before.map(d -> " (" + d + ")").orElse(""));
                return AdminAnswer.noContent();
            }
            return refused((RegistryChange.Refused) change, check);
        });
    }

    /** Adds a deployment to a registration. */
    public AdminAnswer addDeployment(String id, DeploymentInput input, VersionCheck check) {
        return withId(id, number -> {
            String deploymentId = input == null ? null : input.deploymentId;
            if (deploymentId == null || deploymentId.isEmpty() || deploymentId.length() > 255
                    || !deploymentId.strip().equals(deploymentId) || deploymentId.chars().anyMatch(Character::isISOControl)) {
                return AdminAnswer.problem("deployment-invalid", 400, "Send {\"deploymentId\": \"...\"} with the "
                        + "deployment id as the platform shows it: 1 to 255 characters, no surrounding spaces.");
            }
            return answer(registry.addDeployment(number, check.expected(), deploymentId), check, 200, stored ->
                    "added deployment '" + deploymentId + "' to platform registration " + stored.id());
        });
    }

    /** Removes a deployment from a registration. */
    public AdminAnswer removeDeployment(String id, String deploymentId, VersionCheck check) {
        return withId(id, number -> answer(registry.removeDeployment(number, check.expected(), deploymentId), check, 200,
                stored -> "removed deployment '" + deploymentId + "' from platform registration " + stored.id()));
    }

    private AdminAnswer answer(RegistryChange change, VersionCheck check, int status,
            Function<StoredRegistration, String> what) {
        if (change instanceof RegistryChange.Applied) {
            StoredRegistration stored = ((RegistryChange.Applied) change).registration().orElseThrow();
            LOG.info(() -> "Admin change by the " + WHO + ": " + what.apply(stored));
            return AdminAnswer.registration(status, RegistrationView.of(stored));
        }
        return refused((RegistryChange.Refused) change, check);
    }

    private static AdminAnswer refused(RegistryChange.Refused refused, VersionCheck check) {
        switch (refused.refusal()) {
            case REGISTRATION_NOT_FOUND:
                return AdminAnswer.problem("registration-not-found", 404, refused.message());
            case REGISTRATION_EXISTS:
                return AdminAnswer.problem("registration-exists", 409, refused.message());
            case VERSION_CONFLICT:
                return check.ifMatch().isPresent()
                        ? AdminAnswer.problem("version-mismatch", 412, refused.message())
                        : AdminAnswer.problem("version-conflict", 409, refused.message());
            case DEPLOYMENT_EXISTS:
                return AdminAnswer.problem("deployment-exists", 409, refused.message());
            case DEPLOYMENT_NOT_FOUND:
                return AdminAnswer.problem("deployment-not-found", 404, refused.message());
            default:
                return AdminAnswer.problem("last-deployment", 409, refused.message());
        }
    }

    private static AdminAnswer invalid(RegistrationForm.Checked checked) {
        return AdminAnswer.problem("registration-invalid", 400, "The registration was not saved: "
                + String.join(" ", checked.problems()));
    }

    private static AdminAnswer withId(String id, Function<Long, AdminAnswer> operation) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return notFound(id);
        }
        return operation.apply(Long.parseLong(id));
    }

    private static AdminAnswer notFound(String id) {
        return AdminAnswer.problem("registration-not-found", 404, "There is no platform registration '" + id
                + "'. List the registrations (GET /api/admin/platform-registrations) to find its id.");
    }

    private static String describe(StoredRegistration stored) {
        return "issuer " + stored.registration().issuer() + ", client_id " + stored.registration().clientId()
                + ", deployments " + stored.registration().deploymentIds().stream().sorted().toList()
                + ", preset " + stored.details().preset();
    }
}
