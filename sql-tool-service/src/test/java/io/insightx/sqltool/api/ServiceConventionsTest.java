package io.insightx.sqltool.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every InsightX service keeps: health, problem+json errors, and the internal token. */
@QuarkusTest
class ServiceConventionsTest {

    static final String TOKEN = "Bearer test-token";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void healthIsOpenWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void refusesCallsWithoutTheToken() {
        given().get("/v1/anything").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("unauthorized"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer wrong-token").get("/v1/anything").then().statusCode(401);
    }

    @Test
    void unknownRouteIsAProblem() {
        given().header("Authorization", TOKEN).get("/v1/anything").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body(not(containsString("<html")));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().header("Authorization", TOKEN).contentType("application/json").body("{\"sql\": ")
                .post("/v1/query").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"))
                .body(not(containsString("at io.")));
    }
}
