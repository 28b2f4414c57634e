package io.insightx.orchestrator.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.EXPLAINER;
import static io.insightx.orchestrator.support.Scripts.SQL_AGENT;
import static io.insightx.orchestrator.support.Scripts.WEATHER_DATASET;
import static io.insightx.orchestrator.support.Scripts.agent;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.insightx.orchestrator.support.Scripts.scriptAnswer;
import static io.insightx.orchestrator.support.Scripts.streamsText;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.insightx.orchestrator.support.Chromium;
import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the LLM brain shows in the workspace, with key-manager and the tools scripted (WireMock): key rotations
 * as toasts; exhausted keys, a service that is down and SQL that could not be fixed as sentences, never raw JSON.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class WorkspaceLlmBrowserTest {

    @TestHTTPResource("/")
    URL workspace;

    WireMockServer services;
    Chromium chromium;

    @BeforeEach
    void sessionWithADatasetInChromium() {
        services.resetAll();
        services.stubFor(post(urlEqualTo("/v1/datasets")).willReturn(jsonBody(201, WEATHER_DATASET)));
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then()
                .statusCode(201).extract().path("id");
        given().multiPart("file", "seattle-weather.csv", "date,weather\n2012-01-01,rain\n".getBytes())
                .post("/api/sessions/" + session + "/datasets").then().statusCode(201);
        chromium = Chromium.open();
        chromium.driver.get(workspace + "?session=" + session);
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
    }

    @AfterEach
    void closeChromium() {
        chromium.close();
    }

    @Test
    void keyRotationsShowInTheStream() {
        scriptAnswer(services, "EXPLAIN_ONLY");
        services.stubFor(agent(EXPLAINER).willReturn(streamsText("Daily **Seattle** weather, 2012 to 2015.")
                .withHeader("X-InsightX-Key", "k3").withHeader("X-InsightX-Rotations", "2")
                .withHeader("X-InsightX-Rotation-Reasons", "k1=429,k2=401")));

        chromium.type("what is this dataset about?");
        chromium.waitFor(d -> chromium.text("messages").contains("key k2 → k3 (401)"));
        assertThat(chromium.text("toasts")).as("steps are not toasts").isEmpty();
        chromium.shot("llm-1-key-rotation-in-the-stream");
        chromium.waitFor(d -> chromium.finishedAnswers() == 1);
        assertThat(chromium.lastAnswer().getText()).contains("Daily Seattle weather");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aServiceThatIsDownAndSqlThatCannotBeFixedAreToldInWords() {
        scriptAnswer(services, "SQL_ONLY", SQL_AGENT, Map.of("sql", "SELECT nonsense FROM seattle_weather"));
        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        chromium.ask("average temp_max by weather");
        assertThat(chromium.lastAnswer().getText()).contains("A service InsightX needs is not answering right now")
                .doesNotContain("{").doesNotContain("tool-unavailable");

        services.stubFor(post(urlEqualTo("/v1/query")).willReturn(jsonBody(400, Map.of("code", "sql-error",
                "detail", "Binder Error: Referenced column \"nonsense\" not found"))));
        chromium.ask("average temp_max by weather, again");
        assertThat(chromium.lastAnswer().getText()).startsWith("The SQL agent wrote the same query again after it had failed")
                .contains("nonsense").doesNotContain("{\"");
        chromium.shot("llm-3-service-down-and-sql-not-fixed");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void exhaustedKeysSayWhenToTryAgain() {
        services.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(jsonBody(503,
                Map.of("code", "keys-exhausted")).withHeader("Retry-After", "42")));

        chromium.ask("average temp_max by weather");
        assertThat(chromium.lastAnswer().getText()).contains("Every LLM key is busy or out of quota; try again in 42 s")
                .doesNotContain("{").doesNotContain("keys-exhausted");
        chromium.shot("llm-2-keys-exhausted");
        assertThat(chromium.consoleErrors()).isEmpty();
    }
}
