package io.insightx.orchestrator.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.WEATHER_RESULT;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.insightx.orchestrator.support.AutoModeServices;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An answer the offline analyst wrote at once reaches the reader a line per token event, and is stored so. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = AutoModeServices.class, restrictToAnnotatedClass = true)
class OfflineTokensTest {

    WireMockServer services;
    String sessionId;

    @BeforeEach
    void session() {
        services.resetAll();
        sessionId = WeatherSession.create(services);
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
    }

    @Test
    void aWrittenAnswerIsStreamedALinePerTokenAndReplayedTheSame() {
        SseEvents stream = Chats.ask(sessionId, "average temp_max by weather");
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
}
