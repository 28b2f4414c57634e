package io.insightx.orchestrator.agent.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.support.RealToolServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
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
    /** Datasets asked about at a time: the machine has two cores, and a question keeps one of them mostly busy. */
    private static final int WORKERS = 2;
    /** While working on one kind of question: {@code -Danalyst.only=<regex over ids>}; the gate then does not apply. */
    private static final String ONLY = System.getProperty("analyst.only");

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/chat/stream")
    URL chatStream;

    @Test
    void gradesEveryQuestionFile() throws Exception {
        List<AnalystCase> cases = load();
        GradeTable table = new GradeTable();
        grade(cases).forEach(g -> table.add(g.c(), g.grade(), g.expected(), g.answer()));
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

    /** A question and how it was answered; a question whose truth failed has none. */
    private record Graded(AnalystCase c, Grade grade, String expected, Answer answer) {
    }

    /**
     * Every question graded, in the order asked. Each question is a chat of its own, so the datasets are asked about
     * side by side ({@link #WORKERS} at a time, each with its own truths), which keeps both cores busy.
     */
    private List<Graded> grade(List<AnalystCase> cases) throws Exception {
        DatasetUploads uploads = new DatasetUploads();
        ChatClient chat = new ChatClient(chatStream, json);
        Map<String, List<AnalystCase>> byDataset = cases.stream()
                .collect(Collectors.groupingBy(AnalystCase::dataset, LinkedHashMap::new, Collectors.toList()));
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<List<Graded>>> asked = new ArrayList<>();
            for (List<AnalystCase> questions : byDataset.values()) {
                asked.add(pool.submit(() -> grade(questions, uploads, chat)));
            }
            Map<AnalystCase, Graded> graded = new HashMap<>();
            for (Future<List<Graded>> f : asked) {
                f.get().forEach(g -> graded.put(g.c(), g));
            }
            return cases.stream().map(graded::get).filter(Objects::nonNull).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The questions of one dataset, asked one after the other. */
    private List<Graded> grade(List<AnalystCase> questions, DatasetUploads uploads, ChatClient chat) throws Exception {
        List<Graded> graded = new ArrayList<>();
        try (DuckTruth truths = new DuckTruth()) {
            for (AnalystCase c : questions) {
                DatasetUploads.Upload upload = uploads.of(c.dataset());
                if (upload.session() == null) {
                    graded.add(new Graded(c, Grade.REFUSED, "(dataset could not be uploaded: " + upload.failure() + ")",
                            null));
                    continue;
                }
                JsonNode truth;
                try {
                    truth = truths.query(upload.file(), c.truth());
                } catch (RuntimeException e) {
                    System.out.println("  TRUTH FAILED " + c.id() + ": " + e.getMessage());
                    continue;
                }
                Map<String, String> request = Map.of("sessionId", upload.session(), "message", c.question());
                Answer answer = Answer.of(chat.ask(request), json);
                graded.add(new Graded(c, AnswerGrader.grade(c, truth, answer), truth.path("rows").toString(), answer));
            }
        }
        return graded;
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
