package io.insightx.pythontool.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.insightx.pythontool.support.Executions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every InsightX service keeps: health, problem+json errors, and the internal token. */
@QuarkusTest
class ServiceConventionsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void healthIsOpenAndReportsTheSandbox() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'python-sandbox' }.data.sandbox", equalTo("bubblewrap"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"), containsString("insightx_python_kernels_live"),
                containsString("insightx_python_kernel_memory_limit_bytes"));
    }

    @Test
    void refusesCallsWithoutTheToken() {
        given().contentType("application/json").body("{\"code\": \"1\"}").post("/v1/execute").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().get("/v1/anything").then().statusCode(401);
    }

    @Test
    void unknownRouteAndMalformedJsonAreProblems() {
        Executions.api().get("/v1/anything").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
        Executions.api().contentType("application/json").body("{\"code\": ").post("/v1/execute").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-json"))
                .body(not(containsString("at io.")));
        Executions.api().contentType("application/json").body("{}").post("/v1/execute").then()
                .statusCode(400).body("code", equalTo("invalid-request"));
        Executions.api().contentType("application/json").body("{\"code\": \"1\", \"timeoutMs\": 0}")
                .post("/v1/execute").then().statusCode(400).body("detail", containsString("timeoutMs"));
    }
}
