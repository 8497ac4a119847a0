package org.balint.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxMessageTest {

    @Test
    @DisplayName("a gradebook score with a key and a JSON body is a valid message")
    void validMessage() {
        assertThat(OutboxMessage.of("gradebook-score", "credit-result:group-17:member-42",
                "{\"userId\":\"member-42\",\"scoreGiven\":8.0,\"comment\":\"8 of 8 sessions \\u2713\",\"tags\":[true,null,-1.5e3]}")
                .isValid()).isTrue();
    }

    @Test
    @DisplayName("a message that breaks several rules lists every broken rule")
    void everyViolationListed() {
        assertThat(OutboxMessage.of("Gradebook Score", " ", "score: 8").violations()).extracting(Violation::code)
                .containsExactly("invalid-message-kind", "missing-idempotency-key", "payload-not-json");
        assertThat(OutboxMessage.of("k".repeat(65), "x".repeat(201), "[" + "1,".repeat(8000) + "1]").violations())
                .extracting(Violation::code)
                .containsExactly("invalid-message-kind", "idempotency-key-too-long", "payload-too-large");
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "8", "\"text\"", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{'a':1}", "{\"a\":01}", "[1.]", "{\"a\":\"\\x\"}",
            "{\"a\":tru}", "{} {}", "[\"tab\tinside\"]"})
    @DisplayName("a body that is not a JSON object or array is refused")
    void notJson(String payload) {
        assertThat(OutboxMessage.of("gradebook-score", "k", payload).violations()).extracting(Violation::code)
                .containsExactly("payload-not-json");
    }

    @Test
    @DisplayName("building an invalid message directly is a programming error that names the broken rules")
    void constructorRefusesInvalid() {
        assertThatThrownBy(() -> new OutboxMessage("gradebook-score", "", "{}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing-idempotency-key");
    }
}
