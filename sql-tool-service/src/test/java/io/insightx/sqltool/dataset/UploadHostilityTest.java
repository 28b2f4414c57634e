package io.insightx.sqltool.dataset;

import static io.insightx.sqltool.support.TestDatasets.api;
import static io.insightx.sqltool.support.TestDatasets.bytes;
import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.insightx.sqltool.support.TestDatasets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Uploads made to hurt: each is refused with a clear problem, nothing of it is kept, and the service goes on. */
@QuarkusTest
class UploadHostilityTest {

    @Test
    void jsonArraysNestedAThousandDeepAreRefusedBeforeDuckDbReadsThem() {
        String scope = newScope();
        String deep = "[{\"a\": " + "[".repeat(1000) + "]".repeat(1000) + "}]";
        post("deep.json", deep.getBytes(StandardCharsets.UTF_8), scope).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("json-too-deep"))
                .body("detail", containsString("16 levels"));
        assertServiceAnswers(scope);
    }

    @Test
    void objectsNestedAThousandDeepAreRefused() {
        String scope = newScope();
        String deep = "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000);
        post("deep.ndjson", deep.getBytes(StandardCharsets.UTF_8), scope).statusCode(422)
                .body("code", equalTo("json-too-deep"));
        assertServiceAnswers(scope);
    }

    @Test
    void aConverterThatCrashesCostsOneUploadNotTheService() {
        String scope = newScope();
        post("crash.csv", "INSIGHTX-TEST-CRASH,b\n1,2\n".getBytes(StandardCharsets.UTF_8), scope).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("conversion-crashed"))
                .body("detail", containsString("exit code 134"));
        assertServiceAnswers(scope);
    }

    @Test
    void aHeaderOfTooManyFieldsIsRefusedBeforeDuckDbSniffsIt() {
        String scope = newScope();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 2001; i++) {
            csv.append(i == 0 ? "" : ",").append("c").append(i);
        }
        csv.append("\n").append("1,".repeat(2000)).append("1\n");
        post("wide.csv", csv.toString().getBytes(StandardCharsets.UTF_8), scope).statusCode(422)
                .body("code", equalTo("too-many-columns")).body("detail", containsString("2001 fields"));
        StringBuilder json = new StringBuilder("[{");
        for (int i = 0; i < 2001; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
        }
        post("wide.json", json.append("}]").toString().getBytes(StandardCharsets.UTF_8), scope).statusCode(422)
                .body("code", equalTo("too-many-columns"));
        assertServiceAnswers(scope);
    }

    @Test
    void controlCharactersLeaveFileNamesBeforeAnythingStoresThem() {
        String scope = newScope();
        post("we\u0000ath\u0007er.tsv", bytes("tabs.tsv"), scope).statusCode(201)
                .body("name", equalTo("weather.tsv")).body("tableName", equalTo("weather"));
        api().multiPart("file", "x.tsv", bytes("tabs.tsv")).multiPart("name", "sales\u0000 2024")
                .multiPart("scope", scope).post("/v1/datasets").then().statusCode(201)
                .body("name", equalTo("sales 2024"));
    }

    @Test
    void aContentLengthShorterThanTheBodyIsABadRequest() throws IOException {
        String body = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n\r\na,b\n1,2\n\r\n--B--\r\n";
        String request = "POST /v1/datasets HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TestDatasets.TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 40\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write((request + body).getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("\"code\":\"malformed-body\"");
        }
        assertServiceAnswers(newScope());
    }

    /** The service still converts and queries, and kept nothing of the refused uploads. */
    private static void assertServiceAnswers(String scope) {
        api().queryParam("scope", scope).get("/v1/datasets").then().statusCode(200).body("size()", equalTo(0));
        post("tabs.tsv", bytes("tabs.tsv"), scope).statusCode(201).body("rowCount", equalTo(3));
    }
}
