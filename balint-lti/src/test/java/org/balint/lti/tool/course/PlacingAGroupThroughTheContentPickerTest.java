package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.deeplinking.DeepLinkingResponder;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.DeepLinkingSettings;
import org.balint.lti.protocol.message.LaunchDetails;
import org.balint.lti.protocol.message.LaunchPresentation;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.LtiRoles;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.deeplinking.ActiveDeepLink;
import org.balint.lti.tool.deeplinking.DeepLinkCheck;
import org.balint.lti.tool.deeplinking.DeepLinkSessions;
import org.balint.lti.tool.deeplinking.DeepLinkView;
import org.balint.lti.tool.deeplinking.DeepLinking;
import org.balint.lti.tool.deeplinking.PlaceableGroups;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An instructor places a Balint group in the course through the LMS's content picker")
class PlacingAGroupThroughTheContentPickerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final URI RETURN = URI.create("https://moodle.example.edu/mod/lti/contentitem_return.php?course=42");

    private final DataSource tool = TestDataSources.fresh("deeplink");
    private final InMemoryBalintRecords records = new InMemoryBalintRecords();
    private final CourseServices services = CourseServices.over(tool, records, CLOCK);
    private final CourseBindings bindings = new CourseBindings(tool, CLOCK);
    private final ToolKeyRing keys = ToolKeyRing.generate(CLOCK, Duration.ofHours(1));
    private final DeepLinking deepLinking = new DeepLinking(new DeepLinkSessions(tool, CLOCK, DeepLinkSessions.DEFAULT_LIFETIME),
            new PlaceableGroups(tool, CLOCK), bindings, new UserLinks(tool, CLOCK), records, services.setup(),
            new DeepLinkingResponder(keys, CLOCK, Duration.ofMinutes(5)));

    private static DeepLinkingRequest request(PlatformDeployment deployment, List<String> acceptTypes, String... roles) {
        LaunchDetails details = new LaunchDetails(deployment, URI.create("https://balint.example.org/lti/launch"),
                Optional.of(new LtiUser("mira", Optional.of("Mira Okafor"), Optional.empty(), Optional.empty(),
                        Optional.of("mira@example.org"), Optional.empty(), Optional.empty())),
                LtiRoles.parse(List.of(roles)), Optional.of(new LtiContext("42", Optional.of("PSY-7"),
                        Optional.of("Psychotherapy seminar"), List.of("CourseOffering"))), Optional.empty(),
                Optional.of(new LaunchPresentation(Optional.of("iframe"), Optional.empty(), Optional.of("en"),
                        OptionalInt.empty(), OptionalInt.empty())), Map.of(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-11-29T09:59:58Z"));
        return new DeepLinkingRequest(details, new DeepLinkingSettings(RETURN, acceptTypes, List.of("iframe"),
                Optional.empty(), false, false, Optional.empty(), Optional.empty(), Optional.of("platform-data-7")));
    }

    private static DeepLinkingRequest byInstructor() {
        return request(Launches.MOODLE, List.of("ltiResourceLink"), Launches.INSTRUCTOR);
    }

    private DeepLinkView.Choose picker() {
        return (DeepLinkView.Choose) deepLinking.begin(byInstructor());
    }

    private static SetupRequest form(String minutes, String videoLink) {
        return new SetupRequest("Balint group, spring", "Mira Okafor", "mira@example.org", "2027-01-14", "19:00", "8",
                minutes, "Europe/Zurich", videoLink);
    }

    private DeepLinkView.Answer created(String minutes) {
        return (DeepLinkView.Answer) deepLinking.create(picker().session(), form(minutes, "https://meet.example.org/spring"));
    }

    private JWTClaimsSet verified(DeepLinkView.Answer answer) throws Exception {
        SignedJWT jwt = SignedJWT.parse(answer.reply().jwt());
        assertThat(jwt.verify(new RSASSAVerifier(keys.signingKey().toRSAPublicKey()))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyItem(JWTClaimsSet claims) {
        List<Object> items = (List<Object>) claims.getClaim(DeepLinkingResponder.CONTENT_ITEMS);
        assertThat(items).hasSize(1);
        return (Map<String, Object>) items.get(0);
    }

    @Test
    void a_learner_is_refused_and_nothing_is_kept() {
        DeepLinkView view = deepLinking.begin(request(Launches.MOODLE, List.of("ltiResourceLink"), Launches.LEARNER));

        assertThat(view).isInstanceOfSatisfying(DeepLinkView.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(DeepLinking.NOT_INSTRUCTOR);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.message()).contains("instructors and teaching assistants", "ask the LMS administrator");
        });
        assertThat(new UserLinks(tool, CLOCK).find(new LmsUser("https://moodle.example.edu", "moodle-client", "mira",
                Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void a_teaching_assistant_may_place_a_group() {
        assertThat(deepLinking.begin(request(Launches.MOODLE, List.of("ltiResourceLink"), Launches.TEACHING_ASSISTANT)))
                .isInstanceOf(DeepLinkView.Choose.class);
    }

    @Test
    void a_platform_that_does_not_accept_resource_links_is_told_so() {
        DeepLinkView view = deepLinking.begin(request(Launches.MOODLE, List.of("file", "html"), Launches.INSTRUCTOR));

        assertThat(view).isInstanceOfSatisfying(DeepLinkView.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("resource-links-not-accepted");
            assertThat(refused.status()).isEqualTo(422);
        });
    }

    @Test
    void the_picker_offers_the_set_up_form_prefilled_from_the_request() {
        DeepLinkView.Choose view = picker();

        assertThat(view.form().title()).isEqualTo("Psychotherapy seminar");
        assertThat(view.form().leaderName()).isEqualTo("Mira Okafor");
        assertThat(view.form().leaderEmail()).isEqualTo("mira@example.org");
        assertThat(view.form().sessions()).isEqualTo("8");
        assertThat(view.violations()).isEmpty();
        assertThat(view.unplaced()).isEmpty();
    }

    @Test
    void a_form_with_mistakes_comes_back_with_every_reason_beside_its_field_and_nothing_stored() {
        ActiveDeepLink session = picker().session();

        DeepLinkView view = deepLinking.create(session, new SetupRequest("", "Mira Okafor", "not-an-address", "2020-01-01",
                "19:00", "8", "90", "Europe/Zurich", "http://meet.example.org/spring"));

        assertThat(view).isInstanceOfSatisfying(DeepLinkView.Choose.class, choose -> {
            assertThat(choose.violations()).extracting(v -> v.field().orElse("")).contains(SetupRequest.TITLE,
                    SetupRequest.LEADER_EMAIL, SetupRequest.FIRST_DATE, SetupRequest.VIDEO_LINK);
            assertThat(choose.form().leaderEmail()).isEqualTo("not-an-address");
        });
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).isEmpty();
        assertThat(new PlaceableGroups(tool, CLOCK).unplaced(Tenancy.of(Launches.MOODLE))).isEmpty();
    }

    @Test
    void a_valid_form_stores_an_unplaced_group_and_answers_with_a_signed_link_carrying_it_and_its_credit_column()
            throws Exception {
        DeepLinkView.Answer answer = created("90");

        BalintGroup group = answer.group();
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).containsKey(group.id());
        assertThat(bindings.placementOf(group.id())).isEmpty();
        assertThat(answer.reply().returnUrl()).isEqualTo(RETURN);
        JWTClaimsSet claims = verified(answer);
        assertThat(claims.getIssuer()).isEqualTo("moodle-client");
        assertThat(claims.getAudience()).containsExactly("https://moodle.example.edu");
        assertThat(claims.getClaim(DeepLinkingResponder.DATA)).isEqualTo("platform-data-7");
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
        Map<String, Object> item = onlyItem(claims);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Balint group, spring")
                .containsEntry("custom", Map.of(CourseLaunches.GROUP_PARAMETER, group.id().value()));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).as("8 sessions of 90 minutes: 1.50 each")
                .isEqualTo(12.0);
        assertThat(lineItem).containsEntry("tag", "balint-ce-credit").containsEntry("resourceId", group.id().value())
                .containsEntry("label", "Balint group, spring: CE credit");
    }

    @Test
    void the_credit_column_follows_the_series_length() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) onlyItem(verified(created("60"))).get("lineItem");

        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(8.0);
    }

    @Test
    void a_request_is_answered_once() {
        ActiveDeepLink session = picker().session();
        assertThat(deepLinking.create(session, form("90", "https://meet.example.org/spring")))
                .isInstanceOf(DeepLinkView.Answer.class);

        DeepLinkCheck again = deepLinking.sessions().verifyPost(Optional.of(session.token()), Optional.of(session.csrfToken()));
        DeepLinkView twice = deepLinking.create(session, form("90", "https://meet.example.org/spring"));

        assertThat(again).isInstanceOfSatisfying(DeepLinkCheck.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(DeepLinkSessions.ANSWERED);
            assertThat(refused.status()).isEqualTo(409);
        });
        assertThat(twice).isInstanceOfSatisfying(DeepLinkView.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(DeepLinkSessions.ANSWERED));
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).as("the second post stored a group, but placed none")
                .hasSize(2);
    }

    @Test
    void a_forged_or_missing_session_or_csrf_token_is_refused() {
        ActiveDeepLink session = picker().session();

        assertThat(deepLinking.sessions().verifyPost(Optional.of(session.token()), Optional.of("forged")))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, r -> assertThat(r.code()).isEqualTo("csrf-token-invalid"));
        assertThat(deepLinking.sessions().verifyPost(Optional.of(session.token()), Optional.empty()))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThat(deepLinking.sessions().verifyPost(Optional.of("not-a-session"), Optional.of(session.csrfToken())))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, r -> assertThat(r.code()).isEqualTo("session-unknown"));
        assertThat(deepLinking.sessions().verifyPost(Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, r -> assertThat(r.code()).isEqualTo("session-missing"));
        assertThat(deepLinking.sessions().verifyPost(Optional.of(session.token()), Optional.of(session.csrfToken())))
                .isInstanceOf(DeepLinkCheck.Valid.class);
    }

    @Test
    void an_unplaced_group_is_offered_to_the_next_picker_of_the_same_installation_only_and_can_be_picked() throws Exception {
        BalintGroup group = created("90").group();

        DeepLinkView.Choose next = picker();
        DeepLinkView.Choose elsewhere = (DeepLinkView.Choose) deepLinking.begin(request(
                new PlatformDeployment("https://moodle.example.edu", "moodle-client", "2"), List.of("ltiResourceLink"),
                Launches.INSTRUCTOR));

        assertThat(next.unplaced()).extracting(BalintGroup::id).containsExactly(group.id());
        assertThat(elsewhere.unplaced()).isEmpty();
        DeepLinkView picked = deepLinking.pick(next.session(), group.id().value());
        assertThat(picked).isInstanceOfSatisfying(DeepLinkView.Answer.class, answer -> assertThat(answer.group().id())
                .isEqualTo(group.id()));
        assertThat(deepLinking.pick(elsewhere.session(), group.id().value()))
                .as("another installation cannot pick it").isInstanceOfSatisfying(DeepLinkView.Choose.class,
                        choose -> assertThat(choose.violations()).extracting(v -> v.violation().code())
                                .containsExactly(DeepLinking.GROUP_NOT_OFFERED));
    }

    @Test
    void the_first_launch_of_the_placed_link_binds_it_then_leaders_see_the_home_and_members_register() {
        BalintGroup group = created("90").group();
        Launches placed = Launches.ofTheSpringGroup().link("placed-1")
                .withCustom(Map.of(CourseLaunches.GROUP_PARAMETER, group.id().value()));

        LaunchView leader = services.launches().arrive(placed.by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR));
        LaunchView member = services.launches().arrive(placed.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        assertThat(leader).isInstanceOfSatisfying(LaunchView.LeaderHome.class, home -> {
            assertThat(home.group().id()).isEqualTo(group.id());
            assertThat(home.justAdded()).isFalse();
        });
        assertThat(member).isInstanceOfSatisfying(LaunchView.RegistrationNeeded.class,
                registration -> assertThat(registration.group().id()).isEqualTo(group.id()));
        assertThat(bindings.placementOf(group.id())).hasValueSatisfying(key -> assertThat(key.resourceLinkId())
                .isEqualTo("placed-1"));
        assertThat(picker().unplaced()).as("a placed group is not offered again").isEmpty();
    }

    @Test
    void a_group_placed_already_cannot_be_bound_to_a_second_placement_nor_picked_again() {
        DeepLinkView.Choose first = picker();
        BalintGroup group = ((DeepLinkView.Answer) deepLinking.create(first.session(),
                form("90", "https://meet.example.org/spring"))).group();
        DeepLinkView.Choose second = picker();
        Launches custom = Launches.ofTheSpringGroup().withCustom(Map.of(CourseLaunches.GROUP_PARAMETER, group.id().value()));
        services.launches().arrive(custom.link("placed-1").by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR));

        LaunchView again = services.launches().arrive(custom.link("placed-2").by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR));

        assertThat(again).isInstanceOfSatisfying(LaunchView.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(CourseLaunches.LINKED_GROUP_PLACED_ELSEWHERE);
            assertThat(refused.status()).isEqualTo(409);
        });
        assertThat(bindings.find(new CourseKey(Launches.MOODLE, Optional.of("42"), "placed-2"))).isEmpty();
        assertThat(deepLinking.pick(second.session(), group.id().value())).isInstanceOf(DeepLinkView.Choose.class);
    }

    @Test
    void a_placed_link_naming_a_group_of_another_installation_or_none_is_refused_and_never_bound() {
        BalintGroup group = created("90").group();
        PlatformDeployment other = new PlatformDeployment("https://canvas.example.edu", "canvas-client", "1");

        LaunchView acrossTenants = services.launches().arrive(Launches.ofTheSpringGroup().through(other)
                .withCustom(Map.of(CourseLaunches.GROUP_PARAMETER, group.id().value()))
                .by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR));
        LaunchView unknown = services.launches().arrive(Launches.ofTheSpringGroup()
                .withCustom(Map.of(CourseLaunches.GROUP_PARAMETER, "g-nothing"))
                .by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        assertThat(acrossTenants).isInstanceOfSatisfying(LaunchView.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(CourseLaunches.LINKED_GROUP_UNKNOWN));
        assertThat(unknown).isInstanceOfSatisfying(LaunchView.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(CourseLaunches.LINKED_GROUP_UNKNOWN);
            assertThat(refused.status()).isEqualTo(404);
        });
        assertThat(bindings.placementOf(group.id())).isEmpty();
        assertThat(bindings.placementOf(new GroupId("g-nothing"))).isEmpty();
    }

    @Test
    void a_placement_bound_already_keeps_its_group_whatever_the_link_names_later() {
        Launches spring = Launches.ofTheSpringGroup();
        ActiveSession setUp = ((LaunchView.SetUpGroup) services.launches().arrive(spring.by("mira", "Mira Okafor",
                "mira@example.org", Launches.INSTRUCTOR))).session();
        GroupId bound = ((LaunchView.LeaderHome) services.setup().setUp(setUp,
                SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"))).group().id();
        BalintGroup unplaced = created("90").group();

        LaunchView view = services.launches().arrive(spring.withCustom(Map.of(CourseLaunches.GROUP_PARAMETER,
                unplaced.id().value())).by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR));

        assertThat(view).isInstanceOfSatisfying(LaunchView.LeaderHome.class,
                home -> assertThat(home.group().id()).isEqualTo(bound));
        assertThat(bindings.placementOf(unplaced.id())).isEmpty();
    }
}
