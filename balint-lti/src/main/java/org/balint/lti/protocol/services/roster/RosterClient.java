package org.balint.lti.protocol.services.roster;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.LinkHeader;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.ServiceResponse;
import org.balint.lti.protocol.services.ServiceTransportException;
import org.balint.lti.protocol.services.token.AccessToken;
import org.balint.lti.protocol.services.token.AccessTokenProvider;

/**
 * Reads a context's members from the platform's NRPS 2.0 membership service. Thread-safe.
 *
 * <p>A read follows {@code rel="next"} links (same origin only) up to {@link RosterLimits#maxPages()}
 * and keeps each user once. A {@code 401} makes it drop the cached token and try the page once more
 * with a new one.
 */
public final class RosterClient {

    /** The scope that lets the tool read memberships. */
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** The media type of a membership container. */
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private static final Set<String> SCOPES = Set.of(SCOPE);

    private final ServiceHttp http;
    private final AccessTokenProvider tokens;
    private final RosterLimits limits;

    /**
     * @param http   sends the requests
     * @param tokens the access tokens
     * @param limits how far a read goes before it is refused
     */
    public RosterClient(ServiceHttp http, AccessTokenProvider tokens, RosterLimits limits) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * All members of the context behind {@code membershipUrl} (the launch's
     * {@code context_memberships_url}).
     *
     * @throws RosterFetchFailed if any page fails; nothing of the read is returned
     * @throws org.balint.lti.protocol.services.token.TokenRequestFailed if no access token could be obtained
     */
    public Roster members(PlatformRegistration platform, URI membershipUrl) {
        return read(platform, membershipUrl);
    }

    /**
     * The changes since an earlier read, from the {@link Roster#differences()} link it returned:
     * members who joined or changed, and members who left with status {@link MemberStatus#DELETED}.
     *
     * @throws RosterFetchFailed if any page fails; nothing of the read is returned
     */
    public Roster differences(PlatformRegistration platform, URI differencesUrl) {
        return read(platform, differencesUrl);
    }

    private Roster read(PlatformRegistration platform, URI start) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(start, "url");
        Map<String, Member> members = new LinkedHashMap<>();
        Set<URI> visited = new HashSet<>();
        Optional<RosterContext> context = Optional.empty();
        Optional<URI> differences = Optional.empty();
        Optional<URI> next = Optional.of(start);
        int pages = 0;
        while (next.isPresent()) {
            URI page = next.get();
            if (pages == limits.maxPages() || !visited.add(page)) {
                throw new RosterFetchFailed(RosterProblem.TOO_MANY_PAGES,
                        "stopped at page " + (pages + 1) + ", " + page);
            }
            ServiceResponse response = fetch(platform, page);
            pages++;
            MembershipPage read = parse(response, page);
            if (context.isEmpty()) {
                context = read.context();
            }
            for (Member member : read.members()) {
                members.put(member.userId(), member);
                if (members.size() > limits.maxMembers()) {
                    throw new RosterFetchFailed(RosterProblem.TOO_MANY_MEMBERS,
                            "more than " + limits.maxMembers() + " members");
                }
            }
            LinkHeader links = LinkHeader.of(response.headers(), page);
            Optional<URI> offered = links.relation("differences");
            if (offered.isPresent()) {
                differences = Optional.of(sameOrigin(start, offered.get()));
            }
            next = links.relation("next").map(link -> sameOrigin(start, link));
        }
        return new Roster(context, members.values().stream().toList(), differences, pages);
    }

    private ServiceResponse fetch(PlatformRegistration platform, URI page) {
        ServiceResponse response = send(page, tokens.token(platform, SCOPES));
        if (response.status() == 401) {
            tokens.invalidate(platform, SCOPES);
            response = send(page, tokens.token(platform, SCOPES));
        }
        if (response.status() >= 500 || response.status() == 429) {
            throw new RosterFetchFailed(RosterProblem.UNAVAILABLE, "HTTP " + response.status() + " from " + page);
        }
        if (!response.successful()) {
            throw new RosterFetchFailed(RosterProblem.REFUSED, "HTTP " + response.status() + " from " + page);
        }
        return response;
    }

    private ServiceResponse send(URI page, AccessToken token) {
        try {
            return http.send(HttpRequest.newBuilder(page)
                    .header("Accept", MEDIA_TYPE)
                    .header("Authorization", token.authorization())
                    .GET());
        } catch (ServiceTransportException e) {
            RosterProblem problem = e.kind() == ServiceTransportException.Kind.TOO_LARGE
                    ? RosterProblem.TOO_LARGE : RosterProblem.UNAVAILABLE;
            throw new RosterFetchFailed(problem, e.getMessage());
        }
    }

    private static MembershipPage parse(ServiceResponse response, URI page) {
        if (!response.declaresJson()) {
            throw new RosterFetchFailed(RosterProblem.WRONG_TYPE,
                    "content type " + response.mediaType().orElse("(none)") + " from " + page);
        }
        try {
            return MembershipPage.read(response.body());
        } catch (JsonShapeException e) {
            throw new RosterFetchFailed(RosterProblem.MALFORMED, e.getMessage() + " at " + page);
        }
    }

    private static URI sameOrigin(URI start, URI link) {
        if (!LinkHeader.sameOrigin(start, link)) {
            throw new RosterFetchFailed(RosterProblem.FOREIGN_LINK, "link to " + link);
        }
        return link;
    }
}
