package io.insightx.keymanager.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Helpers to script the fake provider and to call the gateway as the orchestrator would. */
public final class Gateway {

    public static final String TOKEN = "Bearer test-token";
    public static final String CHAT = "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";
    public static final String ANSWER = "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"hello\"}}]}";

    private Gateway() {
    }

    public static RequestSpecification api() {
        return given().header("Authorization", TOKEN);
    }

    public static Response chat(String body) {
        return api().contentType("application/json").body(body).post("/v1/chat/completions");
    }

    public static MappingBuilder completions(String key) {
        return post(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", equalTo("Bearer " + key));
    }

    public static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ANSWER);
    }

    public static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"status " + status + "\"}}");
    }

    /** Every key answers the same. */
    public static void allKeys(WireMockServer upstream, ResponseDefinitionBuilder response) {
        for (String key : List.of(FakeUpstream.ALPHA, FakeUpstream.BRAVO, FakeUpstream.CHARLIE)) {
            upstream.stubFor(completions(key).willReturn(response));
        }
    }

    /** Puts every key back in service, as an operator would, so that tests do not see each other's cooldowns. */
    public static void enableAllKeys() {
        for (String id : List.of("k1", "k2", "k3")) {
            api().post("/v1/keys/" + id + "/enable").then().statusCode(200);
        }
    }
}
