package io.insightx.orchestrator.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerStreamTest {

    @Test
    void passesTheAnswerOnAsItComesAndKeepsTheInsightsApart() {
        List<String> seen = new ArrayList<>();
        AnswerStream stream = new AnswerStream(seen::add);
        for (String piece : List.of("**Sun**", " days are", " warmest.\n\nKey insights: ", "none here.\nIns", "ights:\n- Sunny",
                " days average 19.9 °C\n- Rain is common")) {
            stream.accept(piece);
        }
        assertThat(stream.answer()).isEqualTo("**Sun** days are warmest.\n\nKey insights: none here.");
        assertThat(String.join("", seen).strip()).isEqualTo(stream.answer());
        assertThat(seen.get(0)).isEqualTo("**Sun**");
        assertThat(stream.insights()).containsExactly("Sunny days average 19.9 °C", "Rain is common");
    }

    @Test
    void anAnswerWithoutInsights() {
        List<String> seen = new ArrayList<>();
        AnswerStream stream = new AnswerStream(seen::add);
        stream.accept("Just ");
        stream.accept("this.");
        assertThat(stream.answer()).isEqualTo("Just this.");
        assertThat(stream.insights()).isEmpty();
        assertThat(String.join("", seen)).isEqualTo("Just this.");
    }
}
