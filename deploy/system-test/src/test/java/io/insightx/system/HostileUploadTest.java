package io.insightx.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.system.PublicApi.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One user's hostile upload must not take sql-tool from the others. sql-tool runs with its JSON depth check
 * raised out of the way, so that a JSON array nested a thousand levels deep reaches DuckDB and really crashes it
 * (SIGSEGV): the crash must end only the upload's worker process.
 */
class HostileUploadTest {

    static final Path DATASETS = Stack.ROOT.resolve("sql-tool-service/src/test/resources/datasets");

    static Stack stack;
    static String sqlTool;
    static String orchestrator;
    static PublicApi api;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = new Stack();
        String database = stack.startPostgres();
        sqlTool = stack.start("sql-tool-hostile", "sql-tool-service",
                Map.of("INSIGHTX_STORAGE_DIR", Files.createTempDirectory("system-test-hostile").toString(),
                        "INSIGHTX_UPLOAD_JSON_MAX_DEPTH", "5000"));
        String pythonTool = stack.start("python-tool-hostile", "python-tool-service", Map.of());
        orchestrator = stack.start("orchestrator-hostile", "orchestrator-service", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "", "QUARKUS_REST_CLIENT_SQL_TOOL_URL", sqlTool,
                "QUARKUS_REST_CLIENT_PYTHON_TOOL_URL", pythonTool,
                "QUARKUS_REST_CLIENT_KEY_MANAGER_URL", "http://localhost:" + Stack.freePort(),
                "INSIGHTX_AGENTS_MODE", "offline"));
        api = new PublicApi(orchestrator);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aCrashingUploadCostsOneUploadAndAnotherUsersQueryStillAnswers() throws Exception {
        String alice = api.createSession();
        api.upload(alice, DATASETS.resolve("seattle-weather.csv"));

        String mallory = api.createSession();
        String deep = "[{\"a\": " + "[".repeat(1000) + "]".repeat(1000) + "}]";
        HttpResponse<String> refused = upload(mallory, "deep.json", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = PublicApi.JSON.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("conversion-crashed");
        assertThat(problem.path("detail").asText()).contains("nothing was stored");

        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(sqlTool + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        List<Event> answer = api.ask(alice, null, "average temp_max by weather");
        Event last = answer.stream().filter(e -> e.name().equals("final")).findFirst().orElseThrow();
        assertThat(last.data().path("content").asText()).as(answer.toString()).contains("sun", "19.86");
    }

    private static HttpResponse<String> upload(String session, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "insightx-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HTTP.send(HttpRequest.newBuilder(URI.create(orchestrator + "/api/sessions/" + session + "/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
