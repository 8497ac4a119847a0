package org.balint.lti.tool.platform;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKey;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.RegistryChange;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.protocol.store.StoredRegistration;

/**
 * What an LMS administrator may see and change of their own platform: the registration their launch
 * came through (issuer and client_id, never another one: every Canvas Cloud account shares an issuer)
 * and its deployments. Each change is checked first, written in one transaction and logged with who
 * made it; the deployment of the administrator's own launch cannot be removed from under them.
 */
public final class PlatformAdministration {

    /** The form field and JSON property of a deployment id. */
    public static final String DEPLOYMENT_FIELD = "deployment_id";

    private static final Logger LOG = Logger.getLogger(PlatformAdministration.class.getName());

    private final JdbcPlatformRegistry registry;
    private final ToolKeyRing keys;
    private final Duration rotationPeriod;
    private final URI toolKeySetUrl;
    private final Function<URI, Optional<Instant>> keySetFetches;
    private final Clock clock;

    /**
     * @param rotationPeriod how long a tool key signs before it is replaced on schedule
     * @param toolKeySetUrl  the tool's public key set URL
     * @param keySetFetches  when this server last fetched a platform key set, by its URL
     */
    public PlatformAdministration(JdbcPlatformRegistry registry, ToolKeyRing keys, Duration rotationPeriod,
            URI toolKeySetUrl, Function<URI, Optional<Instant>> keySetFetches, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.rotationPeriod = Objects.requireNonNull(rotationPeriod, "rotationPeriod");
        this.toolKeySetUrl = Objects.requireNonNull(toolKeySetUrl, "toolKeySetUrl");
        this.keySetFetches = Objects.requireNonNull(keySetFetches, "keySetFetches");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The administrator's platform, as the launch through {@code launched} finds it now. */
    public AdminOutcome<PlatformOverview> overview(PlatformDeployment launched) {
        Objects.requireNonNull(launched, "launched");
        return registration(launched).<AdminOutcome<PlatformOverview>>map(stored ->
                new AdminOutcome.Done<>(overview(stored, launched), "")).orElseGet(() -> notRegistered(launched));
    }

    /** Adds {@code deploymentId} to the administrator's registration. */
    public AdminOutcome<PlatformOverview> addDeployment(PlatformDeployment launched, String deploymentId) {
        Objects.requireNonNull(launched, "launched");
        Optional<AdminOutcome<PlatformOverview>> invalid = checkDeploymentId(deploymentId);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<StoredRegistration> stored = registration(launched);
        if (stored.isEmpty()) {
            return notRegistered(launched);
        }
        RegistryChange change = registry.addDeployment(stored.get().id(), OptionalLong.empty(), deploymentId);
        return answer(change, launched, "added deployment '" + deploymentId + "'",
                "Deployment " + deploymentId + " was added: launches from it are accepted from now on.");
    }

    /**
     * Removes {@code deploymentId} from the administrator's registration; refused for the deployment of
     * their own launch and for the registration's last one.
     */
    public AdminOutcome<PlatformOverview> removeDeployment(PlatformDeployment launched, String deploymentId) {
        Objects.requireNonNull(launched, "launched");
        if (deploymentId == null || deploymentId.isEmpty()) {
            return AdminOutcome.refused(400, DEPLOYMENT_FIELD, "deployment-id-missing", "Say which deployment to "
                    + "remove: its id as the platform page lists it.");
        }
        if (deploymentId.equals(launched.deploymentId())) {
            return AdminOutcome.refused(409, DEPLOYMENT_FIELD, "deployment-in-use", "Deployment " + deploymentId
                    + " is the one you launched Balint through, so removing it would shut out your own session. To "
                    + "remove it, open Balint from a course of another deployment of this platform.");
        }
        Optional<StoredRegistration> stored = registration(launched);
        if (stored.isEmpty()) {
            return notRegistered(launched);
        }
        RegistryChange change = registry.removeDeployment(stored.get().id(), OptionalLong.empty(), deploymentId);
        return answer(change, launched, "removed deployment '" + deploymentId + "'", "Deployment " + deploymentId
                + " was removed: launches from it are refused from now on. Its groups' records stay until the "
                + "retention purge removes them.");
    }

    private AdminOutcome<PlatformOverview> answer(RegistryChange change, PlatformDeployment launched, String what,
            String notice) {
        if (change instanceof RegistryChange.Applied applied) {
            StoredRegistration after = applied.registration().orElseThrow();
            LOG.info(() -> "Admin change by LMS administrator " + launched.issuer() + " / " + launched.clientId()
                    + " (launched through deployment " + launched.deploymentId() + "): " + what
                    + " of platform registration " + after.id());
            return new AdminOutcome.Done<>(overview(after, launched), notice);
        }
        RegistryChange.Refused refused = (RegistryChange.Refused) change;
        switch (refused.refusal()) {
            case DEPLOYMENT_EXISTS:
                return AdminOutcome.refused(409, DEPLOYMENT_FIELD, "deployment-exists", "This platform already has "
                        + "that deployment; it is in the list above. Check the id your LMS shows for the new one.");
            case DEPLOYMENT_NOT_FOUND:
                return AdminOutcome.refused(404, DEPLOYMENT_FIELD, "deployment-not-found", "This platform has no "
                        + "such deployment; it may have been removed already. Open the platform page again.");
            case LAST_DEPLOYMENT:
                return AdminOutcome.refused(409, DEPLOYMENT_FIELD, "last-deployment", "This is the platform's only "
                        + "deployment, and a registration needs one. Add the new deployment first.");
            case REGISTRATION_NOT_FOUND:
                return notRegistered(launched);
            default:
                return AdminOutcome.refused(409, DEPLOYMENT_FIELD, "changed-meanwhile", "The platform's registration "
                        + "changed at the same moment; nothing was changed. Open the platform page again and repeat it.");
        }
    }

    /** The registration of the launch: its issuer and client_id exactly. */
    private Optional<StoredRegistration> registration(PlatformDeployment launched) {
        return registry.list().stream()
                .filter(s -> s.registration().issuer().equals(launched.issuer())
                        && s.registration().clientId().equals(launched.clientId()))
                .findFirst();
    }

    private PlatformOverview overview(StoredRegistration stored, PlatformDeployment launched) {
        ToolKey active = keys.keys().active();
        Instant now = clock.instant();
        Duration age = Duration.between(active.createdAt(), now);
        return new PlatformOverview(stored.id(), stored.details().label(), stored.registration().issuer(),
                stored.registration().clientId(), stored.registration().authorizationEndpoint(),
                stored.registration().tokenEndpoint(), stored.registration().jwksUri(),
                keySetFetches.apply(stored.registration().jwksUri()),
                stored.registration().deploymentIds().stream().sorted().toList(), launched.deploymentId(),
                toolKeySetUrl, active.kid(), active.createdAt(), age.isNegative() ? Duration.ZERO : age,
                active.createdAt().plus(rotationPeriod));
    }

    private static <T> AdminOutcome<T> notRegistered(PlatformDeployment launched) {
        return AdminOutcome.refused(404, DEPLOYMENT_FIELD, "platform-not-registered", "The registration you launched "
                + "through (client " + launched.clientId() + ") is no longer in the tool. Ask the tool's operator to "
                + "register the platform again, then launch again.");
    }

    /** Every reason {@code deploymentId} cannot be a deployment id, or empty when it can. */
    static <T> Optional<AdminOutcome<T>> checkDeploymentId(String deploymentId) {
        if (deploymentId == null || deploymentId.isEmpty()) {
            return Optional.of(AdminOutcome.refused(400, DEPLOYMENT_FIELD, "deployment-id-missing", "Enter the "
                    + "deployment id as your LMS shows it: Moodle lists it in the tool's details (for example 2), "
                    + "Canvas in the app's settings (for example 12:8865aa…)."));
        }
        if (deploymentId.length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH) {
            return Optional.of(AdminOutcome.refused(400, DEPLOYMENT_FIELD, "deployment-id-too-long", "A deployment "
                    + "id has at most " + RegistrationDetails.MAX_IDENTIFIER_LENGTH + " characters; this one has "
                    + deploymentId.length() + ". Copy it again from your LMS."));
        }
        if (!deploymentId.strip().equals(deploymentId) || deploymentId.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(AdminOutcome.refused(400, DEPLOYMENT_FIELD, "deployment-id-malformed", "A deployment "
                    + "id has no spaces before or after it and no line breaks. Copy it again from your LMS, "
                    + "without the surrounding spaces."));
        }
        return Optional.empty();
    }
}
