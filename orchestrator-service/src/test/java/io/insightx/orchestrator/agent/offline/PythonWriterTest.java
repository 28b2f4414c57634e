package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import org.junit.jupiter.api.Test;

/** Issue #15: a column name reached the chart code through a quoted label and ran as Python. */
class PythonWriterTest {

    @Test
    void aColumnNameReachesTheProgramAsDataNeverAsCode() {
        String evil = "amt') and print(1) #";
        ArrayNode columns = TestCatalogs.JSON.createArrayNode();
        TestCatalogs.number(columns, evil, "DOUBLE", 0, 10);
        var dna = TestCatalogs.JSON.createObjectNode();
        dna.set("columns", columns);
        var record = new io.insightx.orchestrator.persistence.DatasetRecord(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), null, "t.csv", "t", 10, dna.toString(), java.time.Instant.EPOCH);
        var catalog = io.insightx.orchestrator.agent.offline.link.Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer());
        Plan plan = new Planner(TestCatalogs.LEXICON).plan("histogram of amt", catalog);
        assertThat(plan.kind()).isEqualTo(Plan.Kind.HISTOGRAM);

        PythonProgram program = PythonWriter.write(plan, TestCatalogs.JSON);

        assertThat(program.code()).doesNotContain("print(1)").doesNotContain("amt");
        assertThat(program.inputs().get("labels").toString()).contains("print(1)");
    }
}
