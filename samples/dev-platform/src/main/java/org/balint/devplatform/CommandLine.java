package org.balint.devplatform;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the program's options from system properties ({@code devplatform.<name>}) and arguments
 * ({@code --<name> value}; arguments win) into a configuration, reporting every unknown option and
 * bad value together.
 */
final class CommandLine {

    /** The port the program listens on unless told otherwise. */
    static final int DEFAULT_PORT = 9180;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: DevPlatform [--name value]...   (or -Ddevplatform.<name>=value)",
            "  --port              port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --tool              tool base URL (default " + DevPlatformConfig.DEFAULT_TOOL
                    + "); login /lti/login, launch /lti/launch, JWKS /lti/jwks, registration /lti/register",
            "  --login-url         tool login initiation URL",
            "  --launch-url        tool launch URL: redirect URI, target link URI and deep-linking URL",
            "  --redirect-uris     registered redirect URIs, comma separated",
            "  --target-link-uri   target link URI of resource-link launches",
            "  --deep-link-url     target link URI of deep-linking requests",
            "  --tool-jwks-url     the tool's JWKS URL",
            "  --registration-url  the tool's dynamic registration start URL",
            "  --client-id         client_id (default " + DevPlatformConfig.DEFAULT_CLIENT_ID + ")",
            "  --deployment-id     deployment_id (default " + DevPlatformConfig.DEFAULT_DEPLOYMENT_ID + ")",
            "  --issuer            iss of the tokens (default: the platform's base URL)",
            "  --key-file          JSON Web Key file for the signing key; created when missing",
            "  --id-token-seconds  id_token lifetime in seconds (default 300)",
            "  --help              this text");

    private static final List<String> OPTIONS = List.of("port", "tool", "login-url", "launch-url", "redirect-uris",
            "target-link-uri", "deep-link-url", "tool-jwks-url", "registration-url", "client-id", "deployment-id", "issuer", "key-file",
            "id-token-seconds");
    private static final Set<String> KNOWN = Set.copyOf(OPTIONS);
    private static final String PROPERTY_PREFIX = "devplatform.";

    /** What the command line asks for. */
    sealed interface Parsed {
    }

    /** Print the usage. */
    record Help() implements Parsed {
    }

    /** Run with this configuration. */
    record Run(DevPlatformConfig config) implements Parsed {
    }

    /** Do not run; every reason. */
    record Wrong(List<Violation> violations) implements Parsed {
    }

    private CommandLine() {
    }

    static Parsed parse(String[] args, Properties properties) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : OPTIONS) {
            Optional.ofNullable(properties.getProperty(PROPERTY_PREFIX + name)).ifPresent(v -> values.put(name, v));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return new Help();
            }
            String name = arg.startsWith("--") ? arg.substring(2) : "";
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!KNOWN.contains(name)) {
                violations.add(new Violation("option-unknown", "\"" + arg + "\" is not an option; see --help."));
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    violations.add(new Violation("option-value-missing", "--" + name + " needs a value."));
                    continue;
                }
                value = args[++i];
            }
            values.put(name, value);
        }

        int port = DEFAULT_PORT;
        if (values.containsKey("port")) {
            port = integer(values.get("port"), "port-not-a-number", "--port", violations);
        }
        DevPlatformConfig config = DevPlatformConfig.forTool(
                uri(values.getOrDefault("tool", DevPlatformConfig.DEFAULT_TOOL.toString()), "--tool", violations))
                .withPort(port);
        if (values.containsKey("login-url")) {
            config = config.withToolLoginUrl(uri(values.get("login-url"), "--login-url", violations));
        }
        if (values.containsKey("launch-url")) {
            URI launch = uri(values.get("launch-url"), "--launch-url", violations);
            config = config.withRedirectUris(List.of(launch)).withTargetLinkUri(launch).withDeepLinkUrl(launch);
        }
        if (values.containsKey("redirect-uris")) {
            config = config.withRedirectUris(Arrays.stream(values.get("redirect-uris").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> uri(s, "--redirect-uris", violations)).collect(Collectors.toList()));
        }
        if (values.containsKey("target-link-uri")) {
            config = config.withTargetLinkUri(uri(values.get("target-link-uri"), "--target-link-uri", violations));
        }
        if (values.containsKey("deep-link-url")) {
            config = config.withDeepLinkUrl(uri(values.get("deep-link-url"), "--deep-link-url", violations));
        }
        if (values.containsKey("tool-jwks-url")) {
            config = config.withToolJwksUrl(uri(values.get("tool-jwks-url"), "--tool-jwks-url", violations));
        }
        if (values.containsKey("registration-url")) {
            config = config.withToolRegistrationUrl(uri(values.get("registration-url"), "--registration-url",
                    violations));
        }
        if (values.containsKey("client-id")) {
            config = config.withClientId(values.get("client-id"));
        }
        if (values.containsKey("deployment-id")) {
            config = config.withDeploymentId(values.get("deployment-id"));
        }
        if (values.containsKey("issuer")) {
            config = config.withIssuer(uri(values.get("issuer"), "--issuer", violations));
        }
        if (values.containsKey("key-file")) {
            try {
                config = config.withKeyFile(Path.of(values.get("key-file")));
            } catch (InvalidPathException bad) {
                violations.add(new Violation("key-file-invalid",
                        "--key-file \"" + values.get("key-file") + "\" is not a usable path: " + bad.getReason() + "."));
            }
        }
        if (values.containsKey("id-token-seconds")) {
            int seconds = integer(values.get("id-token-seconds"), "id-token-seconds-not-a-number",
                    "--id-token-seconds", violations);
            config = config.withIdTokenLifetime(Duration.ofSeconds(seconds));
        }
        violations.addAll(config.problems());
        return violations.isEmpty() ? new Run(config) : new Wrong(violations);
    }

    private static int integer(String text, String code, String option, List<Violation> violations) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            violations.add(new Violation(code, option + " must be a whole number, not \"" + text + "\"."));
            return 0;
        }
    }

    private static URI uri(String text, String option, List<Violation> violations) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException malformed) {
            violations.add(new Violation("url-malformed",
                    option + " \"" + text + "\" is not a URL: " + malformed.getReason() + "."));
            return DevPlatformConfig.DEFAULT_TOOL;
        }
    }
}
