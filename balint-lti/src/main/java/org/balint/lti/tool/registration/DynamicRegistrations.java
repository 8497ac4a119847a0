package org.balint.lti.tool.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.registration.DynamicRegistration;
import org.balint.lti.protocol.registration.PlatformConfiguration;
import org.balint.lti.protocol.registration.RegisteredTool;
import org.balint.lti.protocol.registration.RegistrationFailed;
import org.balint.lti.protocol.registration.RegistrationProblem;
import org.balint.lti.protocol.registration.ToolDescription;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.protocol.store.StoredRegistration;
import org.balint.lti.tool.registration.RegistrationOutcome.Refused;
import org.balint.lti.tool.registration.RegistrationOutcome.Registered;

/**
 * The tool's registration start URL, behind the web layer (LTI Dynamic Registration 1.0): checks the
 * request and the platform against {@link AllowedIssuers} before anything is fetched, reads and
 * validates the platform's OpenID configuration, registers the tool, and keeps the answer (issuer,
 * client_id, endpoints, key set and deployment) in the platform registry with the preset
 * {@value #PRESET}, so the admin API shows where it came from.
 *
 * <p>Registering the same issuer and client_id again updates the endpoints and adds the deployment;
 * it never duplicates the registration, and keeps the label and preset an administrator gave it.
 * Every refusal names its reason code; the tool stores nothing for a refused registration. The one
 * step the tool cannot undo is the platform's own: when the platform registered the tool but the tool
 * could not save it, the answer says so, so the administrator removes the half-made tool in the
 * platform before starting again.
 */
public final class DynamicRegistrations {

    /** The preset of registrations made through dynamic registration. */
    public static final String PRESET = "dynamic";
    /** The longest {@code openid_configuration} or {@code registration_token} taken. */
    static final int MAX_PARAMETER_LENGTH = 4096;

    private static final System.Logger LOG = System.getLogger(DynamicRegistrations.class.getName());

    private final DynamicRegistration protocol;
    private final JdbcPlatformRegistry registry;
    private final AllowedIssuers allowed;
    private final ToolDescription tool;

