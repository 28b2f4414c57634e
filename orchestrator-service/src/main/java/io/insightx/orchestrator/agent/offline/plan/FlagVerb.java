package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * "stays that needed meds" over {@code meds_required}: a verb of the same meaning as a word of a yes/no the rows are
 * kept by ("need", "require") says that yes/no again, no condition of its own.
 */
final class FlagVerb {

    private FlagVerb() {
    }

    static void read(Reading r, Draft d, Lexicon lexicon) {
        d.filters.stream().filter(f -> f.column().role() == ColumnRole.FLAG).map(f -> f.column().words())
                .forEach(words -> {
                    for (Token t : r.tokens) {
                        if (r.free(t.index()) && t.lower().matches("\\p{L}{4,}") && says(t, words, lexicon)) {
                            r.use(t.index());
                        }
                    }
                });
    }

    private static boolean says(Token t, java.util.List<String> words, Lexicon lexicon) {
        return words.stream().filter(w -> w.length() >= 4).flatMap(w -> lexicon.lemmas(w).stream())
                .anyMatch(w -> t.lemmas().stream().anyMatch(l -> !l.equals(w) && lexicon.sameMeaning(l, w)));
    }
}
