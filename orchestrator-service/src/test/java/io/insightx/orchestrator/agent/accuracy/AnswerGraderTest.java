package io.insightx.orchestrator.agent.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/**
 * The grader's rules: numbers within half a percent, or rounding to a truth written to two decimals; labels in any of
 * the forms one value is written in; a ranking in order, rows that tie in either order.
 */
class AnswerGraderTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aFigureThatRoundsToATruthOfTwoDecimalsIsIt() {
        assertThat(AnswerGrader.same(JSON.numberNode(0.33), JSON.numberNode(0.333616))).isTrue();
        assertThat(AnswerGrader.same(JSON.numberNode(0.33), JSON.numberNode(0.3364))).isFalse();
        // a truth with more decimals is held to half a percent
        assertThat(AnswerGrader.same(JSON.numberNode(0.3673469), JSON.numberNode(0.3636))).isFalse();
        assertThat(AnswerGrader.same(JSON.numberNode(1234.5), JSON.numberNode(1238.0))).isTrue();
    }

    @Test
    void aLabelInAnotherFormOfTheSameValueIsIt() {
        assertThat(AnswerGrader.same(JSON.textNode("elm st"), JSON.textNode("Elm Street"))).isTrue();
        assertThat(AnswerGrader.same(JSON.textNode("roses"), JSON.textNode("rose"))).isTrue();
        assertThat(AnswerGrader.same(JSON.textNode("harbor ave"), JSON.textNode("Harbour Avenue"))).isTrue();
        assertThat(AnswerGrader.same(JSON.textNode("south"), JSON.textNode("Southwest"))).isFalse();
        assertThat(AnswerGrader.same(JSON.textNode("gold"), JSON.textNode("Gold Plus"))).isFalse();
    }

    @Test
    void rowsThatTieMayComeInEitherOrderAndNoOthers() throws Exception {
        var expected = rows("[[\"C-1\",1599],[\"C-4\",942],[\"C-3\",804],[\"C-2\",804]]");
        assertThat(AnswerGrader.inOrder(expected, rows("[[\"C-1\",1599],[\"C-4\",942],[\"C-2\",804],[\"C-3\",804]]")))
                .isTrue();
        assertThat(AnswerGrader.inOrder(expected, rows("[[\"C-4\",942],[\"C-1\",1599],[\"C-3\",804],[\"C-2\",804]]")))
                .isFalse();
        assertThat(AnswerGrader.inOrder(expected, rows("[[\"C-1\",1599],[\"C-4\",942],[\"C-3\",804],[\"C-9\",804]]")))
                .isFalse();
    }

    private static JsonNode rows(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
