package io.insightx.orchestrator.agent.offline.answer;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.plan.Numbers;

/** A result cell as people read it: numbers grouped, years and keys as written, midnight timestamps as dates. */
public final class Cells {

    private Cells() {
    }

    public static String value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        return v.isNumber() ? Numbers.grouped(v.asDouble()) : key(v);
    }

    public static String key(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        String s = v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) ? Long.toString(v.asLong()) : v.asText();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]00:00(:00)?(\\.0+)?Z?")) {
            return s.substring(0, 10);
        }
        return s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*") ? s.replace('T', ' ') : s; // a timestamp, as people write it
    }

    /** A value, as a key when its column holds years or names. */
    public static String of(JsonNode v, String columnName, String columnType) {
        // "year", "Year_of_release", "budgetYear": a word of the name, in snake, spaced or camel case
        boolean yearLike = columnName.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(year|yr|decade)\\b.*|year")
                || columnName.matches(".*[a-z](Year|Yr|Decade)([A-Z_].*)?");
        return yearLike || !columnType.matches(".*(INT|DOUBLE|DECIMAL|FLOAT|REAL|HUGEINT).*") ? key(v) : value(v);
    }
}
