package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.balint.lti.protocol.message.LtiLaunch;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.validation.LaunchAccepted;
import org.balint.lti.protocol.validation.LaunchProcessor;
import org.balint.lti.protocol.validation.LaunchRefused;
import org.balint.lti.protocol.validation.LaunchRequest;
import org.balint.lti.protocol.validation.LaunchResult;
import org.balint.lti.tool.config.ToolConfiguration;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.launch.Welcome;

/**
 * The launch: the platform's form POST of {@code id_token} and {@code state}. An accepted launch
 * lands in the placement's Balint group ({@link CourseServices#launches()}): the set-up form or home
 * of a leader, the registration form or registration state of a member; a refused one answers with its
 * status, reason code and what to do next.
 */
@Path("lti/launch")
@RequestScoped
public class LaunchResource {

    private static final String HEADING = "This launch was refused";

    /** The reason code of an accepted launch whose LMS roles grant no Balint role. */
    static final String ROLE_NOT_RECOGNISED = "role-not-recognised";

    @Inject
    LaunchProcessor launches;

    @Inject
    ToolConfiguration configuration;

    /**
     * Where launches land in Balint's groups, when the application provides group storage; without
     * it, an accepted launch shows the greeting only.
     */
    @Inject
    Instance<CourseServices> courses;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Validates the launch and shows where it leads. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state) {
        Optional<String> stateField = Optional.ofNullable(state);
        LaunchResult result = launches.process(new LaunchRequest(Optional.ofNullable(idToken), stateField,
                BrowserBinding.read(name -> Optional.ofNullable(headers.getCookies().get(name)).map(Cookie::getValue),
                        stateField.map(String::strip))));
        if (result instanceof LaunchRefused) {
            LaunchRefused refused = (LaunchRefused) result;
            return Answers.refusal(headers, HEADING, new Problem(refused.problem().code(),
                    refused.problem().httpStatus(), refused.problem().message())).build();
        }
        String clearCookie = BrowserBinding.clear(stateField.orElseThrow().strip(), Cookies.secure(uriInfo, configuration));
        Welcome welcome = Welcome.of(((LaunchAccepted) result).launch());
        if (welcome.role().isEmpty()) {
            return Answers.refusal(headers, "No Balint role", new Problem(ROLE_NOT_RECOGNISED, 403,
                    "Your roles in the course give you no part in a Balint group. If you lead or take part in "
                            + "this group, ask the course's instructor to enrol you as teacher or student, then "
                            + "open the activity again.")).header("Set-Cookie", clearCookie).build();
        }
        LtiLaunch launch = ((LaunchAccepted) result).launch();
        if (courses.isResolvable() && launch instanceof ResourceLinkLaunch resourceLink) {
            CourseServices services = courses.get();
            return CourseAnswers.view(headers, uriInfo, () -> services.launches().arrive(resourceLink))
                    .header("Set-Cookie", clearCookie).build();
        }
        return Answers.page(200, Pages.welcome(welcome)).header("Set-Cookie", clearCookie).build();
    }
}
