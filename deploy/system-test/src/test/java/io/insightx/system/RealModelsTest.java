package io.insightx.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.system.PublicApi.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LLM agents against a provider that misbehaves as real models do, through the real key-manager, sql-tool and
 * PostgreSQL: what the person asking sees for each misbehaviour.
 */
class RealModelsTest {

    static final Path WEATHER = Stack.ROOT.resolve("sql-tool-service/src/test/resources/datasets/seattle-weather.csv");

    static Stack stack;
    static MisbehavingLlm llm;
    static PublicApi api;
    static String session;

    @BeforeAll
    static void startTheStack() throws Exception {
        llm = new MisbehavingLlm();
        stack = new Stack();
        String database = stack.startPostgres();
        String sqlTool = stack.start("sql-tool", "sql-tool-service",
                Map.of("INSIGHTX_STORAGE_DIR", Files.createTempDirectory("real-models-datasets").toString()));
        String keyManager = stack.start("key-manager", "key-manager-service", Map.of("INSIGHTX_LLM_BASE_URL",
                llm.baseUrl(), "INSIGHTX_LLM_MODEL", "misbehaving", "INSIGHTX_LLM_API_KEYS", "sk-real-models"));
        api = new PublicApi(stack.start("orchestrator", "orchestrator-service", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "", "QUARKUS_REST_CLIENT_SQL_TOOL_URL", sqlTool,
                "QUARKUS_REST_CLIENT_PYTHON_TOOL_URL", "http://127.0.0.1:9", "QUARKUS_REST_CLIENT_KEY_MANAGER_URL",
                keyManager, "INSIGHTX_AGENTS_MODE", "llm", "INSIGHTX_LLM_IDLE_TIMEOUT", "3s")));
        session = api.createSession();
        api.upload(session, WEATHER);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
        if (llm != null) {
            llm.close();
        }
    }

    @Test
    void reasoningAndFencesAroundJsonAndSqlCostNothingAndToolsRefusedAreAskedOnce() {
        List<Event> events = api.ask(session, null, "how many days are there?");
        assertThat(first(events, "classification").path("intent").asText()).isEqualTo("SQL_ONLY");
        assertThat(events).filteredOn(e -> e.name().equals("tool_call") && e.data().path("tool").asText()
                .equals("run_sql")).singleElement().satisfies(e -> assertThat(e.data().path("input").path("sql")
                        .asText()).isEqualTo("SELECT count(*) AS days FROM seattle_weather"));
        JsonNode fin = first(events, "final");
        assertThat(fin.path("content").asText()).isEqualTo("There are 1461 days of weather.");
        assertThat(fin.path("grounded").asBoolean()).isTrue();
        assertThat(llm.toolRequests()).isEqualTo(1);
    }

    @Test
    void aMadeUpTemperatureIsReAskedThenMarkedAndNeverLearned() {
        JsonNode fin = first(api.ask(session, null, "which weather is warmest?"), "final");
        assertThat(fin.path("grounded").asBoolean()).isFalse();
        assertThat(fin.path("unsupportedNumbers")).extracting(JsonNode::asText).containsExactly("25.3");
        assertThat(fin.path("content").asText()).contains("Check these numbers:** 25.3");
        assertThat(fin.path("insights")).isEmpty();
    }

    @Test
    void aStreamThatStallsEndsInARetryableTimeoutNotAHalfAnswer() {
        List<Event> events = api.ask(session, null, "stall: what is in this dataset?");
        assertThat(events).extracting(Event::name).endsWith("error", "done").doesNotContain("final");
        JsonNode error = first(events, "error");
        assertThat(error.path("code").asText()).isEqualTo("llm-timeout");
        assertThat(error.path("retryable").asBoolean()).isTrue();
    }

    private static JsonNode first(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().data();
    }
}
