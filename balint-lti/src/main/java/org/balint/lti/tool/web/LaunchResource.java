package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LoginStatus;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.LtiLaunch;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.protocol.validation.LaunchAccepted;
import org.balint.lti.protocol.validation.LaunchProcessor;
import org.balint.lti.protocol.validation.LaunchRefused;
import org.balint.lti.protocol.validation.LaunchRejection;
import org.balint.lti.protocol.validation.LaunchRequest;
import org.balint.lti.protocol.validation.LaunchResult;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.config.ToolConfiguration;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.deeplinking.DeepLinking;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.launch.Welcome;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.roster.CourseRosterSync;

/**
 * The launch: the platform's form POST of {@code id_token} and {@code state}. An accepted launch
 * lands in the placement's Balint group ({@link CourseServices#launches()}): the set-up form or home
 * of a leader, the registration form or registration state of a member; an accepted deep-linking request
 * gets the content picker ({@link DeepLinking}), for instructors only; a refused one answers with its
 * status, reason code and what to do next.
 *
 * <p>The browser proves it started the login with the login cookie. When the cookie did not come
 * back (a browser blocking third-party cookies in the LMS frame) and the platform offers platform
 * storage ({@code lti_storage_target} in the launch), the launch answers with a page that reads the
 * browser secret from the platform ({@code lti.get_data}) and posts it with the unchanged id_token
 * and state to {@code /lti/launch/platform-storage}: the id_token is validated there, once. Before
 * that page only the request's shape and its state are checked, and nothing is stored.
 */
@Path("lti/launch")
@RequestScoped
public class LaunchResource {

    private static final String HEADING = "This launch was refused";

    /** The reason code of an accepted launch whose LMS roles grant no Balint role. */
    static final String ROLE_NOT_RECOGNISED = "role-not-recognised";
    /** The reason code of a request that names one parameter several times. */
    static final String PARAMETER_REPEATED = "parameter-repeated";
    /** The reason code of a platform-storage launch step that did not come from the tool's own page. */
    static final String LAUNCH_NOT_FROM_TOOL = "launch-not-from-tool";

    @Inject
    LaunchProcessor launches;

    @Inject
    ToolConfiguration configuration;

    @Inject
    LaunchStateStore logins;

    @Inject
    PlatformRegistry platforms;

    /**
     * Where launches land in Balint's groups, when the application provides group storage; without
     * it, an accepted launch shows the greeting only.
     */
    @Inject
    Instance<CourseServices> courses;

