package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "packaged volume by package format (keg/can/bottle)": values listed in parentheses right after a grouping, of the
 * column grouped by, say what its groups are; they keep no rows out. "(keg and can only)" still filters.
 */
final class GroupsListed {

    private static final Set<String> RESTRICTING = Set.of("only", "just", "excluding", "except", "not", "no",
            "without");

    private GroupsListed() {
    }

    static void read(Reading r, Draft d) {
        for (int open = 0; open < r.tokens.size(); open++) {
            if (!r.at(open).text().equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < r.tokens.size() && !r.at(close).text().equals(")")) {
                close++;
            }
            int from = open;
            int to = close;
            List<Map.Entry<Integer, Filter.Values>> inside = d.valueAt.entrySet().stream()
                    .filter(e -> e.getKey() > from && e.getKey() < to).toList();
            boolean restricting = java.util.stream.IntStream.range(from + 1, Math.min(to, r.tokens.size()))
                    .anyMatch(k -> r.at(k).isAny(RESTRICTING));
            if (inside.isEmpty() || restricting) {
                continue;
            }
            Filter.Values listed = inside.get(0).getValue();
            boolean grouped = d.groups.stream().anyMatch(g -> g.grain() == null && g.column().equals(listed.column()));
            if (grouped && inside.stream().allMatch(e -> e.getValue() == listed) && d.filters.remove(listed)) {
                inside.forEach(e -> d.valueAt.remove(e.getKey()));
                d.notes.add("Read (" + Planner.words(r, java.util.stream.IntStream.range(from + 1, to).boxed().toList())
                        + ") as the groups of " + listed.column().name() + ", not as a filter.");
            }
        }
    }
}
