package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "dnf % at capital city marathon", "refund rate of online orders": the value said right before the word of a share
 * is the part counted; the other conditions are its whole. Its filter goes last, where the share reads its part.
 * "success rate by category (successful vs failed only)": where the question also names the values the share is
 * among, those are the whole, and no grouping by them.
 */
final class SharePart {

    private static final Set<String> SHARE_WORDS = Set.of("%", "pct", "percent", "percentage", "rate", "share");

    private SharePart() {
    }

    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            Filter.Values said = d.valueAt.get(t.index());
            Token next = r.at(t.index() + 1);
            if (said == null || next == null || !next.isAny(SHARE_WORDS) || said.negated() || !d.filters.remove(said)) {
                continue;
            }
            String value = d.valueSaid.get(t.index());
            // values named elsewhere too ("successful vs failed"), not all the values one word names ("cancellation")
            boolean namedApart = d.valueAt.entrySet().stream().anyMatch(e -> e.getValue() == said && e.getKey() != t.index());
            if (namedApart && said.values().size() > 1 && value != null && said.values().contains(value)) {
                d.filters.add(said); // the values named: the whole
                d.filters.add(new Filter.Values(said.column(), List.of(value), false));
                d.groups.removeIf(g -> g.grain() == null && g.column().equals(said.column()));
                d.compared = d.compared == said.column() ? null : d.compared;
            } else {
                d.filters.add(said);
            }
            return;
        }
    }
}
