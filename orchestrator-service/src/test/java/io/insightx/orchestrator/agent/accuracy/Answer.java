package io.insightx.orchestrator.agent.accuracy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.support.SseEvents;

/** What the analyst answered, as the grader sees it: the final event, an error, the last good SQL result. */
record Answer(JsonNode fin, String error, JsonNode sqlResult, String sql) {

    /** Read with Jackson: the events' {@code JsonPath} would compile a Groovy script for every path asked. */
    static Answer of(SseEvents stream, ObjectMapper json) {
        try {
            String error = null;
            JsonNode fin = null;
            JsonNode sql = null;
            String sqlText = null;
            List<String> calls = new ArrayList<>();
            int call = 0;
            for (SseEvents.Event e : stream.events()) {
                JsonNode data = e.name().equals("error") || e.name().equals("final") || e.name().startsWith("tool_")
                        ? json.readTree(e.text()) : null;
                switch (e.name()) {
                    case "error" -> error = error != null ? error
                            : data.path("code").asText() + ": " + data.path("message").asText();
                    case "final" -> fin = fin != null ? fin : data;
                    case "tool_call" -> {
                        if ("run_sql".equals(data.path("tool").asText())) {
                            calls.add(data.path("input").path("sql").asText(null));
                        }
                    }
                    case "tool_result" -> {
                        if ("run_sql".equals(data.path("tool").asText())) {
                            if (data.path("ok").asBoolean()) {
                                sql = data.path("output");
                                sqlText = call < calls.size() ? calls.get(call) : null;
                            }
                            call++;
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Answer(fin, error, sql, sqlText);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable answer stream", e);
        }
    }

    String understood() {
        return fin == null ? "" : fin.path("understood").asText("");
    }

    String content() {
        return fin == null ? "" : fin.path("content").asText("");
    }

    boolean hasFigure() {
        if (fin == null) {
            return false;
        }
        for (JsonNode a : fin.path("artifacts")) {
            String kind = a.path("kind").asText();
            if ("figure".equals(kind) || "vega-lite".equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** A line for the report: what came back. */
    String summary() {
        if (error != null) {
            return "error " + error;
        }
        String rows = sqlResult == null ? "no SQL result" : "rows " + abbreviate(sqlResult.path("rows").toString());
        String first = content().lines().findFirst().orElse("");
        return "[" + understood() + "] " + rows + " | " + abbreviate(first)
                + (fin != null && fin.path("ignored").size() > 0 ? " | ignored " + fin.path("ignored") : "");
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
