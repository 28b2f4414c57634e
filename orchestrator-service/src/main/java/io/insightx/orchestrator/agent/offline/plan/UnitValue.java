package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * "total spend in usd", "spend (usd, approved)" over amount_usd beside a currency column that holds "USD": the
 * value is the unit of the figure named, said to choose it, not a filter of the rows paid in that currency ("usd
 * txns", "usd transactions" are).
 */
final class UnitValue {

    private UnitValue() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Map.Entry<Integer, Filter.Values> at : Map.copyOf(d.valueAt).entrySet()) {
            Filter.Values filter = at.getValue();
            Token t = r.at(at.getKey());
            Token next = r.at(at.getKey() + 1);
            // a plural noun after it names the rows ("usd txns"), not "usd total" or "usd, approved"
            boolean ofRows = next != null && next.lower().matches("\\p{L}{2,}[^s]s") && !FunctionWords.is(next)
                    && !next.isAny(Set.of("totals", "amounts"));
            boolean unit = mentions.stream().anyMatch(m -> m.column().role().numeric() && !m.tokens().contains(t.index())
                    && (m.column().words().contains(t.lower()) || t.lower().equals(m.column().unit())));
            if (!unit || ofRows || filter.negated() || filter.values().size() != 1 || filter.column().role() != ColumnRole.CATEGORY) {
                continue;
            }
            d.filters.remove(filter);
            d.valueAt.remove(at.getKey());
            d.notes.add("Reading '" + t.text() + "' as the unit of " + mentions.stream().filter(m -> m.column().role().numeric()
                    && m.column().words().contains(t.lower())).findFirst().map(m -> m.column().name()).orElse("the figure")
                    + ", not as rows of " + filter.column().name() + " " + filter.values().get(0) + ".");
        }
    }
}
