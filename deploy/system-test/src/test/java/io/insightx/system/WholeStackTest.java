package io.insightx.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.system.PublicApi.Event;
import io.insightx.system.ScriptedLlm.Script;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product as it runs: PostgreSQL, sql-tool, python-tool, key-manager (in front of a scripted provider
 * whose first two keys are rate-limited and revoked) and two orchestrators on the same database, one with the
 * offline analyst and one with the LLM agents, each a separate process. Only the public API is used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeStackTest {

    static final Path DATASETS = Stack.ROOT.resolve("sql-tool-service/src/test/resources/datasets");

    static Stack stack;
    static ScriptedLlm llm;
    static PublicApi offline;
    static PublicApi agents;
    static String session;
    static List<Event> firstAnswer;

    @BeforeAll
    static void startEverything() throws Exception {
        llm = new ScriptedLlm();
        stack = new Stack();
        String database = stack.startPostgres();
        String sqlTool = stack.start("sql-tool", "sql-tool-service",
                Map.of("INSIGHTX_STORAGE_DIR", Files.createTempDirectory("system-test-datasets").toString()));
        String pythonTool = stack.start("python-tool", "python-tool-service", Map.of());
        String keyManager = stack.start("key-manager", "key-manager-service", Map.of("INSIGHTX_LLM_BASE_URL", llm.baseUrl(),
                "INSIGHTX_LLM_MODEL", "scripted", "INSIGHTX_LLM_API_KEYS",
                String.join(",", ScriptedLlm.LIMITED, ScriptedLlm.REVOKED, ScriptedLlm.GOOD)));
        Map<String, String> orchestrator = Map.of("QUARKUS_DATASOURCE_JDBC_URL", database,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "",
                "QUARKUS_REST_CLIENT_SQL_TOOL_URL", sqlTool, "QUARKUS_REST_CLIENT_PYTHON_TOOL_URL", pythonTool,
                "QUARKUS_REST_CLIENT_KEY_MANAGER_URL", keyManager);
        offline = new PublicApi(stack.start("orchestrator-offline", "orchestrator-service",
                with(orchestrator, "INSIGHTX_AGENTS_MODE", "offline")));
        agents = new PublicApi(stack.start("orchestrator-llm", "orchestrator-service",
                with(orchestrator, "INSIGHTX_AGENTS_MODE", "llm")));

        session = offline.createSession();
        assertThat(offline.upload(session, DATASETS.resolve("seattle-weather.csv")).path("dna").path("rowCount").asInt())
                .isEqualTo(1461);
        assertThat(offline.upload(session, DATASETS.resolve("stocks.csv")).path("tableName").asText()).isEqualTo("stocks");
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.close();
        }
        if (llm != null) {
            llm.close();
        }
    }

    @Test
    @Order(1)
    void theOfflineAnalystAnswersEachKindOfQuestion() {
        firstAnswer = offline.ask(session, null, "average temp_max by weather");
        assertWellFormed(firstAnswer, "SQL_ONLY");
        assertThat(first(firstAnswer, "final").path("content").asText()).as(firstAnswer.toString()).contains("sun", "19.86");
        assertStored(offline, firstAnswer, "SQL_ONLY");

        // A chart is drawn by the browser from the query's rows: no Python step, unless the question asks for Python.
        List<Event> chart = offline.ask(session, null, "histogram of temp_max");
        assertWellFormed(chart, "SQL_ONLY");
        assertThat(named(chart, "tool_call")).extracting(e -> e.data().path("tool").asText())
                .doesNotContain("run_python");
        assertThat(first(chart, "final").path("artifacts").findValuesAsText("kind")).contains("vega-lite")
                .doesNotContain("figure");

        List<Event> drawn = offline.ask(session, null, "histogram of temp_max with python");
        assertWellFormed(drawn, "SQL_THEN_PY");
        assertThat(named(drawn, "tool_result")).anySatisfy(e -> assertThat(e.data().path("output").path("figures"))
                .isNotEmpty());
        assertThat(first(drawn, "final").path("artifacts").findValuesAsText("kind")).contains("figure", "vega-lite");
        assertThat(first(drawn, "final").path("ignored")).isEmpty();

        List<Event> explained = offline.ask(session, null, "what is in the seattle weather dataset?");
        assertWellFormed(explained, "EXPLAIN_ONLY");
        assertThat(first(explained, "final").path("content").asText()).contains("temp_max");
    }

    @Test
    @Order(2)
    void theLlmAgentsAnswerEachKindOfQuestionThroughKeyManagerRotatingPastBadKeys() throws Exception {
        llm.script("which weather is warmest", new Script("SQL_ONLY", "SELECT weather, round(avg(temp_max), 2) AS "
                + "avg_temp_max FROM seattle_weather GROUP BY 1 ORDER BY 2 DESC", null, "**Sun** is warmest: 19.86 °C."));
        llm.script("plot the warmest weather", new Script("SQL_THEN_PY", "SELECT weather, avg(temp_max) AS t FROM "
                + "seattle_weather GROUP BY 1", "import matplotlib.pyplot as plt\nplt.bar(df['weather'], df['t'])\nresult = "
                + "df.sort_values('t').iloc[-1]['weather']", "The chart shows sun on top."));
        llm.script("python: count rainy days", new Script("PY_ONLY", null,
                "result = int((df['weather'] == 'rain').sum())", "641 days were rainy."));
        llm.script("what does each column mean", new Script("EXPLAIN_ONLY", null, null, "Daily weather in Seattle."));

        List<Event> sql = agents.ask(session, null, "which weather is warmest");
        assertWellFormed(sql, "SQL_ONLY");
        assertThat(named(sql, "key_rotation")).extracting(e -> e.data().path("reason").asText()).containsExactly("429", "401");
        assertThat(first(sql, "final").path("content").asText()).isEqualTo("**Sun** is warmest: 19.86 °C.");
        assertThat(llm.refusals(ScriptedLlm.LIMITED)).isEqualTo(1);
        assertThat(llm.refusals(ScriptedLlm.REVOKED)).isEqualTo(1);
        assertStored(agents, sql, "SQL_ONLY");

        List<Event> chart = agents.ask(session, null, "plot the warmest weather");
        assertWellFormed(chart, "SQL_THEN_PY");
        assertThat(named(chart, "tool_result")).filteredOn(e -> e.data().path("tool").asText().equals("run_python"))
                .singleElement().satisfies(e -> {
                    assertThat(e.data().path("ok").asBoolean()).isTrue();
                    assertThat(e.data().path("output").path("figures")).isNotEmpty();
                });

        List<Event> python = agents.ask(session, null, "python: count rainy days");
        assertWellFormed(python, "PY_ONLY");
        assertThat(named(python, "tool_result")).filteredOn(e -> e.data().path("tool").asText().equals("run_python"))
                .singleElement().satisfies(e -> assertThat(e.data().path("output").path("result").asInt()).isEqualTo(641));

        assertWellFormed(agents.ask(session, null, "what does each column mean"), "EXPLAIN_ONLY");
        // The refused keys stay out: no further refusals after the first question.
        assertThat(llm.refusals(ScriptedLlm.LIMITED) + llm.refusals(ScriptedLlm.REVOKED)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void anotherReplicaReplaysAStreamFromTheLastEventSeen() {
        String chatId = first(firstAnswer, "final").path("chatId").asText();
        long seen = firstAnswer.get(2).id();
        List<Event> replayed = agents.replay(chatId, seen);
        assertThat(replayed).extracting(Event::id).isEqualTo(firstAnswer.stream().map(Event::id).filter(id -> id > seen).toList());
        assertThat(replayed).extracting(Event::name).endsWith("final", "done");
        assertThat(replayed).extracting(Event::data).isEqualTo(firstAnswer.stream().filter(e -> e.id() > seen).map(Event::data).toList());
    }

    @Test
    @Order(4)
    void aClientWhoseConnectionDropsComesBackToTheWholeAnswer() throws Exception {
        CompletableFuture<Void> gate = llm.holdNextSqlReply();
        Event seen = agents.askAndDrop(session, "which weather is warmest");
        llm.sqlAsked().get(60, TimeUnit.SECONDS);
        gate.complete(null); // the answer goes on after the drop: the orchestrator waits for its client to return
        List<Event> rest = agents.replay(seen.data().path("chatId").asText(), seen.id());
        assertThat(rest).extracting(Event::name).endsWith("final", "done").doesNotContain("error");
        assertThat(rest.get(0).id()).isEqualTo(seen.id() + 1);
        assertThat(first(rest, "final").path("content").asText()).contains("19.86");
    }

    @Test
    @Order(5)
    void sqlToolDyingMidAnswerEndsTheStreamCleanlyAndARestartRecovers() throws Exception {
        CompletableFuture<Void> gate = llm.holdNextSqlReply();
        CompletableFuture<List<Event>> answer = CompletableFuture.supplyAsync(() -> agents.ask(session, null,
                "which weather is warmest"));
        llm.sqlAsked().get(60, TimeUnit.SECONDS); // the SQL agent is writing its query: the answer is under way
        stack.kill("sql-tool");
        gate.complete(null);
        List<Event> broken = answer.get(90, TimeUnit.SECONDS);
        assertThat(broken).extracting(Event::name).endsWith("error", "done").doesNotContain("final");
        JsonNode error = first(broken, "error");
        assertThat(error.path("retryable").asBoolean()).isTrue();
        assertThat(error.path("message").asText()).isNotBlank().doesNotContain("Exception");
        String chatId = error.path("chatId").asText();
        JsonNode stored = agents.messages(chatId);
        assertThat(stored).extracting(m -> m.path("role").asText()).containsExactly("user", "assistant");
        assertThat(stored.get(1).path("content").asText()).as("the error, kept for a reload").isEqualTo(error.path("message").asText());

        stack.restart("sql-tool", "sql-tool-service");
        List<Event> recovered = agents.ask(session, chatId, "which weather is warmest");
        assertWellFormed(recovered, "SQL_ONLY");
        assertThat(first(recovered, "final").path("content").asText()).contains("19.86");
        assertThat(agents.messages(chatId)).extracting(m -> m.path("role").asText())
                .containsExactly("user", "assistant", "user", "assistant");
        assertThat(healthy(stack.url("orchestrator-llm"))).isTrue();
    }

    // ---- what every answer must look like

    private static void assertWellFormed(List<Event> events, String intent) {
        assertThat(events).extracting(Event::id).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(Event::name).startsWith("status").contains("agent", "classification", "token")
                .endsWith("final", "done").doesNotContain("error");
        assertThat(first(events, "classification").path("intent").asText()).isEqualTo(intent);
        String chatId = events.get(0).data().path("chatId").asText();
        assertThat(events).allSatisfy(e -> assertThat(e.data().path("chatId").asText()).isEqualTo(chatId));
        String tokens = String.join("", named(events, "token").stream().map(e -> e.data().path("text").asText()).toList());
        assertThat(first(events, "final").path("content").asText().strip()).isEqualTo(tokens.strip());
    }

    private static void assertStored(PublicApi api, List<Event> events, String intent) {
        JsonNode messages = api.messages(first(events, "final").path("chatId").asText());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).path("intent").asText()).isEqualTo(intent);
        assertThat(messages.get(1).path("content").asText()).isEqualTo(first(events, "final").path("content").asText());
    }

    private static List<Event> named(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    private static JsonNode first(List<Event> events, String name) {
        return named(events, name).stream().findFirst().orElseThrow(() -> new AssertionError("no " + name + " in "
                + events.stream().map(Event::name).toList())).data();
    }

    private static boolean healthy(String base) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(key, value);
        return copy;
    }
}
