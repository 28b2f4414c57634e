package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "how many commits", "commits in q1" over hourly rows with a {@code count} column: a plural noun nothing else names,
 * in data whose one column of counts says how many things each row stands for, is taken for that column, as a guess
 * the answer names. Never the rows' own noun ("how many airports" counts rows), a word of the data, or a word of
 * analysis.
 */
final class CountedNoun {

    private CountedNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        List<DataColumn> counts = d.catalog.columns().stream().filter(Defaults::countedBy).toList();
        boolean named = mentions.stream().anyMatch(m -> m.column().role().numeric() && !m.column().role().time());
        if (counts.size() != 1 || named) {
            return Optional.empty();
        }
        for (Token t : r.tokens) {
            int i = t.index();
            // a word WordNet does not know may be a misspelled value ("teachrs"), left to the spelling reader
            if (r.used(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i)) || !plural(t) || lexicon.unknown(t.lower())
                    || RowNoun.names(d.catalog, t) || Planner.analysis(t) || t.isAny(RowNoun.TIME_UNITS)
                    || d.catalog.holds(t)) {
                continue;
            }
            DataColumn column = counts.get(0);
            d.notes.add("Taking " + column.name() + " for '" + t.text() + "' (" + Defaults.DEFAULTED + " column of counts).");
            d.guessed = true;
            d.entity = d.entity == null ? t.text() : d.entity;
            return Optional.of(new ColumnMention(column, List.of(i), 1.0, false, List.of()));
        }
        return Optional.empty();
    }

    /** A plural noun: "commits" (commit), "flights", never "is" or "has". */
    private static boolean plural(Token t) {
        String w = t.lower();
        return w.matches("\\p{L}{4,}s") && !w.endsWith("ss")
                && t.lemmas().stream().anyMatch(l -> l.length() < w.length() && w.startsWith(l) && l.length() >= w.length() - 2);
    }
}
