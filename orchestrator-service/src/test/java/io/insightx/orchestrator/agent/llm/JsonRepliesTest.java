package io.insightx.orchestrator.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class JsonRepliesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aThinkBlockWithBracesOfItsOwnIsSkipped() {
        String reply = "<think>They want {\"sql\": \"nope\"}; maybe {x}?</think>\n{\"sql\": \"SELECT 1\"}";
        assertThat(JsonReplies.read(json, reply, "sql")).get().extracting(n -> n.path("sql").asText())
                .isEqualTo("SELECT 1");
    }

    @Test
    void anUnclosedThinkBlockHidesNothingAfterIt() {
        assertThat(JsonReplies.withoutThinking("<think>still thinking {\"sql\": \"x\"}")).isEmpty();
    }

    @Test
    void chatterAndBracesAroundTheObjectDoNotMatter() {
        String reply = "Here you go ({maybe}):\n```json\n{\"code\": \"print({1: 2})\"}\n```\nHope {this} helps.";
        assertThat(JsonReplies.read(json, reply, "code")).get().extracting(n -> n.path("code").asText())
                .isEqualTo("print({1: 2})");
    }

    @Test
    void fencesInsideTheValueAreStripped() {
        String reply = "{\"sql\": \"```sql\\nSELECT weather\\nFROM t\\n```\"}";
        assertThat(JsonReplies.read(json, reply, "sql")).get().extracting(n -> n.path("sql").asText())
                .isEqualTo("SELECT weather\nFROM t");
        assertThat(JsonReplies.unfenced("SELECT '```'")).isEqualTo("SELECT '```'");
    }

    @Test
    void anObjectWithoutTheFieldIsNoReply() {
        assertThat(JsonReplies.read(json, "{\"query\": \"SELECT 1\"}", "sql")).isEmpty();
        assertThat(JsonReplies.read(json, "{\"sql\": \"SELECT 1\"", "sql")).isEmpty();
    }

    @Test
    void aRefusalIsReadAsAnObject() {
        assertThat(JsonReplies.read(json, "{\"cannot_answer\": {\"explanation\": \"no such column\"}}", "sql",
                "cannot_answer")).isPresent();
    }
}
