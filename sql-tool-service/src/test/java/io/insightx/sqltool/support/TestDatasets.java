package io.insightx.sqltool.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Uploads the fixture files under {@code src/test/resources/datasets} through the real API. */
public final class TestDatasets {

    public static final String TOKEN = "Bearer test-token";

    private TestDatasets() {
    }

    public static RequestSpecification api() {
        return given().header("Authorization", TOKEN);
    }

    /** A scope of its own per test, so that table names never depend on what other tests uploaded. */
    public static String newScope() {
        return "test-" + UUID.randomUUID();
    }

    public static byte[] bytes(String fixture) {
        try (InputStream in = TestDatasets.class.getResourceAsStream("/datasets/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse post(String fileName, byte[] content, String scope) {
        return api().multiPart("file", fileName, content, "application/octet-stream")
                .multiPart("scope", scope)
                .post("/v1/datasets").then();
    }

    /** Uploads a fixture that must be accepted and returns the created dataset, its numbers read as doubles. */
    public static JsonPath upload(String fixture, String scope) {
        String body = post(fixture, bytes(fixture), scope).statusCode(201).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
