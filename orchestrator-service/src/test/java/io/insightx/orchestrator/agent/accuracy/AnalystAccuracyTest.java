package io.insightx.orchestrator.agent.accuracy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The grader: every question of every {@code analyst/*.jsonl} asked through the whole pipeline against the real
 * sql-tool and python-tool, each truth computed independently of the product by DuckDB over the raw file
 * ({@link DuckTruth}) from the question's hand-written SQL, each answer graded right / partial / refused / wrong.
 * Prints the table and every miss; gates on {@code dev.jsonl} only (other files are printed, not gated).
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class AnalystAccuracyTest {

    static final String GATED = "dev.jsonl";
    static final double MAX_WRONG = 0.02;
    /**
     * The issue's target, which dev now meets (208 of 243): a change that loses answers fails. The held-aside sets,
     * which gate nothing, are where the analyst still falls short.
     */
    static final double MIN_RIGHT = 0.85;
    /** While working on one kind of question: {@code -Danalyst.only=<regex over ids>}; the gate then does not apply. */
    private static final String ONLY = System.getProperty("analyst.only");

    @Inject
    ObjectMapper json;

    @Test
    void gradesEveryQuestionFile() throws Exception {
        List<AnalystCase> cases = load();
        GradeTable table = new GradeTable();
        try (DuckTruth truths = new DuckTruth()) {
            grade(cases, truths, table);
        }
        System.out.println(table.print());
        if (ONLY != null) {
            return;
        }
        Map<Grade, Integer> dev = table.file(GATED);
        int total = dev.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("graded questions of " + GATED).isPositive();
        assertThat((double) dev.getOrDefault(Grade.WRONG, 0) / total).as("share of confidently wrong answers")
                .isLessThanOrEqualTo(MAX_WRONG);
        assertThat((double) dev.getOrDefault(Grade.RIGHT, 0) / total).as("share of right answers")
                .isGreaterThanOrEqualTo(MIN_RIGHT);
    }

    private void grade(List<AnalystCase> cases, DuckTruth truths, GradeTable table) {
        DatasetUploads uploads = new DatasetUploads();
        for (AnalystCase c : cases) {
            DatasetUploads.Upload upload = uploads.of(c.dataset());
            if (upload.session() == null) {
                table.add(c, Grade.REFUSED, "(dataset could not be uploaded: " + upload.failure() + ")", null);
                continue;
            }
            JsonNode truth;
            try {
                truth = truths.query(upload.file(), c.truth());
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
        if (ONLY != null) {
            cases.removeIf(c -> !c.id().matches(ONLY));
        }
        return cases;
    }
}
