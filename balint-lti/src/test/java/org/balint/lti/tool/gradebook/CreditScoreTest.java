package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a gradebook-score message")
class CreditScoreTest {

    private static final String PAYLOAD = "{\"scoreGiven\":11.25,\"scoreMaximum\":12.00,"
            + "\"comment\":\"Eligible for AAFP Prescribed credit: 11.25 credit.\",\"memberId\":\"adams\",\"groupId\":\"spring\","
            + "\"creditType\":\"aafp-prescribed\",\"eligible\":true,\"revision\":2,\"decidedAt\":\"2026-04-23T09:15:00Z\"}";

    @Test
    @DisplayName("reads the score, the ids, the kind of credit, the revision and the decision time")
    void readsAPayload() {
        assertThat(CreditScore.read(PAYLOAD)).contains(new CreditScore(new GroupId("spring"), new MemberId("adams"),
                CreditType.AAFP_PRESCRIBED, 2, Instant.parse("2026-04-23T09:15:00Z"), 11.25, 12.0,
                "Eligible for AAFP Prescribed credit: 11.25 credit."));
    }

    @Test
    @DisplayName("a payload without decision time, with an unknown kind of credit, a negative score or a broken body is not read")
    void refusesWhatItCannotSend() {
        assertThat(CreditScore.read(PAYLOAD.replace(",\"decidedAt\":\"2026-04-23T09:15:00Z\"", ""))).isEmpty();
        assertThat(CreditScore.read(PAYLOAD.replace("aafp-prescribed", "nobel-prize"))).isEmpty();
        assertThat(CreditScore.read(PAYLOAD.replace("11.25,", "-1,"))).isEmpty();
        assertThat(CreditScore.read(PAYLOAD.replace("\"revision\":2", "\"revision\":1.5"))).isEmpty();
        assertThat(CreditScore.read("{\"scoreGiven\":")).isEmpty();
    }
}
