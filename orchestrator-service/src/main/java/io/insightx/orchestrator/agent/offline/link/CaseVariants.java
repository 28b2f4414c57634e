package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Category values one export writes several ways ("Web", "web", "Web "): one value to whoever asks, so a column whose
 * known values differ only in case or surrounding spaces is grouped, filtered and counted by the value lowercased and
 * trimmed, and the answer says so.
 */
public final class CaseVariants {

    private CaseVariants() {
    }

    /**
     * Whether the column's known values hold two spellings of one value: asked each time the column's SQL is written,
     * so it stops at the first pair rather than grouping every value.
     */
    static boolean in(DataColumn column) {
        if (column.role() != ColumnRole.CATEGORY || !column.type().startsWith("VARCHAR") || column.formula() != null) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        return column.values().stream().anyMatch(v -> !seen.add(normal(v)));
    }

    /** The value as the column is compared once its spellings are one. */
    public static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The note an answer built on the column carries: "Web and web of channel are counted as one value." */
    public static String note(DataColumn column) {
        List<String> shown = spellings(column.values()).get(0);
        return "Values of " + column.name() + " written differently only in case or spacing (" + String.join(", ",
                shown.stream().map(v -> "\"" + v + "\"").toList()) + ") are counted as one.";
    }

    /** The groups of two or more spellings among the values, in the order first met. */
    private static List<List<String>> spellings(List<String> values) {
        Map<String, List<String>> byNormal = new LinkedHashMap<>();
        for (String v : values) {
            byNormal.computeIfAbsent(normal(v), k -> new ArrayList<>()).add(v);
        }
        return byNormal.values().stream().filter(s -> s.size() > 1).toList();
    }
}
