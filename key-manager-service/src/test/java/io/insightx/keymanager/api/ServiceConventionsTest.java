package io.insightx.keymanager.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.insightx.keymanager.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every InsightX service keeps, on a gateway started with no keys at all. */
@QuarkusTest
class ServiceConventionsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void startsWithoutKeysAndSaysSo() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'llm-keys' }.data.configured", equalTo(0));
        Gateway.api().get("/v1/keys").then().statusCode(200).body("$", empty());
        Gateway.chat(Gateway.CHAT).then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("no-keys"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void refusesCallsWithoutTheToken() {
        given().contentType("application/json").body(Gateway.CHAT).post("/v1/chat/completions").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().get("/v1/keys").then().statusCode(401);
    }

    @Test
    void unknownRoutesAndMalformedJsonAreProblems() {
        Gateway.api().get("/v1/anything").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        Gateway.chat("{\"messages\": [").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-json"));
    }
}
