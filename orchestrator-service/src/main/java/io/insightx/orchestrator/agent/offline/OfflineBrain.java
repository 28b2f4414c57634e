package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.Classification;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.ComposedAnswer.Understanding;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.offline.answer.AnswerWriter;
import io.insightx.orchestrator.agent.offline.answer.DatasetExplainer;
import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.answer.PlanOutline;
import io.insightx.orchestrator.agent.offline.answer.Suggestions;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The analyst that needs no LLM and no key: it reads the question against the Data DNA (words, columns, values,
 * periods), makes a typed plan, writes the SQL itself and composes the answer and its chart (a Vega-Lite spec) from
 * the query's rows, accounting for every word of the question. A chart the question asks Python to draw ("with
 * pandas", "as a png") also gets the matplotlib code. Deterministic: the same question over the same data always
 * gets the same answer.
 */
@ApplicationScoped
public class OfflineBrain implements Brain {

    /** More groups than this make a table, not a readable chart. */
    private static final int CHARTED_GROUPS = 60;

    private final ObjectMapper json;
    private final Readings readings;

    public OfflineBrain(ObjectMapper json, Readings readings) {
        this.json = json;
        this.readings = readings;
    }

    @Override
    public Classification classify(Question q, Consumer<KeyRotation> rotations) {
        if (q.datasets().isEmpty()) {
            return new Classification(Intent.EXPLAIN_ONLY, "There is no dataset to answer from yet.");
        }
        Readings.Reading reading = readings.of(q);
        Plan plan = reading.plan();
        return switch (plan.kind()) {
            case DATASET -> new Classification(Intent.EXPLAIN_ONLY, "The question is about the dataset itself.");
            case REFUSE -> new Classification(Intent.EXPLAIN_ONLY, "The question matched no computation on the data.");
            // A chart is drawn by the browser from the query's rows (its menu saves a PNG); Python only when asked.
            case HISTOGRAM, CORRELATION, TREND, BAR -> plan.python() ? new Classification(Intent.SQL_THEN_PY,
                    "A query prepares the data and Python draws the chart, as asked.")
                    : new Classification(Intent.SQL_ONLY,
                            "A query prepares the data; the chart is drawn from its rows. "
                            + reading.interpretation(Interpretation.of(plan)));
            default -> new Classification(Intent.SQL_ONLY,
                    "A query answers it. " + reading.interpretation(Interpretation.of(plan)));
        };
    }

    /**
     * The plan's statement; after a first failed attempt, the plan without its last filter (the answer says it was
     * left out); after a second, or with nothing to drop, a refusal whose statement cannot fail: never the same
     * statement twice, and never the database's error as the answer.
     */
    @Override
    public SqlStatement writeSql(Question q, Attempt failure, Consumer<KeyRotation> rotations) {
        Readings.Reading reading = readings.of(q);
        Plan plan = reading.plan();
        if (failure != null) {
            List<Filter> filters = plan.filters();
            plan = filters.isEmpty() || !plan.understood() || reading.corrected() ? Plan.refuse(plan.catalog(), plan.ignored(),
                    List.of("The query I wrote for this could not run, so I will not guess an answer."))
                    : plan.without(filters.get(filters.size() - 1));
            reading.replace(plan);
        }
        if (!plan.understood()) {
            return SqlStatement.of("SELECT count(*) AS \"rows\" FROM " + plan.catalog().sqlTable());
        }
        return SqlWriter.write(plan);
    }

    @Override
    public PythonProgram writePython(Question q, StepResult data, Attempt failure, Consumer<KeyRotation> rotations) {
        return PythonWriter.write(readings.of(q).plan(), json);
    }

    @Override
    public ComposedAnswer compose(Question q, Classification classification, List<StepResult> results,
            Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        Readings.Reading reading = readings.of(q);
        Plan plan = reading.plan();
        if (!plan.understood()) {
            return refusal(plan);
        }
        JsonNode sql = results.get(0).output();
        String answer = AnswerWriter.write(plan, sql);
        String headline = answer.lines().filter(l -> !l.startsWith("_") && !l.startsWith(">")).filter(l -> !l.isBlank())
                .findFirst().orElse("");
        boolean worthKeeping = plan.ignored().isEmpty() && (plan.kind() == Plan.Kind.AGGREGATE && sql.path("rows").size() == 1
                || plan.kind() == Plan.Kind.CORRELATION);
        List<JsonNode> charts = charts(plan, sql);
        ComposedAnswer composed = new ComposedAnswer(answer, worthKeeping
                ? List.of(q.text().strip() + " — " + headline.replace("**", "")) : List.of(), charts);
        String interpretation = reading.interpretation(Interpretation.of(plan))
                + (plan.catalog().joined() ? " From " + plan.catalog().displayName() + "." : "");
        Understanding understanding = plan.ignored().isEmpty() && !plan.guessed() ? Understanding.full(interpretation)
                : Understanding.partial(interpretation, plan.ignored());
        return composed.with(understanding.withPlan(PlanOutline.of(plan)));
    }

    /**
     * A chart plan's chart; a figure per group also comes with one when there are enough groups to see a shape ("deaths
     * per decade" as a line over time, "deaths by race" as bars), as an analyst would show it.
     */
    private List<JsonNode> charts(Plan plan, JsonNode sql) {
        if (plan.kind().chart()) {
            return List.of(VegaLiteWriter.write(plan, sql, json));
        }
        int rows = sql.path("rows").size();
        if (plan.kind() == Plan.Kind.STEPS) {
            boolean listed = plan.limit() == null && plan.stepsCounted() == null && plan.groups().size() == 1;
            return listed && rows >= 3 ? List.of(VegaLiteWriter.write(plan, sql, json)) : List.of();
        }
        boolean perGroup = plan.kind() == Plan.Kind.AGGREGATE && plan.groups().size() == 1 && plan.limit() == null
                && rows >= 3 && rows <= CHARTED_GROUPS;
        if (!perGroup) {
            return List.of();
        }
        Grain grain = plan.groups().get(0).grain();
        boolean overTime = grain != null && !grain.cyclic() || plan.groups().get(0).column().role().time();
        return List.of(VegaLiteWriter.write(plan, overTime ? Plan.Kind.TREND : Plan.Kind.BAR, sql, json));
    }

    @Override
    public ComposedAnswer explain(Question q, Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        if (q.datasets().isEmpty()) {
            return new ComposedAnswer("Upload a dataset first (CSV, TSV, Parquet, JSON or NDJSON), then ask about it.",
                    List.of()).with(Understanding.none(List.of()));
        }
        Plan plan = readings.of(q).plan();
        if (!plan.understood()) {
            return refusal(plan);
        }
        return new ComposedAnswer(DatasetExplainer.explain(plan.catalog()), List.of())
                .with(Understanding.full(Interpretation.of(plan)));
    }

    private static ComposedAnswer refusal(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("I did not understand this question well enough to answer it from `" + plan.catalog().table() + "`"
                + (plan.ignored().isEmpty() ? "." : ": I could not place " + String.join(", ",
                        plan.ignored().stream().map(w -> "“" + w + "”").toList()) + "."));
        plan.notes().forEach(n -> lines.add("_" + n + "_"));
        lines.add(Suggestions.markdown(plan.catalog()));
        return new ComposedAnswer(String.join("\n\n", lines), List.of()).with(Understanding.none(plan.ignored()));
    }
}
