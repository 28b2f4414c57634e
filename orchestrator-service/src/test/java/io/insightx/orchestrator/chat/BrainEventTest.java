package io.insightx.orchestrator.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.WEATHER_RESULT;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.insightx.orchestrator.support.AutoModeServices;
import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In auto mode, the person is told when the offline analyst stands in for the LLM, why, and until when. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = AutoModeServices.class, restrictToAnnotatedClass = true)
class BrainEventTest {

    WireMockServer services;
    String sessionId;

    @BeforeEach
    void session() {
        services.resetAll();
        sessionId = WeatherSession.create(services);
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
    }

    @Test
    void keysCoolingSayUntilWhenBeforeTheClassification() {
        services.stubFor(get(urlEqualTo("/v1/keys")).willReturn(jsonBody(200, List.of(
                Map.of("id", "k1", "state", "cooling", "cooldownUntil", "2026-12-02T00:40:00Z"),
                Map.of("id", "k2", "state", "cooling", "cooldownUntil", "2026-12-02T00:30:00Z"),
                Map.of("id", "k3", "state", "disabled")))));
        SseEvents stream = ask("average temp_max by weather");
        JsonPath brain = stream.first("brain").data();
        assertThat(brain.getString("mode")).isEqualTo("offline");
        assertThat(brain.getString("reason")).contains("cooling down");
        assertThat(brain.getString("until")).isEqualTo("2026-12-02T00:30:00Z");
        assertThat(stream.names().indexOf("brain")).isLessThan(stream.names().indexOf("classification"));
    }

    @Test
    void aGatewayThatIsDownIsSaidToo() {
        SseEvents stream = ask("average temp_max by weather");
        assertThat(stream.first("brain").data().getString("reason")).contains("not reachable");
        assertThat(stream.first("brain").data().getString("until")).isNull();
    }

    @Test
    void aHealthyKeyMeansTheLlmAnswersWithoutABrainEvent() {
        services.stubFor(get(urlEqualTo("/v1/keys")).willReturn(jsonBody(200, List.of(
                Map.of("id", "k1", "state", "healthy")))));
        services.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(jsonBody(503,
                Map.of("code", "keys-exhausted"))));
        SseEvents stream = ask("average temp_max by weather");
        assertThat(stream.names()).doesNotContain("brain");
        assertThat(stream.first("error").data().getString("code")).isEqualTo("keys-exhausted");
    }

    /** The offline analyst writes its answer at once: it reaches the reader a line per token, and is stored so. */
    @Test
    void aWrittenAnswerIsStreamedALinePerTokenAndReplayedTheSame() {
        SseEvents stream = ask("average temp_max by weather");
        String content = stream.first("final").data().getString("content");
        List<String> tokens = texts(stream);

        assertThat(String.join("", tokens)).isEqualTo(content);
        assertThat(tokens).hasSize(content.split("\n", -1).length - (content.endsWith("\n") ? 1 : 0));
        assertThat(tokens.subList(0, tokens.size() - 1)).allMatch(t -> t.endsWith("\n") && t.indexOf('\n') == t.length() - 1);

        String chatId = stream.last().data().getString("chatId");
        SseEvents replayed = SseEvents.parse(given().get("/api/chats/" + chatId + "/events?after=0").then()
                .statusCode(200).extract().asString());
        assertThat(replayed.names()).isEqualTo(stream.names());
        assertThat(texts(replayed)).isEqualTo(tokens);
    }

    private static List<String> texts(SseEvents stream) {
        return stream.named("token").stream().map(e -> e.data().getString("text")).toList();
    }

    private SseEvents ask(String message) {
        return Chats.ask(sessionId, message);
    }
}
