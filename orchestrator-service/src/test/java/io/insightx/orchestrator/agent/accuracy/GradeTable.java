package io.insightx.orchestrator.agent.accuracy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The grades counted per file, per dataset and per tag, and every question not answered right. */
final class GradeTable {

    private final Map<String, Map<Grade, Integer>> byFile = new TreeMap<>();
    private final Map<String, Map<Grade, Integer>> byDataset = new TreeMap<>();
    private final Map<String, Map<Grade, Integer>> byTag = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    void add(AnalystCase c, Grade grade, String expected, Answer answer) {
        count(byFile, c.file(), grade);
        count(byDataset, c.dataset(), grade);
        c.tags().forEach(t -> count(byTag, t, grade));
        if (grade != Grade.RIGHT) {
            misses.add(String.format(Locale.ROOT, "  %-7s %s %s [%s] %s%n          expected %s%n          got      %s",
                    grade, c.id(), c.dataset(), c.expect(), c.question(), expected,
                    answer == null ? "nothing" : answer.summary()));
        }
    }

    Map<Grade, Integer> file(String file) {
        return byFile.getOrDefault(file, new EnumMap<>(Grade.class));
    }

    String print() {
        StringBuilder out = new StringBuilder("Offline analyst accuracy (right / partial / refused / wrong)\n");
        section(out, "file", byFile);
        section(out, "dataset", byDataset);
        section(out, "tag", byTag);
        out.append("Not right:\n");
        misses.forEach(m -> out.append(m).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Map<Grade, Integer>> rows) {
        out.append(String.format(Locale.ROOT, "%-28s %6s %8s %8s %6s %6s%n", "by " + title, "right", "partial", "refused",
                "wrong", "total"));
        rows.forEach((key, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "%-28s %6d %8d %8d %6d %6d  (%.0f%% right)%n", key,
                    counts.getOrDefault(Grade.RIGHT, 0), counts.getOrDefault(Grade.PARTIAL, 0),
                    counts.getOrDefault(Grade.REFUSED, 0), counts.getOrDefault(Grade.WRONG, 0), total,
                    100.0 * counts.getOrDefault(Grade.RIGHT, 0) / Math.max(1, total)));
        });
    }

    private static void count(Map<String, Map<Grade, Integer>> table, String key, Grade grade) {
        table.computeIfAbsent(key, k -> new EnumMap<>(Grade.class)).merge(grade, 1, Integer::sum);
    }
}
