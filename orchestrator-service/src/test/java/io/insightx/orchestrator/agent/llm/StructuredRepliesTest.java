package io.insightx.orchestrator.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.CLASSIFIER;
import static io.insightx.orchestrator.support.Scripts.COMPOSER;
import static io.insightx.orchestrator.support.Scripts.EXPLAINER;
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
import io.insightx.orchestrator.support.Misbehaviours;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.SseEvents;
import io.insightx.orchestrator.support.WeatherSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies in the shapes providers really give: tool calls, refusals of tools, reasoning, fences, refusals to answer. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = ImpatientLlm.class, restrictToAnnotatedClass = true)
class StructuredRepliesTest {

    WireMockServer services;
    String sessionId;

    @Inject
    StructuredOutput format;

    @BeforeEach
    void freshProviderAndSession() {
        services.resetAll();
        format.relearn(StructuredOutput.Format.TOOLS);
        sessionId = WeatherSession.create(services);
    }

    @Test
    void aProviderThatCallsToolsIsAskedWithTools() {
        services.stubFor(agent(CLASSIFIER).willReturn(Misbehaviours.callsTool("answer",
                Map.of("intent", "EXPLAIN_ONLY", "reason", "about the data"))));
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.finishedStream("Weather.")));
        SseEvents stream = ask("what is in there?");
        assertThat(stream.first("classification").data().getString("intent")).isEqualTo("EXPLAIN_ONLY");
        services.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(CLASSIFIER))
                .withRequestBody(containing("\"tool_choice\":\"required\"")));
        assertThat(format.current()).isEqualTo(StructuredOutput.Format.TOOLS);
    }

    @Test
    void aProviderRefusingToolsIsAskedForJsonInTextFromThenOn() {
        services.stubFor(agent(CLASSIFIER).willReturn(says(Map.of("intent", "EXPLAIN_ONLY", "reason", "r"))));
        services.stubFor(agent(CLASSIFIER).withRequestBody(containing("\"tools\"")).willReturn(
                Misbehaviours.refuses("tools")));
        services.stubFor(agent(EXPLAINER).willReturn(Misbehaviours.finishedStream("Weather.")));
        assertThat(ask("what is in there?").names()).endsWith("final", "done");
        assertThat(ask("and what else?").names()).endsWith("final", "done");
        services.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("\"tools\"")));
        assertThat(format.current()).isEqualTo(StructuredOutput.Format.TEXT);
    }

    @Test
    void reasoningFencesAndLooseIntentsCostNoCorrection() {
        services.stubFor(agent(CLASSIFIER).willReturn(Misbehaviours.thinking(Map.of("intent", "sql-only",
                "reason", "a grouping"))));
        services.stubFor(agent(SQL_AGENT).willReturn(Misbehaviours.thinking(Map.of("sql",
                "```sql\nSELECT weather, avg(temp_max) AS avg_max FROM seattle_weather GROUP BY 1\n```"))));
        services.stubFor(agent(COMPOSER).willReturn(Misbehaviours.finishedStream("Sun: 17.5, rain: 13.5.")));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(200, WEATHER_RESULT)));
        SseEvents stream = ask("average temp_max by weather");
        assertThat(stream.first("classification").data().getString("intent")).isEqualTo("SQL_ONLY");
        assertThat(stream.named("tool_call").stream().filter(e -> e.data().getString("tool").equals("run_sql"))
                .map(e -> e.data().getString("input.sql")))
                .containsExactly("SELECT weather, avg(temp_max) AS avg_max FROM seattle_weather GROUP BY 1");
    }

    @Test
    void theSqlAgentSayingTheDataCannotAnswerEndsTheRunWithWhyAndWhatElse() {
        scriptAnswer(services, "SQL_ONLY");
        services.stubFor(agent(SQL_AGENT).willReturn(Misbehaviours.callsTool("cannot_answer", Map.of(
                "explanation", "there is no humidity column.", "suggestions", List.of("average temp_max by weather")))));
        SseEvents stream = ask("average humidity by month");
        JsonPath fin = stream.first("final").data();
        assertThat(fin.getString("understood")).isEqualTo("none");
        assertThat(fin.getString("content")).contains("there is no humidity column")
                .contains("- average temp_max by weather");
        assertThat(stream.named("tool_call")).noneMatch(e -> e.data().getString("tool").equals("run_sql"));
    }

    @Test
    void aRefusalWrittenAsTextIsUnderstoodToo() {
        format.relearn(StructuredOutput.Format.TEXT);
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("cannot_answer", Map.of("explanation",
                "there is no humidity column.", "suggestions", List.of())));
        JsonPath fin = ask("average humidity").first("final").data();
        assertThat(fin.getString("understood")).isEqualTo("none");
        assertThat(fin.getString("content")).startsWith("This data cannot answer that question");
    }

    private SseEvents ask(String message) {
        return Chats.ask(sessionId, message);
    }
}
