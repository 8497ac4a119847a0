package org.balint.lti.tool.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.lti.protocol.store.ToolKeyCipher;

/**
 * How the tool keeps its signing keys: the secret its private keys are encrypted under in the
 * database, and how often the active key is replaced.
 *
 * <p>The rule for the secret ({@code balint.keys.secret}): when set, it must have at least
 * {@value ToolKeyCipher#MINIMUM_SECRET_LENGTH} characters and must not be the development secret
 * unless the tool runs locally. When unset, the documented development secret {@value #DEV_SECRET} is
 * used, but only while the tool's URL is plain http on a loopback host ({@code localhost},
 * {@code 127.0.0.0/8}, {@code ::1}); any other tool URL makes the secret required, and the tool does
 * not start without it.
 *
 * @param secret         the key-encryption secret
 * @param devSecret      true when {@code secret} is the development secret
 * @param rotationPeriod how long a key signs before it is replaced ({@code balint.keys.rotation-period},
 *                       ISO-8601, default {@code P90D}); longer than the overlap window
 */
public record ToolKeySettings(String secret, boolean devSecret, Duration rotationPeriod) {

    /** The key-encryption secret for local development only; public, so never protecting real keys. */
    public static final String DEV_SECRET = "balint-development-only-tool-key-secret";
    /** The default rotation period. */
    public static final Duration DEFAULT_ROTATION_PERIOD = Duration.ofDays(90);
    /** The shortest rotation period accepted. */
    public static final Duration MINIMUM_ROTATION_PERIOD = Duration.ofDays(1);

    /** Validates the arguments. */
    public ToolKeySettings {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(rotationPeriod, "rotationPeriod");
    }

    /** Hides the secret. */
    @Override
    public String toString() {
        return "ToolKeySettings[secret=" + (devSecret ? "development secret" : "(set)") + ", rotationPeriod="
                + rotationPeriod + "]";
    }

    /**
     * Reads the settings for a tool served at {@code toolUrl}.
     *
     * @throws IllegalStateException naming every value that is not usable
     */
    public static ToolKeySettings read(Function<String, Optional<String>> properties, URI toolUrl) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(toolUrl, "toolUrl");
        List<String> problems = new ArrayList<>();
        Optional<String> configured = properties.apply("balint.keys.secret").map(String::strip).filter(s -> !s.isEmpty());
        boolean local = isLocalHttp(toolUrl);
        String secret = configured.orElse(DEV_SECRET);
        if (configured.isEmpty() && !local) {
            problems.add("balint.keys.secret is required when the tool is served at " + toolUrl + ": set it to a "
                    + "random value of at least " + ToolKeyCipher.MINIMUM_SECRET_LENGTH + " characters (for example "
                    + "the output of 'openssl rand -base64 48') and keep it; the tool's private keys are encrypted "
                    + "under it.");
        } else if (configured.isPresent() && configured.get().length() < ToolKeyCipher.MINIMUM_SECRET_LENGTH) {
            problems.add("balint.keys.secret must have at least " + ToolKeyCipher.MINIMUM_SECRET_LENGTH
                    + " characters; it has " + configured.get().length() + ".");
        } else if (configured.filter(DEV_SECRET::equals).isPresent() && !local) {
            problems.add("balint.keys.secret is the published development secret, which is only accepted while the "
                    + "tool runs on plain http on this machine; choose a random secret for " + toolUrl + ".");
        }
        String periodText = properties.apply("balint.keys.rotation-period").map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(DEFAULT_ROTATION_PERIOD.toString());
        Duration period = DEFAULT_ROTATION_PERIOD;
        try {
            period = Duration.parse(periodText.toUpperCase(Locale.ROOT));
            if (period.compareTo(MINIMUM_ROTATION_PERIOD) < 0) {
                problems.add("balint.keys.rotation-period must be at least one day (P1D); it is " + periodText + ".");
            }
        } catch (DateTimeParseException e) {
            problems.add("balint.keys.rotation-period must be an ISO-8601 duration such as P90D; it is '"
                    + periodText + "'.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The tool's key settings have " + problems.size() + " problem(s): "
                    + String.join(" ", problems));
        }
        return new ToolKeySettings(secret, configured.isEmpty() || configured.get().equals(DEV_SECRET), period);
    }

    /** True for plain http on a loopback host: a tool nobody else can reach. */
    static boolean isLocalHttp(URI url) {
        if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            return false;
        }
        return isLoopbackHost(url.getHost());
    }

    /** True for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, without asking a name server. */
    public static boolean isLoopbackHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        boolean literal = name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || name.contains(":") && name.matches("[0-9a-f:.]+");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
