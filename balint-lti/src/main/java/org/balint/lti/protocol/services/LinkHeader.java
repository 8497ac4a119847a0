package org.balint.lti.protocol.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of RFC 8288 {@code Link} headers, by relation: how NRPS and AGS announce the next page
 * ({@code rel="next"}) and the membership differences ({@code rel="differences"}).
 */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,<]+)*)");
    private static final Pattern REL = Pattern.compile("(?i)\\brel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))");

    private final Map<String, URI> byRelation;

    private LinkHeader(Map<String, URI> byRelation) {
        this.byRelation = Map.copyOf(byRelation);
    }

    /**
     * Reads every {@code Link} header of a response. Relative targets are resolved against
     * {@code base}; targets that are not URLs are skipped; the first link of a relation wins.
     */
    public static LinkHeader of(HttpHeaders headers, URI base) {
        Map<String, URI> links = new LinkedHashMap<>();
        for (String value : headers.allValues("Link")) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Optional<URI> target = resolve(base, link.group(1).trim());
                Matcher rel = REL.matcher(link.group(2));
                if (target.isEmpty() || !rel.find()) {
                    continue;
                }
                String relations = rel.group(1) != null ? rel.group(1) : rel.group(2);
                for (String relation : relations.trim().split("\\s+")) {
                    links.putIfAbsent(relation.toLowerCase(Locale.ROOT), target.get());
                }
            }
        }
        return new LinkHeader(links);
    }

    /** The target of relation {@code relation} (case-insensitive), if linked. */
    public Optional<URI> relation(String relation) {
        return Optional.ofNullable(byRelation.get(relation.toLowerCase(Locale.ROOT)));
    }

    /** True if {@code a} and {@code b} have the same scheme, host and port. */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** The port of {@code uri}, or the scheme's default port. */
    public static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<URI> resolve(URI base, String target) {
        try {
            URI resolved = base.resolve(new URI(target));
            return resolved.isAbsolute() && resolved.getHost() != null ? Optional.of(resolved) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
