package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.offline.link.DistinctValues;
import io.insightx.orchestrator.agent.offline.link.SharedKeys;
import org.junit.jupiter.api.Test;

/** The accountability rule, offline self-correction and chart answers, through the brain itself. */
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
    void aQuestionBeforeAnyUploadIsToldToUploadFirst() {
        Question q = new Question("how many rows", List.of(), List.of(), List.of());
        assertThat(brain.classify(q, r -> { }).intent()).isEqualTo(Intent.EXPLAIN_ONLY); // it threw: no plan to read
        ComposedAnswer answer = brain.explain(q, r -> { }, t -> { });
        assertThat(answer.content()).startsWith("Upload a dataset first");
        assertThat(answer.understanding().understood()).isEqualTo("none");
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
        assertThat(answer.content()).startsWith("> **Partial answer.** I could not use");
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

    /** Histogram bins of body mass as the query returns them; two bins tie for the most rows. */
    private static final String BINS = "{\"columns\":[{\"name\":\"bin_start\",\"type\":\"DOUBLE\"},"
            + "{\"name\":\"rows\",\"type\":\"BIGINT\"}],\"rows\":[[2700.0,5],[3600.0,39],[3780.0,35],[4500.0,39]]}";

    @Test
    void aChartIsAnsweredFromTheQueryRowsWithoutPython() throws Exception {
        Question q = ask("histogram of body mass");
        brain.writeSql(q, null, r -> { });
        assertThat(brain.classify(q, r -> { }).intent()).isEqualTo(Intent.SQL_ONLY);

        ComposedAnswer answer = brain.compose(q, brain.classify(q, r -> { }), List.of(result(BINS)), r -> { },
                t -> { });

        // 5 + 39 + 35 + 39 rows; of the two fullest bins, the first (as pandas' idxmax picked it).
        assertThat(answer.content()).contains("over 118 values: the most common range starts at **3,600**.");
        assertThat(answer.charts()).singleElement().satisfies(spec -> assertThat(spec.path("data").path("values"))
                .hasSize(4));
        assertThat(answer.understanding().understood()).isEqualTo("full");
    }

    @Test
    void aCorrelationQuotesTheQueryR() throws Exception {
        Question q = ask("correlation between flipper length and body mass");
        brain.writeSql(q, null, r -> { });
        assertThat(brain.classify(q, r -> { }).intent()).isEqualTo(Intent.SQL_ONLY);

        ComposedAnswer answer = brain.compose(q, brain.classify(q, r -> { }), List.of(result("{\"columns\":["
                + "{\"name\":\"Flipper Length (mm)\",\"type\":\"BIGINT\"},{\"name\":\"Body Mass (g)\",\"type\":"
                + "\"BIGINT\"},{\"name\":\"r\",\"type\":\"DOUBLE\"}],\"rows\":[[181,3750,0.8712017673060106],"
                + "[186,3800,0.8712017673060106]]}")), r -> { }, t -> { });

        assertThat(answer.content()).contains("is **r = 0.87**, a strong positive relationship.");
        assertThat(answer.charts()).hasSize(1);
    }

    @Test
    void aChartAskedOfPythonIsDrawnByPythonAndItsWordsAreUsed() throws Exception {
        for (String text : List.of("histogram of body mass with python", "histogram of body mass using matplotlib",
                "plot the body mass with pandas", "histogram of body mass as a png")) {
            Question q = ask(text);
            brain.writeSql(q, null, r -> { });
            assertThat(brain.classify(q, r -> { }).intent()).as(text).isEqualTo(Intent.SQL_THEN_PY);
            assertThat(brain.writePython(q, null, null, r -> { }).code()).as(text).contains("ax.bar");

            StepResult drawn = new StepResult("run_python", "", TestCatalogs.JSON.readTree("{\"result\":{}}"));
            ComposedAnswer answer = brain.compose(q, brain.classify(q, r -> { }), List.of(result(BINS), drawn),
                    r -> { }, t -> { });

            assertThat(answer.understanding().ignored()).as(text).isEmpty();
            assertThat(answer.content()).as(text).contains("the most common range starts at **3,600**");
        }
    }

    @Test
    void pythonAskedOfAnAnswerWithoutAChartIsReportedUnused() {
        Question q = ask("average body mass with python");
        brain.writeSql(q, null, r -> { });
        assertThat(brain.classify(q, r -> { }).intent()).isEqualTo(Intent.SQL_ONLY);
        ComposedAnswer answer = brain.compose(q, brain.classify(q, r -> { }), List.of(new StepResult("run_sql", "",
                TestCatalogs.JSON.createObjectNode().set("rows", TestCatalogs.JSON.createArrayNode().add(
                        TestCatalogs.JSON.createArrayNode().add(4201.75))))), r -> { }, t -> { });
        assertThat(answer.understanding().ignored()).containsExactly("python");
    }

    @Test
    void aFigurePerGroupComesWithItsChartOneFigureWithout() throws Exception {
        Question byIsland = ask("average body mass by island");
        brain.writeSql(byIsland, null, r -> { });
        ComposedAnswer bars = brain.compose(byIsland, brain.classify(byIsland, r -> { }), List.of(result(
                "{\"columns\":[{\"name\":\"Island\",\"type\":\"VARCHAR\"},{\"name\":\"avg_body_mass_g\",\"type\":\"DOUBLE\"}],"
                        + "\"rows\":[[\"Biscoe\",4716.0],[\"Dream\",3712.9],[\"Torgersen\",3706.4]]}")), r -> { }, t -> { });
        assertThat(bars.charts()).singleElement().satisfies(spec -> {
            assertThat(spec.path("mark").asText()).isEqualTo("bar");
            assertThat(spec.path("data").path("values")).hasSize(3);
            assertThat(spec.path("encoding").path("y").path("field").asText()).isEqualTo("avg_body_mass_g");
        });
        Question overall = ask("average body mass");
        brain.writeSql(overall, null, r -> { });
        ComposedAnswer figure = brain.compose(overall, brain.classify(overall, r -> { }), List.of(result(
                "{\"columns\":[{\"name\":\"avg_body_mass_g\",\"type\":\"DOUBLE\"}],\"rows\":[[4201.75]]}")), r -> { }, t -> { });
        assertThat(figure.charts()).isEmpty();
    }
}
