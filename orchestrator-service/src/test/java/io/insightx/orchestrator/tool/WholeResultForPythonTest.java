package io.insightx.orchestrator.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.persistence.DatasetRecord;
import io.insightx.orchestrator.support.RealToolServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Python gets a query's whole result, not the 1,000 rows a result shows to people: seattle-weather's 1,461 rows go
 * from the real sql-tool's export to the real python-tool as a CSV file, dates as dates. Before, {@code df} was
 * built from the shown rows and {@code len(df)} was 1000.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WholeResultForPythonTest {

    static final Path WEATHER = Path.of("..", "sql-tool-service", "src", "test", "resources", "datasets",
            "seattle-weather.csv");

    @Inject
    SqlToolClient sqlTool;

    @Inject
    RunSqlTool sql;

    @Inject
    RunPythonTool python;

    List<DatasetRecord> datasets;

    @BeforeEach
    void upload() throws IOException {
        JsonNode created;
        try (InputStream file = Files.newInputStream(WEATHER)) {
            created = sqlTool.upload("seattle-weather.csv", file,
                    () -> Map.of("name", "seattle-weather.csv", "scope", UUID.randomUUID().toString()));
        }
        datasets = List.of(new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), created.path("id").asText(),
                "seattle-weather.csv", created.path("tableName").asText(), created.path("rowCount").asLong(), "{}",
                Instant.now()));
    }

    @Test
    void pythonSeesEveryRowOfAResultLargerThanTheShownRows() {
        SqlStatement all = SqlStatement.of("SELECT * FROM " + Identifiers.quoted(datasets.get(0).tableName()));
        ToolOutcome shown = sql.run(datasets, all);
        assertThat(shown.output().path("rows").size()).isEqualTo(1000);

        PythonInput whole = sql.export(datasets, all);
        ToolOutcome ran = python.run(PythonProgram.of("result = {'n': len(df), 'dates': str(df['date'].dtype), "
                + "'temps': str(df['temp_max'].dtype), 'mean': round(float(df['temp_max'].mean()), 4)}"),
                shown.output().path("columns"), whole, null);

        assertThat(ran.ok()).as(String.valueOf(ran.error())).isTrue();
        assertThat(ran.output().path("result").path("n").asInt()).isEqualTo(1461);
        assertThat(ran.output().path("result").path("dates").asText()).startsWith("datetime64");
        assertThat(ran.output().path("result").path("temps").asText()).isEqualTo("float64");
        double mean = sql.run(datasets, SqlStatement.of("SELECT round(avg(temp_max), 4) FROM "
                + Identifiers.quoted(datasets.get(0).tableName()))).output().path("rows").get(0).get(0).asDouble();
        assertThat(ran.output().path("result").path("mean").asDouble()).isEqualTo(mean);
        assertThat(ran.output().path("inputs").path("df").path("rows").asLong()).isEqualTo(1461);
        assertThat(ran.output().path("inputs").path("df").path("capped").asBoolean()).isFalse();
    }

    @Test
    void theExportRunsTheStatementWithItsParams() {
        String table = Identifiers.quoted(datasets.get(0).tableName());
        SqlStatement sunny = new SqlStatement("SELECT * FROM " + table + " WHERE weather = ?", List.of("sun"));
        long expected = sql.run(datasets, new SqlStatement("SELECT count(*) FROM " + table + " WHERE weather = ?",
                List.of("sun"))).output().path("rows").get(0).get(0).asLong();

        PythonInput whole = sql.export(datasets, sunny);

        assertThat(expected).isGreaterThan(600);
        assertThat(whole.rows()).isEqualTo(expected);
    }
}
