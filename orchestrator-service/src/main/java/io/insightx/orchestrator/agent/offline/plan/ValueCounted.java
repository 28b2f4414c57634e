package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;

/**
 * "which school has the most unexcused absences", "the clinic with the fewest no-shows", "the most lost phones": a
 * superlative of values said as plural nouns counts the rows of those values; it never ranks by the dataset's only
 * measure.
 */
final class ValueCounted {

    private static final Set<String> MOST = Set.of("most", "fewest", "least");

    private ValueCounted() {
    }

    static void read(Reading r, Draft d, Lexicon lexicon) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (!r.at(i).isAny(MOST)) {
                continue;
            }
            int j = i + 1;
            // "the most lost phones": a participle said of the values is no figure to rank by
            int first = r.free(j) && !d.valueAt.containsKey(j) && lexicon.pastTense(r.at(j).lower()) ? j + 1 : j;
            j = first;
            while (r.at(j) != null && d.valueAt.containsKey(j)) {
                j++;
            }
            int last = j - 1;
            if (last >= first && last > i && r.at(last).lower().matches("\\p{L}{3,}s")) {
                if (first > i + 1) {
                    r.use(i + 1);
                }
                d.entity = d.entity == null ? Planner.words(r, java.util.stream.IntStream.rangeClosed(i + 1, last)
                        .boxed().toList()) : d.entity;
                d.countWords = true;
                d.timesCounted = true;
                return;
            }
        }
    }
}
