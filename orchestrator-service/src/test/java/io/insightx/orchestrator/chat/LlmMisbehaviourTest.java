package io.insightx.orchestrator.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.insightx.orchestrator.support.Scripts.CLASSIFIER;
import static io.insightx.orchestrator.support.Scripts.COMPOSER;
import static io.insightx.orchestrator.support.Scripts.SQL_AGENT;
import static io.insightx.orchestrator.support.Scripts.WEATHER_RESULT;
import static io.insightx.orchestrator.support.Scripts.completion;
import static io.insightx.orchestrator.support.Scripts.EXPLAINER;
import static io.insightx.orchestrator.support.Scripts.agent;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.insightx.orchestrator.support.Scripts.scriptAnswer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.ImpatientLlm;
import io.insightx.orchestrator.support.Misbehaviours;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that behaves like real models do, and what the person asking sees: a clear, retryable error that
 * says what went wrong, or an answer marked for what it is; never a broken answer passed off as a whole one.
 * Time limits are 1.5 s to the first byte and 0.5 s of silence here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = ImpatientLlm.class, restrictToAnnotatedClass = true)
class LlmMisbehaviourTest {

    static final Map<String, Object> EXPLAIN = Map.of("intent", "EXPLAIN_ONLY", "reason", "about the data");

    WireMockServer services;
    String sessionId;

    @BeforeEach
    void sessionWithADataset() {
        services.resetAll();
        sessionId = WeatherSession.create(services);
    }

    @Test
    void aSlowFirstByteIsARetryableTimeoutThatSaysSo() {
        services.stubFor(agent(CLASSIFIER).willReturn(Misbehaviours.slowFirstByte(EXPLAIN, 4000)));
        JsonPath error = failsWith("llm-timeout", ask("what is in there?"));
        assertThat(error.getString("message")).contains("did not start answering within 1500 ms");
    }

