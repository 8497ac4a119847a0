package org.balint.lti.tool.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.balint.lti.tool.config.AdminToken.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The admin token")
class AdminTokenTest {

    private static final String TOKEN = "3f9c1e0a7b5d4c2e8f6a1b3c5d7e9f0a";

    private static AdminToken configured(String value) {
        return AdminToken.read(name -> Optional.ofNullable(Map.of("balint.admin.token", value).get(name)));
    }

    @Test
    void without_a_token_the_admin_api_is_switched_off() {
        AdminToken none = AdminToken.read(name -> Optional.empty());

        assertThat(none.enabled()).isFalse();
        assertThat(none.judge(Optional.of("Bearer " + TOKEN))).isEqualTo(Verdict.DISABLED);
        assertThat(configured("   ").judge(Optional.empty())).isEqualTo(Verdict.DISABLED);
    }

    @Test
    void accepts_only_the_configured_bearer_token() {
        AdminToken token = configured(TOKEN);

        assertThat(token.judge(Optional.of("Bearer " + TOKEN))).isEqualTo(Verdict.ACCEPTED);
        assertThat(token.judge(Optional.of("bearer  " + TOKEN + " "))).isEqualTo(Verdict.ACCEPTED);
        assertThat(token.judge(Optional.of("Bearer " + TOKEN + "x"))).isEqualTo(Verdict.WRONG);
        assertThat(token.judge(Optional.of("Bearer " + TOKEN.substring(1)))).isEqualTo(Verdict.WRONG);
        assertThat(token.judge(Optional.of("Basic " + TOKEN))).isEqualTo(Verdict.MISSING);
        assertThat(token.judge(Optional.of("Bearer "))).isEqualTo(Verdict.MISSING);
        assertThat(token.judge(Optional.empty())).isEqualTo(Verdict.MISSING);
        assertThat(token.toString()).doesNotContain(TOKEN);
    }

    @Test
    void refuses_to_start_with_a_short_token() {
        assertThatThrownBy(() -> configured("secret")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 24 characters");
    }
}
