package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "when's the most recent order", "the first booking": the latest or earliest of the events the rows record, read on
 * their date (Order Date for orders, else the data's one date), never a ranking by a time computed between two dates
 * nor by the rows' key.
 */
final class FirstOrLast {

    private static final Set<String> EARLY = Set.of("first", "earliest", "oldest");
    private static final Set<String> LATE = Set.of("last", "latest", "newest", "recent");

    private FirstOrLast() {
    }

    /** The mention of the rows' date at "most recent order", with the edge set on the draft, or empty. */
    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            int i = t.index();
            boolean recent = t.is("recent") && r.at(i - 1) != null && r.at(i - 1).is("most");
            if (!r.free(i) || !t.isAny(EARLY) && !t.isAny(LATE) || t.is("recent") && !recent) {
                continue;
            }
            Token noun = r.at(i + 1);
            // only the year described after it: "the first year with …", never "the earliest year in the data"
            Token after = noun == null ? null : r.at(noun.index() + 1);
            boolean described = after != null && after.isAny(FunctionWords.DESCRIBING);
            ColumnMention time = noun == null || !r.free(noun.index()) || !described ? null : mentions.stream()
                    .filter(m -> m.tokens().equals(List.of(noun.index())) && m.column().role() == ColumnRole.YEAR)
                    .findFirst().orElse(null);
            if (time != null && d.timeEdge == null) {
                // "the earliest year with temp above 0.5": the first of the years the question keeps
                mentions.remove(time);
                r.use(List.of(i, noun.index())); // the time asked at its edge, no superlative left to rank anything else
                d.timeEdge = t.isAny(EARLY) ? Aggregate.MIN : Aggregate.MAX;
                return Optional.of(new ColumnMention(time.column(), List.of(i, noun.index()), 1.0, true, List.of()));
            }
            if (noun == null || !r.free(noun.index()) || !d.catalog.namesRows(noun.lower())
                    && noun.lemmas().stream().noneMatch(d.catalog::namesRows)) {
                continue;
            }
            DataColumn date = dateOf(d, noun);
            if (date == null) {
                continue;
            }
            if (mentions.stream().anyMatch(m -> m.tokens().contains(noun.index()) && m.column().role().time()
                    || m.tokens().contains(i) && m.whole())) {
                continue; // "the latest order date" names its date, "first call resolution" the column fcr
            }
            mentions.removeIf(m -> m.tokens().contains(noun.index()));
            d.timeEdge = t.isAny(EARLY) ? Aggregate.MIN : Aggregate.MAX;
            List<Integer> tokens = recent ? List.of(i - 1, i, i + 1) : List.of(i, i + 1);
            return Optional.of(new ColumnMention(date, tokens, 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /** The date of the rows' event ("Order Date" for orders), else the data's one date column. */
    private static DataColumn dateOf(Draft d, Token noun) {
        List<DataColumn> dates = d.catalog.with(ColumnRole.TIME);
        List<DataColumn> named = dates.stream().filter(c -> c.words().size() == 2 && noun.lemmas().stream()
                .anyMatch(l -> l.equals(c.words().get(0)))).toList();
        return named.size() == 1 ? named.get(0) : dates.size() == 1 ? dates.get(0) : null;
    }
}
