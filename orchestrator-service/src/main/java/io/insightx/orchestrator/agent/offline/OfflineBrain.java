package io.insightx.orchestrator.agent.offline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.Classification;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.persistence.DatasetRecord;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The analyst that needs no LLM and no key: it reads the question against the Data DNA (columns, types, values),
 * writes the SQL and the chart code itself, and composes the answer from the results. Deterministic: the same
 * question over the same data always gets the same answer.
 */
@ApplicationScoped
public class OfflineBrain implements Brain {

    private static final int REMEMBERED = 32;

    private final ObjectMapper json;
    /** The last questions read, by identity: each agent call of one answer reuses its reading instead of redoing it. */
    private final Deque<Reading> recent = new ArrayDeque<>();

    /** A question read against its data: the dataset it is about, and the plan of how to answer it. */
    private record Reading(Question question, Schema schema, Plan plan) {
    }

    public OfflineBrain(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Classification classify(Question q, Consumer<KeyRotation> rotations) {
        Plan plan = plan(q);
        return switch (plan.kind()) {
            case EXPLAIN -> new Classification(Intent.EXPLAIN_ONLY, "The question is about the dataset itself.");
            case UNKNOWN -> new Classification(Intent.EXPLAIN_ONLY, "The question matched no computation on the data.");
            case HISTOGRAM, CORRELATION, TREND, BAR -> new Classification(Intent.SQL_THEN_PY,
                    "A query prepares the data and Python draws the " + plan.kind().name().toLowerCase() + ".");
            default -> new Classification(Intent.SQL_ONLY, "A query answers it: " + describe(plan) + ".");
        };
    }

    @Override
    public SqlStatement writeSql(Question q, Attempt failure, Consumer<KeyRotation> rotations) {
        return SqlStatement.of(SqlWriter.write(plan(q), schema(q)));
    }

    @Override
    public PythonProgram writePython(Question q, StepResult data, Attempt failure, Consumer<KeyRotation> rotations) {
        return PythonProgram.of(PythonWriter.write(plan(q)));
    }

    @Override
    public ComposedAnswer compose(Question q, Classification classification, List<StepResult> results,
            Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        Plan plan = plan(q);
        JsonNode sql = results.get(0).output();
        JsonNode python = results.size() > 1 ? results.get(1).output().path("result") : json.createObjectNode();
        String answer = AnswerWriter.write(plan, sql, python, q.text());
        String headline = answer.lines().findFirst().orElse("");
        boolean worthKeeping = plan.kind() == Plan.Kind.AGGREGATE && sql.path("rows").size() == 1
                || plan.kind() == Plan.Kind.CORRELATION;
        List<JsonNode> charts = plan.kind().chart() ? List.of(VegaLiteWriter.write(plan, sql, json)) : List.of();
        return new ComposedAnswer(answer, worthKeeping ? List.of(q.text().strip() + " — " + headline.replace("**", ""))
                : List.of(), charts);
    }

    @Override
    public ComposedAnswer explain(Question q, Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        if (q.datasets().isEmpty()) {
            return new ComposedAnswer("Upload a dataset first (CSV, TSV, Parquet, JSON or NDJSON), then ask about it.",
                    List.of());
        }
        Plan plan = plan(q);
        Schema schema = schema(q);
        if (plan.kind() == Plan.Kind.UNKNOWN) {
            String notes = plan.notes().isEmpty() ? "" : String.join(" ", plan.notes()) + "\n\n";
            return new ComposedAnswer("I could not match this question to the columns of `" + schema.table() + "`. "
                    + notes + DatasetExplainer.suggestions(schema), List.of());
        }
        return new ComposedAnswer(DatasetExplainer.explain(schema, q.text()), List.of());
    }

    private Plan plan(Question q) {
        return reading(q).plan();
    }

    private Schema schema(Question q) {
        return reading(q).schema();
    }

    private Reading reading(Question q) {
        synchronized (recent) {
            for (Reading r : recent) {
                if (r.question() == q) {
                    return r;
                }
            }
        }
        Schema schema = q.datasets().isEmpty() ? null : chooseSchema(q);
        Plan plan = schema == null ? new Plan(Plan.Kind.EXPLAIN, null, null, null, null, null, null, List.of(), false,
                null, List.of()) : new QuestionParser(schema).parse(q.text());
        Reading reading = new Reading(q, schema, plan);
        synchronized (recent) {
            recent.addFirst(reading);
            if (recent.size() > REMEMBERED) {
                recent.removeLast();
            }
        }
        return reading;
    }

    /**
     * The dataset the question is about: the one whose table it names, else the one whose columns it names most,
     * else the latest upload.
     */
    private Schema chooseSchema(Question q) {
        List<String> words = Words.split(q.text());
        Schema chosen = null;
        int best = -1;
        for (DatasetRecord d : q.datasets()) {
            Schema schema = Schema.of(d, json);
            int score = (Words.containsPhrase(words, Words.split(d.tableName().replace('_', ' '))) ? 1000 : 0)
                    + (int) schema.columns().stream().filter(c -> Words.containsPhrase(words, c.words())).count();
            if (score >= best) {
                chosen = schema;
                best = score;
            }
        }
        return chosen;
    }

    private static String describe(Plan plan) {
        String what = plan.aggregate() == null ? "rows" : plan.aggregate() == Plan.Aggregate.COUNT ? "the number of rows"
                : plan.aggregate().words + " " + (plan.measure() == null ? "" : plan.measure().name());
        String by = SqlWriter.groupAlias(plan) == null ? "" : " by " + SqlWriter.groupAlias(plan);
        return what + by;
    }
}
