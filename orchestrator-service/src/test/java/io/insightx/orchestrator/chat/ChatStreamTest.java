package io.insightx.orchestrator.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.insightx.orchestrator.support.Scripts.CLASSIFIER;
import static io.insightx.orchestrator.support.Scripts.COMPOSER;
import static io.insightx.orchestrator.support.Scripts.EXPLAINER;
import static io.insightx.orchestrator.support.Scripts.PYTHON_AGENT;
import static io.insightx.orchestrator.support.Scripts.SQL_AGENT;
import static io.insightx.orchestrator.support.Scripts.WEATHER_CSV;
import static io.insightx.orchestrator.support.Scripts.WEATHER_RESULT;
import static io.insightx.orchestrator.support.Scripts.agent;
import static io.insightx.orchestrator.support.Scripts.streamsText;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.insightx.orchestrator.support.Scripts.says;
import static io.insightx.orchestrator.support.Scripts.scriptAnswer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.FakeServices;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole pipeline against scripted agents (the LLM) and scripted tools, with a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class ChatStreamTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    WireMockServer services;
    String sessionId;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void sessionWithADataset() {
        services.resetAll();
        sessionId = WeatherSession.create(services);
        services.verify(postRequestedFor(urlEqualTo("/v1/datasets"))
                .withHeader("Authorization", WireMock.equalTo("Bearer internal-test-token"))
                .withRequestBody(containing(sessionId)));
    }

    @Test
    void sqlQuestionStreamsEveryStepAndIsStored() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT weather, avg(temp_max) AS avg_max FROM "
                + "seattle_weather GROUP BY 1"), COMPOSER, Map.of("answer", "**Sun** days are warmest: 17.5 °C on average.",
                "insights", List.of("Sunny days average 17.5 °C")));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));

        SseEvents stream = ask("average temp_max by weather");
        assertThat(stream.names()).startsWith("status", "tool_call", "tool_result", "tool_call", "tool_result", "agent",
                "classification", "agent", "tool_call", "tool_result", "agent").endsWith("final", "done");
        assertThat(stream.names()).contains("token");
        assertThat(stream.events()).extracting(SseEvents.Event::id).isSorted().doesNotHaveDuplicates();
        String chatId = stream.first("final").data().getString("chatId");
        assertThat(stream.events()).allSatisfy(e -> assertThat(e.data().getString("chatId")).isEqualTo(chatId));
        assertThat(stream.first("classification").data().getString("intent")).isEqualTo("SQL_ONLY");
        assertThat(stream.named("agent")).extracting(e -> e.data().getString("agent"))
                .containsExactly("orchestrator", "sql", "composer");
        SseEvents.Event sql = stream.named("tool_result").stream().filter(e -> e.data().getString("tool").equals("run_sql"))
                .findFirst().orElseThrow();
        assertThat(sql.data().getBoolean("ok")).isTrue();
        assertThat(sql.data().getList("output.rows")).hasSize(2);
        String tokens = String.join("", stream.named("token").stream().map(e -> e.data().getString("text")).toList());
        assertThat(stream.named("token")).hasSizeGreaterThan(1);
        assertThat(tokens.strip()).isEqualTo("**Sun** days are warmest: 17.5 °C on average.");
        JsonPath fin = stream.first("final").data();
        assertThat(fin.getString("content")).isEqualTo(tokens.strip());
        assertThat(fin.getList("artifacts.kind")).containsExactly("sql", "table");
        assertThat(fin.getList("insights")).containsExactly("Sunny days average 17.5 °C");
        services.verify(postRequestedFor(urlEqualTo("/v1/query"))
                .withHeader("Authorization", WireMock.equalTo("Bearer internal-test-token"))
                .withRequestBody(containing("tool-ds-1")));

        given().get("/api/chats/" + chatId + "/messages").then().statusCode(200)
                .body("role", equalTo(List.of("user", "assistant"))).body("[1].intent", equalTo("SQL_ONLY"));
        given().get("/api/sessions/" + sessionId + "/insights").then().statusCode(200)
                .body("text", equalTo(List.of("Sunny days average 17.5 °C")));
        String csv = given().get(fin.getString("artifacts.find { it.kind == 'table' }.url")).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).isEqualTo("weather,avg_max\r\nsun,17.5\r\nrain,13.5\r\n");
    }

    @Test
    void aClientThatReconnectsGetsWhatItMissedOnly() {
        scriptAnswer(services, "EXPLAIN_ONLY", EXPLAINER, Map.of("answer", "It has 1,461 days of weather.",
                "insights", List.of()));
        SseEvents all = ask("what does this dataset contain?");
        String chatId = all.last().data().getString("chatId");
        String replay = given().header("Last-Event-ID", "3").get("/api/chats/" + chatId + "/events").then()
                .statusCode(200).extract().asString();
        SseEvents missed = SseEvents.parse(replay);
        assertThat(missed.events()).extracting(SseEvents.Event::id).first().isEqualTo(4L);
        assertThat(missed.names()).isEqualTo(all.names().subList(3, all.names().size()));
        assertThat(SseEvents.parse(given().get("/api/chats/" + chatId + "/events?after=0").then().extract().asString())
                .names()).isEqualTo(all.names());
        assertThat(all.named("agent")).extracting(e -> e.data().getString("agent")).containsExactly("orchestrator", "explainer");
    }

    @Test
    void failedSqlGoesBackToItsAgentWithTheError() {
        scriptAnswer(services, "SQL_ONLY", COMPOSER, Map.of("answer", "Done.", "insights", List.of()));
        services.stubFor(agent(SQL_AGENT).willReturn(says(Map.of("sql", "SELECT nope FROM seattle_weather"))));
        services.stubFor(agent(SQL_AGENT).withRequestBody(containing("Your previous SQL failed"))
                .willReturn(says(Map.of("sql", "SELECT weather FROM seattle_weather"))));
        services.stubFor(post(urlEqualTo("/v1/query")).inScenario("fix").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(jsonBody(400, Map.of("code", "sql-error", "detail", "Binder Error: column nope not found")))
                .willSetStateTo("fixed"));
        services.stubFor(post(urlEqualTo("/v1/query")).inScenario("fix").whenScenarioStateIs("fixed")
                .willReturn(jsonBody(200, WEATHER_RESULT)));

        SseEvents stream = ask("which weather is there?");
        List<SseEvents.Event> runs = stream.named("tool_result").stream()
                .filter(e -> e.data().getString("tool").equals("run_sql")).toList();
        assertThat(runs).extracting(e -> e.data().getBoolean("ok")).containsExactly(false, true);
        assertThat(runs.get(0).data().getString("output.error.message")).contains("Binder Error");
        assertThat(stream.named("tool_call").stream().filter(e -> e.data().getString("tool").equals("run_sql"))
                .map(e -> e.data().getInt("input.attempt"))).containsExactly(1, 2);
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("column nope not found")));
        assertThat(stream.names()).endsWith("final", "done");
    }

    @Test
    void sqlThenPythonKeepsTheChartAsAnArtifact() {
        scriptAnswer(services, "SQL_THEN_PY", SQL_AGENT, Map.of("sql", "SELECT weather, temp_max FROM seattle_weather"),
                PYTHON_AGENT, Map.of("code", "df.plot()"), COMPOSER, Map.of("answer", "See the chart.", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
        services.stubFor(post(urlPathEqualTo("/v1/query/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(WEATHER_CSV)));
        services.stubFor(post(urlEqualTo("/v1/execute")).willReturn(jsonBody(200, Map.of("status", "ok", "stdout", "",
                "figures", List.of(Map.of("format", "png", "data", Base64.getEncoder().encodeToString(PNG))),
                "tables", List.of()))));

        SseEvents stream = ask("chart temp_max by weather");
        SseEvents.Event python = stream.named("tool_result").stream()
                .filter(e -> e.data().getString("tool").equals("run_python")).findFirst().orElseThrow();
        String url = python.data().getString("output.figures[0].url");
        assertThat(python.data().getString("output.figures[0].data")).isNull();
        byte[] png = given().get(url).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(png).isEqualTo(PNG);
        assertThat(stream.first("final").data().getList("artifacts.kind")).containsExactly("sql", "table", "code", "figure");
        // Python gets the whole result as a CSV file, with sql-tool's column types.
        services.verify(postRequestedFor(urlEqualTo("/v1/execute")).withRequestBody(containing("\"format\":\"csv\"")
                .and(containing(Base64.getEncoder().encodeToString(WEATHER_CSV.getBytes(StandardCharsets.UTF_8))))
                .and(containing("\"type\":\"DOUBLE\""))));
        services.verify(postRequestedFor(urlEqualTo("/v1/query/export?format=csv")));
    }

    @Test
    void thePythonAgentIsToldWhatTheChatsKernelAlreadyHolds() {
        scriptAnswer(services, "SQL_THEN_PY", SQL_AGENT, Map.of("sql", "SELECT weather, avg_max FROM seattle_weather"),
                PYTHON_AGENT, Map.of("code", "monthly = df.groupby('weather').mean()"), COMPOSER,
                Map.of("answer", "Done.", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
        services.stubFor(post(urlPathEqualTo("/v1/query/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(WEATHER_CSV)));
        services.stubFor(post(urlEqualTo("/v1/execute")).willReturn(jsonBody(200, Map.of("status", "ok", "stdout", "",
                "figures", List.of(), "tables", List.of(), "kernelRestarted", false, "variables",
                List.of(Map.of("name", "monthly_by_weather", "type", "DataFrame", "shape", List.of(2, 1)))))));

        String chatId = ask("mean by weather in pandas").first("final").data().getString("chatId");
        services.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("monthly_by_weather")));
        SseEvents second = ask("now plot it", chatId);

        assertThat(second.names()).endsWith("final", "done");
        services.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(PYTHON_AGENT)
                .and(containing("python kernel")).and(containing("monthly_by_weather")).and(containing("DataFrame"))));
        services.verify(2, postRequestedFor(urlEqualTo("/v1/execute"))
                .withRequestBody(containing("\"kernel\":\"" + chatId + "\"")));
    }

    @Test
    void pythonOnlyLoadsTheTableWithoutAnSqlAgent() {
        scriptAnswer(services, "PY_ONLY", PYTHON_AGENT, Map.of("code", "result = df['avg_max'].describe()"), COMPOSER,
                Map.of("answer", "Described.", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
        services.stubFor(post(urlPathEqualTo("/v1/query/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(WEATHER_CSV)));
        services.stubFor(post(urlEqualTo("/v1/execute")).willReturn(jsonBody(200, Map.of("status", "ok", "stdout", "",
                "result", Map.of("mean", 15.5), "figures", List.of(), "tables", List.of()))));

        SseEvents stream = ask("describe avg_max with pandas");
        assertThat(stream.first("classification").data().getString("intent")).isEqualTo("PY_ONLY");
        assertThat(stream.named("agent")).extracting(e -> e.data().getString("agent"))
                .containsExactly("orchestrator", "python", "composer");
        assertThat(stream.named("tool_call").stream().filter(e -> e.data().getString("tool").equals("run_sql"))
                .map(e -> e.data().getString("input.sql"))).containsExactly("SELECT * FROM \"seattle_weather\"");
        assertThat(stream.names()).endsWith("final", "done");
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("\"max_tokens\":2048")));
    }

    @Test
    void keyRotationsBecomeEvents() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(streamsText("Hi.")
                .withHeader("X-InsightX-Key", "k3").withHeader("X-InsightX-Rotations", "2")
                .withHeader("X-InsightX-Rotation-Reasons", "k1=429,k2=401")));
        SseEvents stream = ask("describe the dataset");
        assertThat(stream.named("key_rotation")).extracting(e -> e.data().getString("fromKey") + ">"
                + e.data().getString("toKey") + ":" + e.data().getString("reason")).containsExactly("k1>k2:429", "k2>k3:401");
    }

    @Test
    void anOutageEndsTheStreamCleanlyAndTheNextQuestionWorks() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT 1"), COMPOSER,
                Map.of("answer", "One.", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SseEvents down = ask("how many rows?");
        assertThat(down.names()).endsWith("error", "done").doesNotContain("final");
        assertThat(down.first("error").data().getString("code")).isEqualTo("tool-unavailable");
        assertThat(down.first("error").data().getBoolean("retryable")).isTrue();
        String chatId = down.last().data().getString("chatId");
        given().get("/api/chats/" + chatId + "/messages").then().body("role", equalTo(List.of("user", "assistant")));

        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
        SseEvents back = ask("how many rows?", chatId);
        assertThat(back.names()).endsWith("final", "done");
        assertThat(back.events().get(0).id()).isGreaterThan(down.last().id());
    }

    @Test
    void aQuietStreamCarriesHeartbeatsUntilTheAnswerComes() throws Exception {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(CLASSIFIER).willReturn(says(Map.of("intent", "EXPLAIN_ONLY", "reason", "slow"))
                .withFixedDelay(2500)));
        services.stubFor(agent(EXPLAINER).willReturn(streamsText("Done.")));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/chat/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + sessionId + "\",\"message\":\"slow\"}"))
                .build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        List<String> lines = new ArrayList<>();
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = body.readLine()) != null && !line.equals("event:done"); ) {
                lines.add(line);
            }
        }
        // heartbeat-seconds is 1 here: the 2.5 s the classifier takes hold at least one, before the classification
        // (under load the first one may come even before the first event: line 0)
        int beat = lines.indexOf(":heartbeat");
        assertThat(beat).as(String.join("\n", lines)).isNotNegative();
        assertThat(beat).isLessThan(lines.indexOf("event:classification"));
    }

    @Test
    void aClientThatLeavesCancelsTheRestOfTheWork() throws Exception {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT 1"), COMPOSER,
                Map.of("answer", "never composed", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT).withFixedDelay(1500)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/chat/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + sessionId + "\",\"message\":\"one\"}"))
                .build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        String chatId = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (chatId == null && line.startsWith("data:")) {
                    chatId = new JsonPath(line.substring(5)).getString("chatId");
                }
                if (line.contains("\"tool\":\"run_sql\"")) {
                    break; // the client leaves while the query runs
                }
            }
        }
        // While the first answer still runs, the chat takes no second question.
        given().contentType("application/json").body(Map.of("sessionId", sessionId, "message", "two", "chatId", chatId))
                .post("/api/chat/stream").then().statusCode(409).body("code", equalTo("chat-busy"));
        String chat = chatId;
        await().atMost(Duration.ofSeconds(10)).until(() -> SseEvents.parse(given().get("/api/chats/" + chat
                + "/events?after=0").then().extract().asString()).names().contains("done"));
        SseEvents stored = SseEvents.parse(given().get("/api/chats/" + chat + "/events?after=0").then().extract().asString());
        assertThat(stored.names()).doesNotContain("final").endsWith("error", "done");
        assertThat(stored.first("error").data().getString("code")).isEqualTo("cancelled");
        services.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(COMPOSER)));
    }

    @Test
    void exhaustedKeysSayWhenToRetry() {
        services.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(jsonBody(503,
                Map.of("code", "keys-exhausted")).withHeader("Retry-After", "42")));
        SseEvents stream = ask("hello?");
        assertThat(stream.first("error").data().getString("code")).isEqualTo("keys-exhausted");
        assertThat(stream.first("error").data().getInt("retryAfterSeconds")).isEqualTo(42);
        assertThat(stream.first("error").data().getString("message")).contains("42 s");
    }

    @Test
    void aWriterWhoseStreamIsRefusedEndsWithTheSameClearError() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(jsonBody(503, Map.of("code", "keys-exhausted"))
                .withHeader("Retry-After", "7")));
        SseEvents stream = ask("what is in there?");
        assertThat(stream.names()).endsWith("error", "done").doesNotContain("token");
        assertThat(stream.first("error").data().getString("code")).isEqualTo("keys-exhausted");
        assertThat(stream.first("error").data().getInt("retryAfterSeconds")).isEqualTo(7);
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(EXPLAINER))
                .withRequestBody(containing("\"stream\":true")));
    }

    @Test
    void badRequestsAreProblemsNotStreams() {
        given().contentType("application/json").body(Map.of("sessionId", "00000000-0000-0000-0000-000000000000",
                "message", "hi")).post("/api/chat/stream").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("session-not-found"));
        given().contentType("application/json").body(Map.of("sessionId", sessionId, "message", "x".repeat(4001)))
                .post("/api/chat/stream").then().statusCode(400).body("code", equalTo("message-too-long"));
        given().contentType("application/json").body(Map.of("sessionId", sessionId, "message", " "))
                .post("/api/chat/stream").then().statusCode(400);
        given().contentType("application/json").body(Map.of("message", "hi")).post("/api/chat/stream").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("'sessionId' is required"));
        given().contentType("application/json").body(Map.of("sessionId", sessionId, "message", "hi",
                "chatId", "00000000-0000-0000-0000-000000000000")).post("/api/chat/stream").then().statusCode(404)
                .body("code", equalTo("chat-not-found"));
    }

    private SseEvents ask(String message) {
        return ask(message, null);
    }

    private SseEvents ask(String message, String chatId) {
        Map<String, Object> body = chatId == null ? Map.of("sessionId", sessionId, "message", message)
                : Map.of("sessionId", sessionId, "message", message, "chatId", chatId);
        String text = given().contentType("application/json").body(body).post("/api/chat/stream").then()
                .statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/event-stream"))
                .extract().asString();
        return SseEvents.parse(text);
    }
}
