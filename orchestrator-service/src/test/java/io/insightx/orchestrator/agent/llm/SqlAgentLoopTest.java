package io.insightx.orchestrator.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.COMPOSER;
import static io.insightx.orchestrator.support.Scripts.SQL_AGENT;
import static io.insightx.orchestrator.support.Scripts.WEATHER_RESULT;
import static io.insightx.orchestrator.support.Scripts.agent;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.insightx.orchestrator.support.Scripts.says;
import static io.insightx.orchestrator.support.Scripts.scriptAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.ImpatientLlm;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL agent looks at the data before it answers, learns from every failure, and never runs one twice. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = ImpatientLlm.class, restrictToAnnotatedClass = true)
class SqlAgentLoopTest {

    WireMockServer services;
    String sessionId;

    @Inject
    StructuredOutput format;

    @BeforeEach
    void textRepliesAndASession() {
        services.resetAll();
        format.relearn(StructuredOutput.Format.TEXT);
        sessionId = WeatherSession.create(services);
    }

    @Test
    void itLooksAtDistinctValuesBeforeFilteringAndEachLookIsShown() {
        scriptAnswer(services, "SQL_ONLY", COMPOSER, Map.of("answer", "Sun: 17.5.", "insights", List.of()));
        services.stubFor(agent(SQL_AGENT).willReturn(says(Map.of("look", Map.of("sql",
                "SELECT DISTINCT weather FROM seattle_weather", "purpose", "how sun is spelled")))));
        services.stubFor(agent(SQL_AGENT).withRequestBody(containing("result of run_sql")).willReturn(says(Map.of(
                "sql", "SELECT weather, avg(temp_max) AS avg_max FROM seattle_weather WHERE weather = 'sun' GROUP BY 1"))));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));

        SseEvents stream = ask("average temp_max on sunny days");
        List<SseEvents.Event> calls = stream.named("tool_call").stream()
                .filter(e -> e.data().getString("tool").equals("run_sql")).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).data().getBoolean("input.look")).isTrue();
        assertThat(calls.get(0).data().getString("input.purpose")).isEqualTo("how sun is spelled");
        assertThat(calls.get(1).data().getString("input.sql")).contains("weather = 'sun'");
        assertThat(stream.first("final").data().getList("artifacts.kind")).containsExactly("sql", "table");
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(SQL_AGENT))
                .withRequestBody(containing("\\\"sun\\\"")));
    }

    @Test
    void everyFailureGoesBackAndARepeatedFailureStopsTheLoop() {
        scriptAnswer(services, "SQL_ONLY");
        services.stubFor(agent(SQL_AGENT).willReturn(says(Map.of("sql", "SELECT humidity FROM seattle_weather"))));
        services.stubFor(agent(SQL_AGENT).withRequestBody(containing("Your previous SQL failed"))
                .withRequestBody(not(containing("Earlier attempts"))).willReturn(says(Map.of("sql",
                        "SELECT hum FROM seattle_weather"))));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(400, Map.of("code", "sql-error",
                "detail", "Binder Error: Referenced column not found"))));

        SseEvents stream = ask("average humidity");
        assertThat(stream.names()).endsWith("error", "done").doesNotContain("final");
        assertThat(stream.first("error").data().getString("code")).isEqualTo("sql-failed");
        assertThat(stream.first("error").data().getString("message"))
                .startsWith("The SQL agent wrote the same query again after it had failed");
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Earlier attempts"))
                .withRequestBody(containing("SELECT humidity FROM seattle_weather")));
        services.verify(2, postRequestedFor(urlEqualTo("/v1/query")));
    }

    private SseEvents ask(String message) {
        return Chats.ask(sessionId, message);
    }
}
