package org.balint.lti.protocol.services.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;

/** One page of a membership container, read strictly. */
record MembershipPage(Optional<RosterContext> context, List<Member> members) {

    static MembershipPage read(String body) throws JsonShapeException {
        Map<String, Object> json = JsonValues.object(body);
        Optional<RosterContext> context = Optional.empty();
        Optional<Map<String, Object>> contextJson = JsonValues.optionalMember(json, "context");
        if (contextJson.isPresent()) {
            Map<String, Object> c = contextJson.get();
            context = Optional.of(new RosterContext(JsonValues.text(c, "id"),
                    JsonValues.optionalText(c, "label"), JsonValues.optionalText(c, "title")));
        }
        List<Member> members = new ArrayList<>();
        for (Map<String, Object> member : JsonValues.objects(json, "members")) {
            members.add(member(member));
        }
        return new MembershipPage(context, members);
    }

    private static Member member(Map<String, Object> json) throws JsonShapeException {
        String userId = JsonValues.text(json, "user_id");
        if (!json.containsKey("roles")) {
            throw new JsonShapeException("member " + userId + " has no \"roles\"");
        }
        List<String> roles = JsonValues.texts(json, "roles");
        MemberStatus status = MemberStatus.ACTIVE;
        Optional<String> statusText = JsonValues.optionalText(json, "status");
        if (statusText.isPresent()) {
            status = MemberStatus.of(statusText.get()).orElseThrow(
                    () -> new JsonShapeException("member " + userId + " has the unknown status " + statusText.get()));
        }
        return new Member(userId, roles, status, JsonValues.optionalText(json, "name"),
                JsonValues.optionalText(json, "given_name"), JsonValues.optionalText(json, "family_name"),
                JsonValues.optionalText(json, "email"));
    }
}
