package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every InsightX service keeps: health (with the database), problem+json errors. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ServiceConventionsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void sessionsAreCreatedAndRead() {
        String id = given().contentType("application/json").body("{\"title\": \"Weather\"}").post("/api/sessions")
                .then().statusCode(201).body("title", equalTo("Weather")).body("createdAt", notNullValue())
                .body(not(containsString("userId"))).extract().path("id");
        given().get("/api/sessions/" + id).then().statusCode(200).body("id", equalTo(id));
        given().get("/api/sessions/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("session-not-found"));
        given().get("/api/sessions/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownRoutesAndMalformedJsonAreProblems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found")).body(not(containsString("<html")));
        given().contentType("application/json").body("{\"title\": ").post("/api/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("malformed-json"));
    }
}