    @Test
    void aStreamThatStallsIsATimeoutNotAnAnswer() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.stallingStream("Total precipitation is |", 1000)));
        JsonPath error = failsWith("llm-timeout", ask("total precipitation?"));
        assertThat(error.getString("message")).contains("stopped writing for 500 ms");
    }

    @Test
    void theGatewayGivingUpOnTheProviderIsATimeout() {
        services.stubFor(agent(CLASSIFIER).willReturn(jsonBody(504, Map.of("code", "upstream-timeout",
                "detail", "The provider did not answer within 60 s."))));
        failsWith("llm-timeout", ask("what is in there?"));
    }

    @Test
    void aStreamWithoutItsEndIsAnErrorNotAnAnswer() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.withoutDone("It holds daily weather and")));
        failsWith("llm-incomplete", ask("what is in there?"));
    }

    @Test
    void anErrorObjectMidStreamIsAnError() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.errorMidStream("It holds",
                Map.of("message", "model overloaded", "type", "server_error"))));
        JsonPath error = failsWith("llm-error", ask("what is in there?"));
        assertThat(error.getString("message")).contains("model overloaded");
    }

    @Test
    void keyManagerEndingAStalledStreamIsATimeout() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.errorMidStream("It holds",
                Map.of("code", "upstream-timeout", "message", "no bytes for 30 s"))));
        failsWith("llm-timeout", ask("what is in there?"));
    }

    @Test
    void anEmptyAnswerIsAnError() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.finishedStream("")));
        failsWith("llm-empty", ask("what is in there?"));
    }

    @Test
    void aReplyThatIsNotStreamedIsReadWhole() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.notStreamed("Daily weather, 2012 to 2015.")));
        SseEvents stream = ask("what is in there?");
        assertThat(stream.first("final").data().getString("content")).isEqualTo("Daily weather, 2012 to 2015.");
        assertThat(stream.named("token")).isNotEmpty();
    }

    @Test
    void contentGivenAsPartsIsRead() {
        services.stubFor(agent(CLASSIFIER).willReturn(Misbehaviours.contentParts(EXPLAIN)));
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.finishedStream("Weather.")));
        SseEvents stream = ask("what is in there?");
        assertThat(stream.first("classification").data().getString("intent")).isEqualTo("EXPLAIN_ONLY");
        assertThat(stream.names()).endsWith("final", "done");
    }

    @Test
    void anAnswerCutAtTheLengthLimitGetsOneContinuationThenIsMarkedIncomplete() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.cutAtLength("It holds 1461 days of")));
        SseEvents stream = ask("what is in there?");
        JsonPath fin = stream.first("final").data();
        assertThat(fin.getBoolean("complete")).isFalse();
        assertThat(fin.getString("content")).startsWith("It holds 1461 days of").contains("incomplete");
        services.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(EXPLAINER)));
        services.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Continue exactly where it stopped")));
    }

    @Test
    void aContinuationThatFinishesMakesACompleteAnswer() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.cutAtLength("It holds 1461 ")));
        services.stubFor(agent(EXPLAINER).withRequestBody(containing("Continue exactly"))
                .willReturn(Misbehaviours.finishedStream("days of weather.")));
        JsonPath fin = ask("what is in there?").first("final").data();
        assertThat(fin.getBoolean("complete")).isTrue();
        assertThat(fin.getString("content")).isEqualTo("It holds 1461 days of weather.");
    }

    @Test
    void madeUpNumbersAreReAskedOnceThenShownAndNeverLearned() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT weather, avg(temp_max) AS avg_max FROM "
                + "seattle_weather GROUP BY 1"), COMPOSER, Map.of("answer", "Fog is warmest at 25.3 °C.",
                "insights", List.of("Fog averages 25.3 °C")));
        services.stubFor(agent(COMPOSER).withRequestBody(containing("in none of the results"))
                .willReturn(completion("Fog is still warmest at 25.3 °C; sun averages 17.5 °C.")));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));

        JsonPath fin = ask("which weather is warmest?").first("final").data();
        assertThat(fin.getBoolean("grounded")).isFalse();
        assertThat(fin.getList("unsupportedNumbers")).containsExactly("25.3");
        assertThat(fin.getString("content")).startsWith("Fog is still warmest").contains("Check these numbers:** 25.3");
        assertThat(fin.getList("insights")).isEmpty();
        given().get("/api/sessions/" + sessionId + "/insights").then().statusCode(200).body("size()", equalTo(0));
        services.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("These numbers in it are in none of the results: 25.3")));
    }

    @Test
    void aReAskThatKeepsToTheResultsIsGrounded() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT weather, avg(temp_max) AS avg_max FROM "
                + "seattle_weather GROUP BY 1"), COMPOSER, Map.of("answer", "Fog is warmest at 25.3 °C.",
                "insights", List.of()));
        services.stubFor(agent(COMPOSER).withRequestBody(containing("in none of the results"))
                .willReturn(completion("Sun is warmest at 17.5 °C.\n\nInsights:\n- Sunny days average 17.5 °C")));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));

        JsonPath fin = ask("which weather is warmest?").first("final").data();
        assertThat(fin.getBoolean("grounded")).isTrue();
        assertThat(fin.getString("content")).isEqualTo("Sun is warmest at 17.5 °C.");
        assertThat(fin.getList("insights")).containsExactly("Sunny days average 17.5 °C");
    }

    @Test
    void aNulInToolOutputOrModelTextLosesNothingStored() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT weather FROM seattle_weather"), COMPOSER,
                Map.of("answer", "Sun\u0000 is warmest.", "insights", List.of()));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, Map.of("columns",
                List.of(Map.of("name", "weather", "type", "VARCHAR")), "rows", List.of(List.of("s\u0000un")),
                "rowCount", 1, "truncated", false))));
        SseEvents live = ask("which weather?");
        String chatId = live.last().data().getString("chatId");
        SseEvents stored = SseEvents.parse(given().get("/api/chats/" + chatId + "/events?after=0").then()
                .statusCode(200).extract().asString());
        assertThat(stored.names()).isEqualTo(live.names()).endsWith("final", "done");
        assertThat(stored.first("final").data().getString("content")).isEqualTo("Sun\uFFFD is warmest.");
        given().get("/api/chats/" + chatId + "/messages").then().statusCode(200)
                .body("[1].content", equalTo("Sun\uFFFD is warmest."));
    }

    @Test
    void keysRateLimitedOutOfQuotaAndRevokedAreToldThenExhaustionStopsTheRun() {
        services.stubFor(agent(CLASSIFIER).willReturn(completion("{\"intent\": \"SQL_ONLY\"}")
                .withHeader("X-InsightX-Key", "k4").withHeader("X-InsightX-Rotation-Reasons", "k1=429,k2=402,k3=401")));
        services.stubFor(agent(SQL_AGENT).willReturn(jsonBody(503, Map.of("code", "keys-exhausted"))
                .withHeader("Retry-After", "30")));
        SseEvents stream = ask("average temp_max by weather");
        assertThat(stream.named("key_rotation")).extracting(e -> e.data().getString("fromKey") + ">"
                + e.data().getString("toKey") + ":" + e.data().getString("reason"))
                .containsExactly("k1>k2:429", "k2>k3:402", "k3>k4:401");
        JsonPath error = failsWith("keys-exhausted", stream);
        assertThat(error.getInt("retryAfterSeconds")).isEqualTo(30);
        assertThat(error.getString("message")).contains("30 s");
    }

    private static JsonPath failsWith(String code, SseEvents stream) {
        assertThat(stream.names()).endsWith("error", "done").doesNotContain("final");
        JsonPath error = stream.first("error").data();
        assertThat(error.getString("code")).isEqualTo(code);
        assertThat(error.getBoolean("retryable")).isTrue();
        return error;
    }

    private SseEvents ask(String message) {
        return Chats.ask(sessionId, message);
    }
}
