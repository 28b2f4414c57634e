package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.offline.link.DistinctValues;
import io.insightx.orchestrator.agent.offline.link.SharedKeys;
import org.junit.jupiter.api.Test;

/** The accountability rule and offline self-correction, through the brain itself. */
class OfflineBrainTest {

    private final OfflineBrain brain = new OfflineBrain(TestCatalogs.JSON,
            new Readings(TestCatalogs.JSON, new DistinctValues(null, TestCatalogs.JSON),
                    new SharedKeys(null, TestCatalogs.JSON), TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS));

    private static Question ask(String text) {
        return new Question(text, List.of(TestCatalogs.penguinsRecord()), List.of(), List.of());
    }

    private static StepResult result(String json) throws Exception {
        return new StepResult("run_sql", "", TestCatalogs.JSON.readTree(json));
    }

    @Test
    void anAnswerThatLeftWordsOutSaysSoUpFrontAndIsPartial() throws Exception {
        Question q = ask("how many penguins on Dream eat krill");
        brain.writeSql(q, null, r -> { });
        ComposedAnswer answer = brain.compose(q, brain.classify(q, r -> { }),
                List.of(result("{\"columns\":[{\"name\":\"penguins\",\"type\":\"BIGINT\"}],\"rows\":[[124]]}")), r -> { },
                t -> { });
        assertThat(answer.understanding().understood()).isEqualTo("partial");
        assertThat(answer.understanding().ignored()).contains("eat", "krill");
        assertThat(answer.content()).startsWith("_I could not use");
        assertThat(answer.understanding().interpretation()).contains("Counted penguins").contains("Dream");
    }

    @Test
    void aQuestionWithNothingToComputeIsRefusedWithSuggestions() {
        Question q = ask("tell me a joke");
        ComposedAnswer answer = brain.explain(q, r -> { }, t -> { });
        assertThat(answer.understanding().understood()).isEqualTo("none");
        assertThat(answer.content()).contains("You could ask");
    }

    @Test
    void selfCorrectionDropsAFilterAndThenStopsNeverRepeating() {
        Question q = ask("how many Adelie penguins have a bill longer than 40 mm");
        SqlStatement first = brain.writeSql(q, null, r -> { });
        SqlStatement second = brain.writeSql(q, new Brain.Attempt(first.sql(), "Binder Error"), r -> { });
        SqlStatement third = brain.writeSql(q, new Brain.Attempt(second.sql(), "Binder Error"), r -> { });
        assertThat(List.of(first.sql(), second.sql(), third.sql())).doesNotHaveDuplicates();
        assertThat(second.params()).hasSize(first.params().size() - 1);
        ComposedAnswer answer = brain.explain(q, r -> { }, t -> { });
        assertThat(answer.understanding().understood()).isEqualTo("none");
        assertThat(answer.content()).doesNotContain("Binder Error");
    }
}
