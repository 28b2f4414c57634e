package io.insightx.keymanager.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.keymanager.support.FakeUpstream.ALPHA;
import static io.insightx.keymanager.support.FakeUpstream.BRAVO;
import static io.insightx.keymanager.support.FakeUpstream.CHARLIE;
import static io.insightx.keymanager.support.Gateway.ANSWER;
import static io.insightx.keymanager.support.Gateway.CHAT;
import static io.insightx.keymanager.support.Gateway.allKeys;
import static io.insightx.keymanager.support.Gateway.api;
import static io.insightx.keymanager.support.Gateway.chat;
import static io.insightx.keymanager.support.Gateway.completions;
import static io.insightx.keymanager.support.Gateway.ok;
import static io.insightx.keymanager.support.Gateway.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.insightx.keymanager.support.FakeUpstream;
import io.insightx.keymanager.support.Gateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstream.class, restrictToAnnotatedClass = true)
class RotationTest {

    WireMockServer upstream;

    @BeforeEach
    void reset() {
        upstream.resetAll();
        Gateway.enableAllKeys();
    }

    @Test
    void passesTheBodyThroughAndDefaultsTheModel() {
        allKeys(upstream, ok());
        Response response = chat("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}], \"temperature\": 0.1,"
                + " \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"run_sql\"}}]}");
        response.then().statusCode(200).header("X-InsightX-Rotations", "0").body("choices[0].message.content", equalTo("hello"));
        assertThat(response.header("X-InsightX-Key")).matches("k[123]");
        upstream.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\": \"test-model\", \"temperature\": 0.1, \"tools\": [{\"type\": \"function\", "
                        + "\"function\": {\"name\": \"run_sql\"}}]}", true, true)));
    }

    @Test
    void rateLimitedKeyCoolsForRetryAfterAndTheRequestMovesOn() {
        upstream.stubFor(completions(ALPHA).willReturn(status(429).withHeader("Retry-After", "30")));
        upstream.stubFor(completions(BRAVO).willReturn(ok()));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        Instant before = Instant.now();
        long failuresBefore = failures("k1", "429");
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            responses.add(chat(CHAT));
        }
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        Response rotated = responses.stream().filter(r -> r.header("X-InsightX-Rotations").equals("1")).findFirst()
                .orElseThrow();
        assertThat(rotated.header("X-InsightX-Rotation-Reasons")).isEqualTo("k1=429");
        assertThat(rotated.header("X-InsightX-Key")).isIn("k2", "k3");
        JsonPath k1 = key("k1");
        assertThat(k1.getString("state")).isEqualTo("cooling");
        assertThat(Instant.parse(k1.getString("cooldownUntil"))).isBetween(before.plusSeconds(29), Instant.now().plusSeconds(31));
        assertThat(failures("k1", "429") - failuresBefore).isEqualTo(1);
        upstream.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + ALPHA)));
    }

    @Test
    void quotaAndRejectedKeysAreTakenOut() {
        upstream.stubFor(completions(ALPHA).willReturn(status(402)));
        upstream.stubFor(completions(BRAVO).willReturn(status(401)));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        // Round robin starts where earlier tests left it: three requests start on three different keys.
        for (int i = 0; i < 3; i++) {
            chat(CHAT).then().statusCode(200).header("X-InsightX-Key", "k3");
        }
        assertThat(key("k1").getString("state")).isEqualTo("cooling");
        assertThat(Instant.parse(key("k1").getString("cooldownUntil"))).isAfter(Instant.now().plusSeconds(3500));
        assertThat(key("k2").getString("state")).isEqualTo("disabled");
        api().post("/v1/keys/k2/enable").then().statusCode(200).body("state", equalTo("healthy"));
        api().post("/v1/keys/k9/enable").then().statusCode(404).body("code", equalTo("key-not-found"));
    }

    @Test
    void aRateLimitThatSpeaksOfCreditsIsAQuota() {
        upstream.stubFor(completions(ALPHA).willReturn(aResponse().withStatus(429)
                .withBody("{\"error\": \"You have run out of credits\"}")));
        upstream.stubFor(completions(BRAVO).willReturn(ok()));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        for (int i = 0; i < 3; i++) {
            chat(CHAT).then().statusCode(200);
        }
        assertThat(Instant.parse(key("k1").getString("cooldownUntil"))).isAfter(Instant.now().plusSeconds(3500));
    }

    @Test
    void anErrorInsideA200BodyRotatesToo() {
        upstream.stubFor(completions(ALPHA).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"error\": \"Rate limit exceeded\", \"output\": null}")));
        upstream.stubFor(completions(BRAVO).willReturn(ok()));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response response = chat(CHAT);
            response.then().statusCode(200).body("choices[0].message.content", equalTo("hello"));
            reasons.add(String.valueOf(response.header("X-InsightX-Rotation-Reasons")));
        }
        // Read as a 429 (its backoff is 200 ms here, too short to check the state on a loaded machine).
        assertThat(reasons).contains("k1=429");
    }

    @Test
    void serverErrorsAndDroppedConnectionsMoveOnAndOnlyTripAShortCircuit() {
        upstream.stubFor(completions(ALPHA).willReturn(status(500)));
        upstream.stubFor(completions(BRAVO).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        long serverErrors = failures("k1", "500");
        long dropped = failures("k2", "unreachable");
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response response = chat(CHAT);
            response.then().statusCode(200).header("X-InsightX-Key", "k3");
            reasons.add(String.valueOf(response.header("X-InsightX-Rotation-Reasons")));
        }
        assertThat(String.join(",", reasons)).contains("k1=500").contains("k2=unreachable");
        // Three in a row open the key's circuit for a second (circuit-cooldown), never longer.
        JsonPath k1 = key("k1");
        assertThat(k1.getString("state")).isIn("healthy", "cooling");
        if (k1.getString("cooldownUntil") != null) {
            assertThat(Instant.parse(k1.getString("cooldownUntil"))).isBefore(Instant.now().plusSeconds(2));
        }
        assertThat(failures("k1", "500")).isGreaterThan(serverErrors);
        assertThat(failures("k2", "unreachable")).isGreaterThan(dropped);
    }

    @Test
    void requestErrorsGoBackUntouched() {
        allKeys(upstream, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"bad tool schema\"}}"));
        chat(CHAT).then().statusCode(400).header("X-InsightX-Rotations", "0")
                .body("error.message", equalTo("bad tool schema"));
        upstream.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void whenEveryKeyIsCoolingTheAnswerIs503WithRetryAfter() {
        allKeys(upstream, status(429).withHeader("Retry-After", "60"));
        Response response = chat(CHAT);
        response.then().statusCode(503).contentType("application/problem+json").body("code", equalTo("keys-exhausted"))
                .header("X-InsightX-Rotations", "3");
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(58, 61);
        upstream.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aShortCooldownIsWaitedFor() {
        allKeys(upstream, status(429).withHeader("Retry-After", "1"));
        upstream.stubFor(completions(ALPHA).inScenario("recovers").whenScenarioStateIs("Started")
                .willReturn(status(429).withHeader("Retry-After", "1")).willSetStateTo("recovered"));
        upstream.stubFor(completions(ALPHA).inScenario("recovers").whenScenarioStateIs("recovered").willReturn(ok()));
        Response response = chat(CHAT);
        response.then().statusCode(200).header("X-InsightX-Key", "k1");
        assertThat(Integer.parseInt(response.header("X-InsightX-Rotations"))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void streamsAreRelayedAsTheyArriveAfterRotatingBeforeTheFirstByte() {
        String events = "data: {\"choices\":[{\"delta\":{\"content\":\"hel\"}}]}\n\n"
                + "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\ndata: [DONE]\n\n";
        upstream.stubFor(completions(ALPHA).willReturn(status(429).withHeader("Retry-After", "30")));
        upstream.stubFor(completions(BRAVO).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events)));
        upstream.stubFor(completions(CHARLIE).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events)));
        for (int i = 0; i < 3; i++) {
            Response response = chat("{\"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");
            response.then().statusCode(200).header("Content-Type", "text/event-stream");
            assertThat(response.asString()).isEqualTo(events);
        }
    }

    @Test
    void fairAcrossKeys() {
        allKeys(upstream, ok());
        long[] before = {key("k1").getLong("requests"), key("k2").getLong("requests"), key("k3").getLong("requests")};
        for (int i = 0; i < 30; i++) {
            chat(CHAT).then().statusCode(200);
        }
        for (int k = 0; k < 3; k++) {
            assertThat(key("k" + (k + 1)).getLong("requests") - before[k]).isEqualTo(10);
        }
    }

    @Test
    void concurrentRequestsDuringRotationAllSucceed() {
        upstream.stubFor(completions(ALPHA).willReturn(status(429).withHeader("Retry-After", "30")));
        upstream.stubFor(completions(BRAVO).willReturn(ok().withFixedDelay(20)));
        upstream.stubFor(completions(CHARLIE).willReturn(ok().withFixedDelay(20)));
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> chat(CHAT).statusCode(), callers));
            }
            assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void modelsComeFromTheUpstream() {
        upstream.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":[{\"id\":\"test-model\"}]}")));
        api().get("/v1/models").then().statusCode(200).body("data[0].id", equalTo("test-model"));
    }

    @Test
    void malformedRequestsAreProblems() {
        chat("{\"messages\": ").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-json"));
        chat("{\"prompt\": \"hi\"}").then().statusCode(400).body("code", equalTo("invalid-request"));
        upstream.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(ANSWER).contains("hello");
    }

    private static long failures(String id, String status) {
        Object count = key(id).get("failures.'" + status + "'");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static JsonPath key(String id) {
        return new JsonPath(api().get("/v1/keys").then().statusCode(200).extract().asString())
                .setRootPath("find { it.id == '" + id + "' }");
    }
}
