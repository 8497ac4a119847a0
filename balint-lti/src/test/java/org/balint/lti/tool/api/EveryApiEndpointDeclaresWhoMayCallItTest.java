package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every endpoint of the JSON API declares who may call it")
class EveryApiEndpointDeclaresWhoMayCallItTest {

    private final List<ApiEndpoints.Endpoint> api = ApiEndpoints.api();

    @Test
    @DisplayName("the enumeration finds the API's endpoints")
    void found() {
        assertThat(api).extracting(ApiEndpoints.Endpoint::name).contains(
                "GET /api/v1/me",
                "PUT /api/v1/me/time-zone",
                "DELETE /api/v1/me/time-zone",
                "GET /api/v1/groups/{group}/schedule",
                "GET /api/v1/groups/{group}/members/{member}/presentations",
                "GET /api/v1/groups/{group}/members/{member}/attendance",
                "GET /api/v1/groups/{group}/members/{member}/credit");
    }

    @Test
    @DisplayName("each has an @Allowed rule and passes the API filter")
    void declared() {
        assertThat(api).allSatisfy(endpoint -> {
            assertThat(endpoint.allowed()).as(endpoint.name() + " declares no @Allowed access rule").isNotEmpty();
            assertThat(endpoint.guarded()).as(endpoint.name() + " is not marked @ApiV1, so no filter guards it").isTrue();
        });
    }

    @Test
    @DisplayName("an endpoint about a member names {member} and admits at most the member themselves, faculty and admins")
    void memberPaths() {
        assertThat(api).filteredOn(e -> e.path().contains("{member}")).isNotEmpty().allSatisfy(endpoint ->
                assertThat(endpoint.allowed()).as(endpoint.name())
                        .doesNotContain(Access.ANY_CALLER, Access.GROUP_PARTICIPANT));
        assertThat(api).filteredOn(e -> !e.path().contains("{group}")).allSatisfy(endpoint ->
                assertThat(endpoint.allowed()).as(endpoint.name() + ": without {group} only the caller's own data,"
                        + " or the platform's for its administrators")
                        .isIn(Set.of(Access.ANY_CALLER), Set.of(Access.ADMIN_OF_PLATFORM)));
    }

    @Test
    @DisplayName("every resource of the API lives in the API package")
    void onePackage() {
        assertThat(api).allSatisfy(endpoint -> assertThat(endpoint.method().getDeclaringClass().getPackageName())
                .as(endpoint.name()).isEqualTo(ApiFilter.class.getPackageName()));
    }
}