    /** Answers deep-linking requests (the content picker), when the application provides it. */
    @Inject
    Instance<DeepLinking> deepLinking;
    /** The course roster sync, run in the background after a leader's launch. */
    @Inject
    Instance<CourseRosterSync> rosters;
    /** The extra sections of the leader's home (credit and gradebook). */
    @Inject
    Instance<LeaderPageSections> sections;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Validates the launch with the login cookie, or reads the browser's binding from platform storage first. */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The launch: the platform's signed id_token, checked against the login's state, browser "
                    + "binding and nonce, is what starts a launch session.")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(MultivaluedMap<String, String> form) {
        Optional<Problem> repeated = repeatedParameter(form);
        if (repeated.isPresent()) {
            return Answers.refusal(headers, HEADING, repeated.get()).build();
        }
        Optional<String> idToken = single(form, "id_token");
        Optional<String> state = single(form, "state");
        Optional<String> cookie = cookie(state);
        Optional<String> storageTarget = PlatformStorage.target(single(form, PlatformStorage.TARGET_FIELD));
        if (cookie.isPresent() || storageTarget.isEmpty() || Answers.prefersJson(headers)) {
            return answer(launches.process(new LaunchRequest(idToken, state, cookie)), state);
        }
        // Without a binding the chain stops at the request's shape or at the state, before it trusts
        // anything in the token; it writes nothing.
        LaunchResult withoutBinding = launches.process(new LaunchRequest(idToken, state, Optional.empty()));
        if (withoutBinding instanceof LaunchRefused && ((LaunchRefused) withoutBinding).problem().code()
                .equals(LaunchRejection.Reason.BROWSER_BINDING_MISSING.code())) {
            String stateValue = state.orElseThrow().strip();
            Optional<URI> authorization = authorizationEndpointOf(stateValue);
            if (authorization.isPresent()) {
                String nonce = PlatformStorage.nonce();
                return Answers.scriptedPage(200, PlatformStorage.launchPage(nonce, storageTarget.get(),
                        authorization.get(), stateValue, idToken.orElseThrow()), nonce).build();
            }
        }
        return answer(withoutBinding, state);
    }

    /**
     * The second step of a launch through platform storage: the tool's own page posts the id_token and
     * state it was given, and the browser secret it read from the platform.
     */
    @FormAccess(value = Rule.PUBLIC,
            reason = "The second step of a launch through platform storage, posted by the tool's own page; the "
                    + "id_token is checked as in the launch.")
    @POST
    @Path("platform-storage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launchWithPlatformStorage(MultivaluedMap<String, String> form) {
        Optional<Problem> repeated = repeatedParameter(form);
        if (repeated.isPresent()) {
            return Answers.refusal(headers, HEADING, repeated.get()).build();
        }
        if (!fromToolPage()) {
            return Answers.refusal(headers, HEADING, new Problem(LAUNCH_NOT_FROM_TOOL, 403,
                    "This step of the launch must come from the tool's own sign-in page in your browser. Open the "
                            + "activity again from the course page.")).build();
        }
        Optional<String> state = single(form, "state");
        // platform storage gave nothing (the page posts an empty value then): the cookie may still be there
        Optional<String> binding = single(form, PlatformStorage.BINDING_FIELD).filter(value -> !value.isBlank())
                .or(() -> cookie(state));
        return answer(launches.process(new LaunchRequest(single(form, "id_token"), state, binding)), state);
    }

    private Response answer(LaunchResult result, Optional<String> state) {
        if (result instanceof LaunchRefused) {
            LaunchRefused refused = (LaunchRefused) result;
            return Answers.refusal(headers, HEADING, new Problem(refused.problem().code(),
                    refused.problem().httpStatus(), refused.problem().message())).build();
        }
        String clearCookie = BrowserBinding.clear(state.orElseThrow().strip(), Cookies.secure(uriInfo, configuration));
        Welcome welcome = Welcome.of(((LaunchAccepted) result).launch());
        if (welcome.role().isEmpty()) {
            return Answers.refusal(headers, "No Balint role", new Problem(ROLE_NOT_RECOGNISED, 403,
                    "Your roles in the course give you no part in a Balint group. If you lead or take part in "
                            + "this group, ask the course's instructor to enrol you as teacher or student, then "
                            + "open the activity again.")).header("Set-Cookie", clearCookie).build();
        }
        LtiLaunch launch = ((LaunchAccepted) result).launch();
        if (launch instanceof DeepLinkingRequest deepLinkingRequest && deepLinking.isResolvable()) {
            DeepLinking service = deepLinking.get();
            return DeepLinkAnswers.view(headers, uriInfo, () -> service.begin(deepLinkingRequest))
                    .header("Set-Cookie", clearCookie).build();
        }
        if (courses.isResolvable() && launch instanceof ResourceLinkLaunch resourceLink) {
            CourseServices services = courses.get();
            Response landed = CourseAnswers.view(headers, uriInfo, () -> services.launches().arrive(resourceLink),
                    leaderSections()).header("Set-Cookie", clearCookie).build();
            syncRosterAfter(resourceLink, landed);
            return landed;
        }
        return Answers.page(200, Pages.welcome(welcome)).header("Set-Cookie", clearCookie).build();
    }

    /** After a leader's launch landed, the roster sync runs in the background if it is due. */
    private void syncRosterAfter(ResourceLinkLaunch launch, Response landed) {
        if (landed.getStatus() == 200 && rosters.isResolvable()
                && BalintRole.of(launch.roles()).contains(BalintRole.LEADER)) {
            rosters.get().afterLeaderLaunch(CourseKey.of(launch));
        }
    }

    private Optional<String> cookie(Optional<String> state) {
        return BrowserBinding.read(name -> Optional.ofNullable(headers.getCookies().get(name)).map(Cookie::getValue),
                state.map(String::strip));
    }

    /** The authorization endpoint of the platform whose login this state started, while it is open. */
    private Optional<URI> authorizationEndpointOf(String state) {
        return logins.find(state).filter(status -> !status.isCompleted()).map(LoginStatus::login)
                .flatMap(login -> platforms.find(login.issuer(), login.clientId()))
                .map(PlatformRegistration::authorizationEndpoint);
    }

    /**
     * True when the browser says the request comes from a page of the tool itself: its
     * {@code Sec-Fetch-Site} is {@code same-origin} or, from a browser that does not send that header,
     * its {@code Origin} is the tool's public origin or the origin the request was addressed to. Pages
     * cannot set either header, so a form on another site cannot post here and a stolen binding cannot
     * be planted in someone else's browser.
     */
    private boolean fromToolPage() {
        Optional<String> fetchSite = Optional.ofNullable(headers.getHeaderString("Sec-Fetch-Site")).map(String::strip);
        if (fetchSite.isPresent()) {
            return fetchSite.get().equals("same-origin");
        }
        return Optional.ofNullable(headers.getHeaderString("Origin")).map(String::strip)
                .filter(o -> o.equals(PlatformStorage.origin(configuration.toolUrl()))
                        || o.equals(PlatformStorage.origin(uriInfo.getBaseUri()))).isPresent();
    }

    private static Optional<Problem> repeatedParameter(MultivaluedMap<String, String> form) {
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            if (parameter.getValue().size() > 1) {
                return Optional.of(new Problem(PARAMETER_REPEATED, 400, "The parameter '" + shortened(parameter.getKey())
                        + "' was sent " + parameter.getValue().size() + " times; a launch carries each parameter "
                        + "once. Open the activity again from the course page."));
            }
        }
        return Optional.empty();
    }

    private static String shortened(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }

    private static Optional<String> single(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name));
    }

    /** The sections below a leader's home page (the group's credit), when the server has them. */
    private Optional<LeaderPageSections> leaderSections() {
        return sections.isResolvable() ? Optional.of(sections.get()) : Optional.empty();
    }
}
