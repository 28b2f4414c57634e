package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "avg credit limit across credit card customers", "avg capacity over all turbines", "how many followers do all the
 * shows have": a figure the data repeats on every row of a thing, asked across those things by their noun, is taken
 * once per thing (each customer's one limit), never once per row that repeats it.
 */
final class AcrossThings {

    private static final Set<String> ACROSS = Set.of("across", "over", "among", "for", "of", "all");

    private AcrossThings() {
    }

    static void read(Reading r, Draft d) {
        if (d.measures.isEmpty() || !d.measures.get(0).role().numeric() || d.measures.get(0).constantPer().isEmpty()) {
            return;
        }
        DataColumn measure = d.measures.get(0);
        for (String key : measure.constantPer()) {
            DataColumn column = d.catalog.column(key).orElse(null);
            if (column == null || column.words().isEmpty()) {
                continue;
            }
            String noun = column.words().get(0);
            // "customers" may have been read as a second figure, customerId: here they are what is averaged over
            boolean asFigure = d.measures.indexOf(column) > 0;
            for (Token t : r.tokens) {
                // "techs" of technician_name: the noun or its first letters
                boolean plural = t.lower().endsWith("s") && !t.lower().equals(noun) && t.lemmas().stream()
                        .anyMatch(l -> l.equals(noun) || l.length() >= 4 && noun.length() >= l.length() + 4
                                && noun.startsWith(l));
                int across = plural ? acrossBefore(r, t.index()) : -1;
                // "across all units" may have been read as one figure over them all: still each unit once
                boolean overAll = across >= 0 && r.used(across);
                if (across >= 0 && (r.free(t.index()) || asFigure || overAll)) {
                    d.measures.remove(column);
                    d.measures.set(0, OncePerKey.eachOnce(measure, List.of(key)));
                    r.use(across);
                    r.use(t.index());
                    return;
                }
            }
        }
    }

    /** Where "across", "over", "among" stands a few words before the noun ("across credit card customers"), or -1. */
    private static int acrossBefore(Reading r, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            if (r.at(k).isAny(ACROSS)) {
                return k;
            }
        }
        return -1;
    }
}
