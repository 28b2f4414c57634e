package io.insightx.orchestrator.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThinkingFilterTest {

    @Test
    void reasoningIsDroppedEvenWhenItsTagsAreSplitAcrossChunks() {
        StringBuilder seen = new StringBuilder();
        ThinkingFilter filter = new ThinkingFilter(seen::append);
        for (String piece : new String[] {"<thi", "nk>Sun is 25 °C? no", "</th", "ink>\n**Sun** is ", "warmest: 17.5 °C <", "3"}) {
            filter.accept(piece);
        }
        filter.finish();
        assertThat(seen.toString()).isEqualTo("\n**Sun** is warmest: 17.5 °C <3");
    }

    @Test
    void anAnswerWithoutReasoningPassesAsItCame() {
        StringBuilder seen = new StringBuilder();
        ThinkingFilter filter = new ThinkingFilter(seen::append);
        filter.accept("a < b and <b>bold</b>");
        filter.finish();
        assertThat(seen.toString()).isEqualTo("a < b and <b>bold</b>");
    }
}
