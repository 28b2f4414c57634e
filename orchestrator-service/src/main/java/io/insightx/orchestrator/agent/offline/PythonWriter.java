package io.insightx.orchestrator.agent.offline;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;

/**
 * Writes the pandas/matplotlib code that draws a plan's chart from the query result, {@code df}, for a question that
 * asks for Python ("with pandas", "as a png"); the answer's figures come from the query's rows, not from it. The
 * axis labels and the title come from the data's column names, so they reach the program as data: an input table
 * {@code labels} (one row: x, y, title), never text spliced into the code.
 */
final class PythonWriter {

    private static final String LABELS = "xl, yl, title = labels.iloc[0]['x'], labels.iloc[0]['y'], labels.iloc[0]['title']\n";

    private PythonWriter() {
    }

    static PythonProgram write(Plan plan, ObjectMapper json) {
        String code = switch (plan.kind()) {
            case HISTOGRAM -> """
                    fig, ax = plt.subplots(figsize=(8, 4.5))
                    width = (df['bin_start'].iloc[1] - df['bin_start'].iloc[0]) if len(df) > 1 else 1
                    ax.bar(df['bin_start'], df['rows'], width=width * 0.95, align='edge', color='#4C78A8')
                    ax.set_xlabel(xl); ax.set_ylabel('rows'); ax.set_title(title)
                    result = {'mode_bin_start': float(df.loc[df['rows'].idxmax(), 'bin_start']), 'rows': int(df['rows'].sum())}
                    """;
            case CORRELATION -> """
                    x, y = df.columns[0], df.columns[1]
                    fig, ax = plt.subplots(figsize=(7, 5))
                    ax.scatter(df[x], df[y], s=10, alpha=0.6, color='#4C78A8')
                    ax.set_xlabel(xl); ax.set_ylabel(yl); ax.set_title(title)
                    result = {'r': float(df['r'].iloc[0]), 'points': int(len(df))}
                    """;
            default -> """
                    x, y = df.columns[0], df.columns[-1]
                    fig, ax = plt.subplots(figsize=(8, 4.5))
                    %s
                    ax.set_xlabel(xl); ax.set_ylabel(yl); ax.set_title(title)
                    fig.autofmt_xdate() if len(df) > 8 else None
                    result = df
                    """.formatted(plan.kind() == Plan.Kind.TREND
                    ? "ax.plot(df[x].astype(str), df[y], marker='o', color='#4C78A8')"
                    : "ax.bar(df[x].astype(str), df[y], color='#4C78A8')");
        };
        return new PythonProgram(LABELS + code, Map.of("labels", labels(plan, json)));
    }

    /** The one-row input table the program reads its labels from. */
    static JsonNode labels(Plan plan, ObjectMapper json) {
        String x = plan.kind() == Plan.Kind.HISTOGRAM ? plan.measure().name()
                : plan.kind() == Plan.Kind.CORRELATION ? plan.measure().name() : plan.groups().get(0).label();
        String y = plan.kind() == Plan.Kind.CORRELATION ? plan.second().name()
                : plan.kind() == Plan.Kind.HISTOGRAM ? "rows" : SqlWriter.valueAlias(plan);
        ObjectNode table = json.createObjectNode();
        table.putArray("columns").addObject().put("name", "x").put("type", "VARCHAR");
        table.withArray("columns").addObject().put("name", "y").put("type", "VARCHAR");
        table.withArray("columns").addObject().put("name", "title").put("type", "VARCHAR");
        table.putArray("rows").addArray().add(x).add(y).add(title(plan));
        return table;
    }

    static String title(Plan plan) {
        return Interpretation.of(plan).replaceAll("\\.$", "");
    }
}