    /**
     * @param protocol the platform side: reads configurations and posts registrations
     * @param registry where registrations are kept
     * @param allowed  which platforms may register the tool
     * @param tool     what the tool tells platforms about itself
     */
    public DynamicRegistrations(DynamicRegistration protocol, JdbcPlatformRegistry registry, AllowedIssuers allowed,
            ToolDescription tool) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.tool = Objects.requireNonNull(tool, "tool");
    }

    /** Which platforms may register the tool. */
    public AllowedIssuers allowed() {
        return allowed;
    }

    /**
     * Registers the tool with the platform that sent the browser to the registration start URL.
     *
     * @param openIdConfiguration the {@code openid_configuration} query parameter
     * @param registrationToken   the {@code registration_token} query parameter, if any
     */
    public RegistrationOutcome register(Optional<String> openIdConfiguration, Optional<String> registrationToken) {
        Objects.requireNonNull(openIdConfiguration, "openIdConfiguration");
        Objects.requireNonNull(registrationToken, "registrationToken");
        Optional<String> token = registrationToken.map(String::strip).filter(t -> !t.isEmpty());
        if (token.isPresent() && (token.get().length() > MAX_PARAMETER_LENGTH || !printable(token.get()))) {
            return new Refused("registration-request-invalid", 400, "The registration_token is longer than "
                    + MAX_PARAMETER_LENGTH + " characters or not printable, so it cannot be the platform's. Start the "
                    + "registration again from the platform.");
        }
        Optional<URI> configurationUrl = openIdConfiguration.map(String::strip).filter(u -> !u.isEmpty())
                .flatMap(DynamicRegistrations::absoluteUrl);
        if (configurationUrl.isEmpty()) {
            return new Refused("registration-request-invalid", 400, "This address is the tool's registration start "
                    + "URL: the platform opens it with the query parameter openid_configuration (its OpenID "
                    + "configuration URL) and a registration_token. Start the registration from the platform's "
                    + "tool management page.");
        }
        if (!allowed.allows(configurationUrl.get())) {
            return notAllowed(configurationUrl.get());
        }
        try {
            PlatformConfiguration platform = protocol.readConfiguration(configurationUrl.get(), token);
            if (!allowed.allows(URI.create(platform.issuer()))) {
                return notAllowed(URI.create(platform.issuer()));
            }
            if (platform.issuer().length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH) {
                return new Refused(RegistrationProblem.CONFIGURATION_MALFORMED.code(), 502, "The platform's issuer is "
                        + "longer than " + RegistrationDetails.MAX_IDENTIFIER_LENGTH + " characters, more than the tool "
                        + "keeps; nothing was registered. Register the tool manually with a shorter site URL.");
            }
            RegisteredTool registered = protocol.register(platform, token, tool);
            return keep(registered);
        } catch (RegistrationFailed failed) {
            LOG.log(System.Logger.Level.INFO, "Dynamic registration from " + configurationUrl.get() + " refused: "
                    + failed.code() + " (" + failed.detail() + ")");
            return new Refused(failed.code(), status(failed.problem()), failed.problem().advice());
        }
    }

    private RegistrationOutcome keep(RegisteredTool registered) {
        PlatformConfiguration platform = registered.platform();
        PlatformRegistration registration = registered.toPlatformRegistration();
        RegistrationDetails details;
        try {
            details = new RegistrationDetails(registration, Optional.empty(), label(platform), PRESET);
        } catch (IllegalArgumentException tooLong) {
            return new Refused(RegistrationProblem.RESPONSE_MALFORMED.code(), 502, "The platform registered the tool "
                    + "but answered with values longer than the tool keeps (" + tooLong.getMessage() + "); the tool "
                    + "stored nothing. Remove the tool in the platform and register it manually.");
        }
        try {
            Optional<StoredRegistration> before = registry.list().stream()
                    .filter(s -> s.details().issuer().equals(details.issuer())
                            && s.details().clientId().equals(details.clientId()))
                    .findFirst();
            RegistrationDetails wanted = before.map(b -> new RegistrationDetails(registration,
                    b.details().tokenAudience(), b.details().label(), b.details().preset())).orElse(details);
            StoredRegistration stored = registry.ensure(wanted);
            LOG.log(System.Logger.Level.INFO, "Registered dynamically with " + details.issuer() + " as client_id "
                    + details.clientId() + ", deployment " + registered.deploymentId()
                    + (before.isPresent() ? " (registration " + stored.id() + " already existed)" : ""));
            return new Registered(registered, stored, before.isPresent());
        } catch (StoreUnavailable | IllegalStateException failed) {
            LOG.log(System.Logger.Level.WARNING, "Dynamic registration with " + details.issuer() + " (client_id "
                    + details.clientId() + ") could not be stored", failed);
            return new Refused("registration-not-stored", 503, "The platform registered the tool as client_id "
                    + details.clientId() + ", but the tool could not save the registration in its database, so "
                    + "launches would be refused. Remove that tool in the platform, then start the registration "
                    + "again in a minute.");
        }
    }

    private Refused notAllowed(URI address) {
        return new Refused("registration-issuer-not-allowed", 403, "This tool accepts dynamic registrations only "
                + "from " + allowed + ", not from " + AllowedIssuers.origin(address).orElse(address.toString())
                + "; nothing was fetched or registered. Ask the tool's administrator to add the platform to "
                + AllowedIssuers.PROPERTY + ", or register the tool manually.");
    }

    private static String label(PlatformConfiguration platform) {
        String host = Optional.ofNullable(URI.create(platform.issuer()).getHost()).orElse(platform.issuer());
        String label = "Dynamic registration: " + platform.productFamilyCode() + " at " + host;
        return label.length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH
                ? label.substring(0, RegistrationDetails.MAX_IDENTIFIER_LENGTH) : label;
    }

    static int status(RegistrationProblem problem) {
        switch (problem) {
            case INSECURE_URL:
                return 400;
            case TOKEN_INVALID:
                return 403;
            case CONFIGURATION_UNREACHABLE:
            case REGISTRATION_UNREACHABLE:
                return 503;
            default:
                return 502;
        }
    }

    private static Optional<URI> absoluteUrl(String text) {
        if (text.length() > MAX_PARAMETER_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawFragment() == null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
