package io.insightx.pythontool.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Calls {@code POST /v1/execute} the way the orchestrator does. */
public final class Executions {

    public static final String TOKEN = "Bearer test-token";

    /** Three children of 400 MiB each: every one under the test limit (1 GiB), the three together over it. */
    public static final String TREE_MEMORY_BOMB = """
            import os, time
            for _ in range(3):
                if os.fork() == 0:
                    block = b"x" * (400 * 1024 ** 2)
                    time.sleep(60)
                    os._exit(0)
            os.wait()
            """;

    private Executions() {
    }

    public static RequestSpecification api() {
        return given().header("Authorization", TOKEN);
    }

    public static JsonPath run(String code) {
        return run(code, Map.of());
    }

    /** Runs code that must come back as a 200 (whatever its status) and returns the answer. */
    public static JsonPath run(String code, Map<String, Object> options) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("code", code);
        return api().contentType("application/json").body(body).post("/v1/execute").then()
                .statusCode(200).extract().jsonPath();
    }
}
