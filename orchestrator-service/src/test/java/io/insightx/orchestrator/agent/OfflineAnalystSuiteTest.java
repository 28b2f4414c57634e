package io.insightx.orchestrator.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The offline analyst through the whole pipeline, against the real sql-tool and python-tool services: every
 * question of {@code questions/suite.tsv} over four real datasets, each expectation computed beforehand by a
 * hand-written DuckDB query (kept in the suite). Reports the accuracy and lists every miss by question. A chart is
 * the Vega-Lite spec drawn from the query's rows, with no Python step unless the question asks for Python.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class OfflineAnalystSuiteTest {

    static final Path DATASETS = Path.of("..", "sql-tool-service", "src", "test", "resources", "datasets");

    record Case(String dataset, String question, String expectation) {
    }

    @Test
    void answersTheQuestionSuite() throws IOException {
        List<Case> cases = load();
        Map<String, String> sessions = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            String session = sessions.computeIfAbsent(c.dataset(), OfflineAnalystSuiteTest::sessionWith);
            String body = given().contentType("application/json").body(Map.of("sessionId", session, "message", c.question()))
                    .post("/api/chat/stream").then().statusCode(200).extract().asString();
            check(SseEvents.parse(body), c.expectation()).ifPresent(why -> misses.add(c.dataset() + " | " + c.question()
                    + " | expected " + c.expectation() + " | " + why));
        }
        double accuracy = 1.0 - (double) misses.size() / cases.size();
        System.out.printf(Locale.ROOT, "Offline analyst: %d of %d questions answered correctly (%.1f%%)%n",
                cases.size() - misses.size(), cases.size(), accuracy * 100);
        misses.forEach(m -> System.out.println("  MISS " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(accuracy).as("accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    /** Empty when the answer meets the expectation, else what was wrong. */
    static Optional<String> check(SseEvents stream, String expectation) {
        if (!stream.named("error").isEmpty()) {
            return Optional.of("error: " + stream.first("error").data().getString("message"));
        }
        if (stream.named("final").isEmpty()) {
            return Optional.of("no final answer");
        }
        String kind = expectation.contains(":") ? expectation.substring(0, expectation.indexOf(':')) : expectation;
        String expected = expectation.substring(expectation.indexOf(':') + 1);
        JsonPath sql = lastOk(stream, "run_sql");
        String content = stream.first("final").data().getString("content");
        return switch (kind) {
            case "value" -> sql == null ? Optional.of("no SQL result") : firstNumber(sql)
                    .filter(v -> close(v, Double.parseDouble(expected))).map(v -> Optional.<String>empty())
                    .orElse(Optional.of("got " + sql.getList("output.rows").stream().findFirst().orElse(null)));
            case "top" -> sql == null || sql.getList("output.rows").isEmpty() ? Optional.of("no rows")
                    : String.valueOf(sql.getList("output.rows[0]").get(0)).equalsIgnoreCase(expected) ? Optional.empty()
                    : Optional.of("got " + sql.getList("output.rows[0]"));
            case "rows" -> sql != null && sql.getInt("output.rowCount") == Integer.parseInt(expected) ? Optional.empty()
                    : Optional.of("got " + (sql == null ? "no SQL result" : sql.getInt("output.rowCount") + " rows"));
            case "text" -> content.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("answer was: " + content.lines().findFirst().orElse(""));
            case "r" -> sql == null || !close(((Number) sql.getList("output.rows[0]").get(2)).doubleValue(),
                    Double.parseDouble(expected))
                    ? Optional.of("got " + (sql == null ? "no SQL result" : sql.get("output.rows[0]")))
                    : chart(stream, content, String.format(Locale.ROOT, "r = %.2f", Double.parseDouble(expected)),
                            false);
            case "figure" -> chart(stream, content, expectation.contains(":") ? expected : "", false);
            case "python" -> chart(stream, content, expected, true);
            default -> Optional.of("unknown expectation " + expectation);
        };
    }

    /**
     * A chart answer: the Vega-Lite spec drawn from the query's rows, a Python figure only when the question asked
     * for one (and then no word of it left unused), and the answer's text quoting the expected figures.
     */
    private static Optional<String> chart(SseEvents stream, String content, String text, boolean python) {
        JsonPath run = lastOk(stream, "run_python");
        JsonPath fin = stream.first("final").data();
        if (!fin.getList("artifacts.kind").contains("vega-lite")) {
            return Optional.of("no Vega-Lite spec");
        }
        boolean ran = stream.named("tool_call").stream().anyMatch(e -> "run_python".equals(e.data().getString("tool")));
        if (!python && ran) {
            return Optional.of("Python ran for a chart the browser draws");
        }
        if (python && (run == null || run.getList("output.figures").isEmpty() || !fin.getList("ignored").isEmpty())) {
            return Optional.of(run == null ? "no Python figure" : "ignored " + fin.getList("ignored"));
        }
        return content.contains(text) ? Optional.empty()
                : Optional.of("answer was: " + content.lines().findFirst().orElse(""));
    }

    private static JsonPath lastOk(SseEvents stream, String tool) {
        JsonPath found = null;
        for (SseEvents.Event e : stream.named("tool_result")) {
            if (tool.equals(e.data().getString("tool")) && e.data().getBoolean("ok")) {
                found = e.data();
            }
        }
        return found;
    }

    private static Optional<Double> firstNumber(JsonPath sql) {
        List<Object> rows = sql.getList("output.rows");
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        for (Object cell : (List<?>) rows.get(0)) {
            if (cell instanceof Number n) {
                return Optional.of(n.doubleValue());
            }
        }
        return Optional.empty();
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= 0.011 * Math.max(1, Math.abs(expected) / 100);
    }

    private static String sessionWith(String dataset) {
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        given().multiPart("file", DATASETS.resolve(dataset).toFile()).post("/api/sessions/" + session + "/datasets")
                .then().statusCode(201);
        return session;
    }

    private static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = OfflineAnalystSuiteTest.class.getResourceAsStream("/questions/suite.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                cases.add(new Case(f[0], f[1], f[2]));
            }
        }
        return cases;
    }
}
