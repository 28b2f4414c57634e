package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "revenue by branch" where a location column holds "North Branch", "N. Branch", "Downtown": a noun no column is named
 * by, which the values of one label column end in, names that column: its values are such things. Said in a note,
 * since values of the other kinds ("Downtown") do not say it.
 */
final class ValuesNoun {

    private static final Set<String> GROUPING = Set.of("by", "per", "each", "every", "which", "what", "all");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our");

    private ValuesNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            int i = t.index();
            Token before = r.before(i, ARTICLES);
            // where a grouping goes: "by branch", "at each branch", "which branch", "across all branches"
            boolean grouped = before != null && before.isAny(GROUPING);
            if (!grouped || !r.free(i) || FunctionWords.is(t) || !t.lower().matches("\\p{L}{4,}")
                    || d.catalog.namesRows(t.lower()) || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
                continue;
            }
            // several values say it ("North Branch", "N. Branch"): one ("Based on Movie") may only happen to
            List<DataColumn> holding = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.CATEGORY
                    && c.values().stream().filter(v -> endsIn(v, t)).count() >= 2).toList();
            if (holding.size() == 1) {
                DataColumn column = holding.get(0);
                String example = column.values().stream().filter(v -> endsIn(v, t)).findFirst().orElseThrow().strip();
                d.notes.add("Taking " + column.name() + " for '" + t.text() + "': its values name them (“" + example
                        + "”).");
                return Optional.of(new ColumnMention(column, List.of(i), 0.8, false, List.of()));
            }
        }
        return Optional.empty();
    }

    /** Whether a value of several words ends in the noun: "North Branch" in branch, "Main St." not in street. */
    private static boolean endsIn(String value, Token noun) {
        String[] words = value.strip().toLowerCase(Locale.ROOT).split("[\\s._-]+");
        return words.length >= 2 && noun.lemmas().contains(words[words.length - 1]);
    }
}
