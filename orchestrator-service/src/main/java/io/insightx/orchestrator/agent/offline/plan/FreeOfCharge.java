package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** "free rides", "what share of rides were free": the rows whose one price is zero. */
final class FreeOfCharge {

    /** Words of a column that holds what a row cost. */
    private static final Set<String> PRICE_WORDS = Set.of("price", "fare", "fee", "cost", "charge", "amount", "paid");

    private FreeOfCharge() {
    }

    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            // "free text", "free-form", "freely" say nothing of a price
            if (!r.free(t.index()) || !t.is("free") || next != null && next.isAny(Set.of("text", "form", "tier"))) {
                continue;
            }
            List<DataColumn> prices = d.catalog.columns().stream().filter(c -> c.role().numeric() && !c.role().time()
                    && c.numericType() && c.words().stream().anyMatch(PRICE_WORDS::contains)).toList();
            if (prices.size() == 1) {
                d.filters.add(new Filter.Compare(prices.get(0), "=", 0));
                r.use(t.index());
            }
            return;
        }
    }
}
