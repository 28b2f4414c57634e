package io.insightx.orchestrator.agent.accuracy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The grader: every question of every {@code analyst/*.jsonl} asked through the whole pipeline against the real
 * sql-tool and python-tool, each truth computed by sql-tool from the question's hand-written DuckDB SQL, each
 * answer graded right / partial / refused / wrong. Prints the table and every miss; gates on {@code dev.jsonl}
 * (wrong at most 2 %, right at least 85 %); other files are printed, not gated.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class AnalystAccuracyTest {

    static final String GATED = "dev.jsonl";
    static final double MAX_WRONG = 0.02;
    static final double MIN_RIGHT = 0.85;

    private static final List<Path> DATA_DIRS = List.of(Path.of("src", "test", "resources", "analyst", "data"),
            Path.of("..", "..", "shared", "data"), Path.of("..", "shared", "data"));

    @Inject
    SqlToolClient sqlTool;
    @Inject
    ObjectMapper json;

    /** An uploaded dataset: the session that holds it, its id in sql-tool and its table. */
    record Upload(String session, String toolId, String table) {
    }

    @Test
    void gradesEveryQuestionFile() throws IOException, URISyntaxException {
        List<AnalystCase> cases = load();
        Map<String, Upload> uploads = new HashMap<>();
        GradeTable table = new GradeTable();
        for (AnalystCase c : cases) {
            Upload upload = uploads.computeIfAbsent(c.dataset(), this::upload);
            if (upload.table() == null) {
                table.add(c, Grade.REFUSED, "(dataset could not be uploaded: " + upload.session() + ")", null);
                continue;
            }
            JsonNode truth;
            try {
                truth = truth(c, upload);
            } catch (RuntimeException e) {
                System.out.println("  TRUTH FAILED " + c.id() + ": " + e.getMessage());
                continue;
            }
            String body = given().contentType("application/json")
                    .body(Map.of("sessionId", upload.session(), "message", c.question()))
                    .post("/api/chat/stream").then().statusCode(200).extract().asString();
            Answer answer = Answer.of(SseEvents.parse(body), json);
            table.add(c, AnswerGrader.grade(c, truth, answer), truth.path("rows").toString(), answer);
        }
        System.out.println(table.print());
        Map<Grade, Integer> dev = table.file(GATED);
        int total = dev.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            assertThat((double) dev.getOrDefault(Grade.WRONG, 0) / total).as("share of confidently wrong answers")
                    .isLessThanOrEqualTo(MAX_WRONG);
            assertThat((double) dev.getOrDefault(Grade.RIGHT, 0) / total).as("share of right answers")
                    .isGreaterThanOrEqualTo(MIN_RIGHT);
        }
    }

    private JsonNode truth(AnalystCase c, Upload upload) {
        ObjectNode request = json.createObjectNode().put("sql", c.truthOver(upload.table())).put("maxRows", 1000);
        request.putArray("datasetIds").add(upload.toolId());
        return sqlTool.query(request);
    }

    private Upload upload(String dataset) {
        Path file = DATA_DIRS.stream().map(d -> d.resolve(dataset)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("dataset " + dataset + " not found in " + DATA_DIRS));
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        var response = given().multiPart("file", file.toFile()).post("/api/sessions/" + session + "/datasets");
        if (response.statusCode() != 201) {
            System.out.println("  UPLOAD FAILED " + dataset + ": " + response.statusCode() + " " + response.asString());
            return new Upload(response.statusCode() + " " + response.asString(), null, null);
        }
        JsonPath created = response.jsonPath();
        return new Upload(session, created.getString("toolId"), created.getString("tableName"));
    }

    private List<AnalystCase> load() throws IOException, URISyntaxException {
        Path dir = Path.of(AnalystAccuracyTest.class.getResource("/analyst").toURI());
        List<AnalystCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        cases.add(AnalystCase.of(f.getFileName().toString(), json.readTree(line)));
                    }
                }
            }
        }
        return cases;
    }
}
