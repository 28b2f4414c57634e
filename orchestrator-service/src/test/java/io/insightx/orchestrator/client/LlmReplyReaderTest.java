package io.insightx.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class LlmReplyReaderTest {

    final StringBuilder shown = new StringBuilder();
    final LlmReplyReader reader = new LlmReplyReader(new ObjectMapper(), shown::append);

    @Test
    void toolCallArgumentsInPiecesAndTheFinishReasonAreRead() {
        reader.sseLine("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"name\":\"answer\",\"arguments\":\"{\\\"sql\\\":\"}}]}}]}");
        reader.sseLine("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":\"\\\"SELECT 1\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}]}");
        reader.sseLine(": keep-alive");
        assertThat(reader.sseLine("data: [DONE]")).isTrue();
        LlmReply reply = reader.reply("k1", List.of());
        assertThat(reply.toolName()).isEqualTo("answer");
        assertThat(reply.toolArguments()).isEqualTo("{\"sql\":\"SELECT 1\"}");
        assertThat(reply.finishReason()).isEqualTo("tool_calls");
    }

    @Test
    void aRelayThatGaveUpWaitingIsATimeoutWhateverItCallsIt() {
        assertThatThrownBy(() -> reader.sseLine("data: {\"error\":{\"message\":\"Upstream timed out after 30 s\"}}"))
                .isInstanceOfSatisfying(LlmUnavailableException.class, e -> assertThat(e.code()).isEqualTo("llm-timeout"));
    }

    @Test
    void partsOfContentThatAreReasoningAreNotShown() {
        reader.whole("{\"choices\":[{\"message\":{\"content\":[{\"type\":\"reasoning\",\"text\":\"hmm\"},"
                + "{\"type\":\"text\",\"text\":\"Sun.\"}]},\"finish_reason\":\"stop\"}]}");
        assertThat(reader.reply(null, List.of()).content()).isEqualTo("Sun.");
        assertThat(shown.toString()).isEqualTo("Sun.");
    }
}
