package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.rotation.RotationRig;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rotation through the JSON API, on the same service as the pages")
class TheRotationThroughTheApiTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final PlatformDeployment DEPLOYMENT = new PlatformDeployment("https://moodle.example.edu", "c", "1");

    private final RotationRig rig = new RotationRig(List.of("Ames", "Baker", "Chen"));
    private final GroupPeople people = new GroupPeople(RotationRig.GROUP,
            Set.of(RotationRig.id("Ames"), RotationRig.id("Baker"), RotationRig.id("Chen")), Set.of(RotationRig.LEADER));

    @AfterEach
    void close() {
        rig.close();
    }

    private ApiRequest admitted(MemberId who, BalintRole role, Optional<MemberId> named) {
        ActiveSession session = new ActiveSession("token", "csrf", new LaunchSession(new CourseKey(DEPLOYMENT,
                Optional.of("42"), "link-7"), "sub-" + who.value(), EnumSet.of(role), Optional.of(RotationRig.GROUP), AT,
                AT.plusSeconds(3600)));
        ApiRequest request = new ApiRequest();
        request.admit(new ApiGate.Admitted(new Caller(DEPLOYMENT, who, Set.of(role), Optional.of(RotationRig.GROUP)),
                session, new AccessRules.Granted(Optional.of(people), named)));
        return request;
    }

    private RotationResource leader() {
        RotationResource resource = new RotationResource();
        resource.request = admitted(RotationRig.LEADER, BalintRole.LEADER, Optional.empty());
        resource.rotation = rig.rotation;
        return resource;
    }

    private SwapRequestsResource member(String name) {
        SwapRequestsResource resource = new SwapRequestsResource();
        resource.request = admitted(RotationRig.id(name), BalintRole.MEMBER, Optional.of(RotationRig.id(name)));
        resource.rotation = rig.rotation;
        return resource;
    }

    private static ApiProblem refused(Runnable call, int status) {
        ApiRefused refused = catchThrowableOfType(call::run, ApiRefused.class);
        assertThat(refused).as("the call is refused").isNotNull();
        assertThat(refused.refusal().status()).isEqualTo(status);
        return refused.refusal().problem();
    }

    @Test
    @DisplayName("the leader reads the proposal with its fingerprint, publishes it and swaps two turns; refusals carry code and sentence")
    void leaderChangesThePlan() {
        String group = RotationRig.GROUP.value();
        RotationView first = leader().rotation(group);

        assertThat(first.shown()).isEqualTo("proposal");
        assertThat(first.everyonePresents()).isTrue();
        assertThat(first.sessions()).hasSize(6);
        assertThat(first.sessions().get(0).presenters()).containsExactly(new RotationView.Presenter("m-ames", "Ames"));
        assertThat(first.sessions().get(0).start()).isEqualTo("2026-03-04T19:00+01:00");

        RotationView published = leader().publish(new RotationInputs.Publish(first.proposal().orElseThrow()));
        assertThat(published.published()).isTrue();
        assertThat(published.shown()).isEqualTo("published");
        assertThat(published.notice()).contains("The rotation is published: members now see their turns.");

        RotationView swapped = leader().swap(new RotationInputs.Swap(new RotationInputs.Turn(1, "m-ames"),
                new RotationInputs.Turn(2, "m-baker")));
        assertThat(swapped.shown()).isEqualTo("proposal");
        assertThat(swapped.changes()).containsExactly(
                new RotationView.Change(1, Optional.of("m-ames"), Optional.of("m-baker")),
                new RotationView.Change(2, Optional.of("m-baker"), Optional.of("m-ames")));

        ApiProblem itself = refused(() -> leader().swap(new RotationInputs.Swap(
                new RotationInputs.Turn(3, "m-chen"), new RotationInputs.Turn(3, "m-chen"))), 409);
        assertThat(itself.code()).isEqualTo("same-member");
        assertThat(itself.message()).isEqualTo("Chen cannot swap a turn with themselves; choose another member's turn.");
        ApiProblem empty = refused(() -> leader().volunteer(new RotationInputs.Volunteer(null, null)), 400);
        assertThat(empty.code()).isEqualTo("member-missing");
        assertThat(empty.message()).isEqualTo("Choose a member from the list. Choose a session from the list (1 to 6).");
        assertThat(refused(() -> leader().publish(new RotationInputs.Publish("stale")), 409).code())
                .isEqualTo("proposal-changed");
    }

    @Test
    @DisplayName("a member asks to swap, sees the request waiting; the leader sees it and accepts it into the proposal")
    void memberRequest() {
        String group = RotationRig.GROUP.value();
        assertThat(refused(() -> member("Ames").ask(new RotationInputs.SwapRequest(1, new RotationInputs.Turn(3, "m-chen"))), 409).code()).isEqualTo("no-plan-yet");
        leader().publish(new RotationInputs.Publish(leader().rotation(group).proposal().orElseThrow()));

        MemberSwapRequestsView asked = member("Ames").ask(new RotationInputs.SwapRequest(1, new RotationInputs.Turn(3, "m-chen")));

        assertThat(asked.ownTurns()).containsExactly(1, 4);
        assertThat(asked.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("pending");
            assertThat(r.withMember()).isEqualTo("m-chen");
        });
        RotationView seen = leader().rotation(group);
        assertThat(seen.requests()).hasSize(1);
        RotationView accepted = leader().decide(new RotationInputs.Decision(seen.requests().get(0).id(), "accept"));
        assertThat(accepted.requests()).isEmpty();
        assertThat(accepted.sessions().get(0).presenters()).extracting(RotationView.Presenter::member)
                .containsExactly("m-chen");
        assertThat(member("Ames").requests(group, "me").requests()).extracting(SwapRequestView::status)
                .containsExactly("accepted");
        assertThat(refused(() -> leader().decide(new RotationInputs.Decision("x", "maybe")), 400).code())
                .isEqualTo("decision-invalid");
    }
}
