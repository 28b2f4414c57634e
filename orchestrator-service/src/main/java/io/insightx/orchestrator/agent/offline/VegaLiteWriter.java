package io.insightx.orchestrator.agent.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.plan.Plan;

/**
 * A chart plan's chart, as a Vega-Lite spec with the query's rows inline, for the browser to draw (its menu saves it
 * as PNG or SVG); the same chart {@link PythonWriter} draws when the question asks for Python.
 */
final class VegaLiteWriter {

    private VegaLiteWriter() {
    }

    static ObjectNode write(Plan plan, JsonNode sqlResult, ObjectMapper json) {
        return write(plan, plan.kind(), sqlResult, json);
    }

    /** The plan's rows drawn as the chart of {@code shape} (a grouped figure drawn as a trend or as bars). */
    static ObjectNode write(Plan plan, Plan.Kind shape, JsonNode sqlResult, ObjectMapper json) {
        ObjectNode spec = json.createObjectNode().put("$schema", "https://vega.github.io/schema/vega-lite/v5.json")
                .put("title", PythonWriter.title(plan)).put("width", "container");
        JsonNode columns = sqlResult.path("columns");
        ArrayNode values = spec.putObject("data").putArray("values");
        for (JsonNode row : sqlResult.path("rows")) {
            ObjectNode value = values.addObject();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                value.set(columns.get(i).path("name").asText(), row.get(i));
            }
        }
        String x = columns.path(0).path("name").asText();
        String y = shape == Plan.Kind.STEPS ? "change" : columns.path(shape == Plan.Kind.CORRELATION
                || shape == Plan.Kind.HISTOGRAM ? 1 : columns.size() - 1).path("name").asText();
        ObjectNode encoding = spec.putObject("encoding");
        switch (shape) {
            case CORRELATION -> {
                spec.put("mark", "point");
                encoding.putObject("x").put("field", x).put("type", "quantitative");
                encoding.putObject("y").put("field", y).put("type", "quantitative");
            }
            case HISTOGRAM -> {
                // The SQL already binned the values: each bar runs from its bin's start to the next one's.
                spec.put("mark", "bar");
                spec.putArray("transform").addObject().put("calculate", "datum['" + x + "'] + " + binWidth(sqlResult))
                        .put("as", "bin_end");
                encoding.putObject("x").put("field", x).put("type", "quantitative").put("title", plan.measure().name())
                        .putObject("bin").put("binned", true);
                encoding.putObject("x2").put("field", "bin_end");
                encoding.putObject("y").put("field", y).put("type", "quantitative");
            }
            case STEPS -> {
                // each period's change from the one before, as bars above and below zero in time order
                spec.put("mark", "bar");
                encoding.putObject("x").put("field", x).put("type", "ordinal");
                encoding.putObject("y").put("field", y).put("type", "quantitative");
            }
            case TREND -> {
                spec.putObject("mark").put("type", "line").put("point", true);
                encoding.putObject("x").put("field", x).put("type", "ordinal");
                encoding.putObject("y").put("field", y).put("type", "quantitative");
            }
            default -> {
                spec.put("mark", "bar");
                encoding.putObject("x").put("field", x).put("type", "nominal").put("sort", "-y");
                encoding.putObject("y").put("field", y).put("type", "quantitative");
            }
        }
        encoding.putArray("tooltip").addObject().put("field", x);
        ((ArrayNode) encoding.path("tooltip")).addObject().put("field", y);
        return spec;
    }

    /** The bins are evenly spaced, some may be empty: the smallest step between two starts is the width. */
    static double binWidth(JsonNode sqlResult) {
        double width = Double.MAX_VALUE;
        JsonNode rows = sqlResult.path("rows");
        for (int i = 1; i < rows.size(); i++) {
            double step = rows.get(i).path(0).asDouble() - rows.get(i - 1).path(0).asDouble();
            if (step > 0) {
                width = Math.min(width, step);
            }
        }
        return width == Double.MAX_VALUE ? 1 : width;
    }
}
