package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "(dont count the totals line)", "excluding the total row": the line an export adds to sum up the others, set aside
 * in words. Where the data has such lines ({@link Defaults#excludeTotals} leaves them out anyway), the words say
 * what is done already and are read; where it has none, they stay unread and the answer says so.
 */
final class TotalsLine {

    private static final Set<String> TOTAL = Set.of("total", "totals", "subtotal", "subtotals");
    private static final Set<String> LINE = Set.of("line", "lines", "row", "rows", "record", "records", "entry");
    private static final Set<String> SETTING_ASIDE = Set.of("dont", "don't", "not", "excluding", "exclude", "excl",
            "without", "ignore", "ignoring", "skip", "skipping", "minus", "drop", "remove", "except", "out");

    private TotalsLine() {
    }

    static void read(Reading r, Draft d) {
        if (d.catalog.columns().stream().allMatch(c -> c.totals().isEmpty())) {
            return;
        }
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            if (!t.isAny(TOTAL) || next == null || !next.isAny(LINE)) {
                continue;
            }
            int from = t.index();
            for (int k = t.index() - 1; k >= Math.max(0, t.index() - 4); k--) {
                if (r.at(k).isAny(SETTING_ASIDE)) {
                    from = k;
                }
            }
            if (from == t.index()) {
                continue; // "the totals line" alone may ask for it
            }
            for (int k = from; k <= next.index(); k++) {
                r.use(k);
            }
        }
    }
}
