package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A yes/no said by its negative prefix: "unpaid appointments" over a {@code paid} flag are those not paid,
 * "non-billable hours" those not billable. Read before columns are linked, since no column is named "unpaid".
 */
final class NegatedFlag {

    private NegatedFlag() {
    }

    static void read(Reading r, Draft d) {
        for (DataColumn c : d.catalog.columns()) {
            if (c.role() != ColumnRole.FLAG || c.yes() == null || c.words().isEmpty()) {
                continue;
            }
            String word = c.words().get(c.words().size() - 1);
            for (Token t : r.tokens) {
                String w = t.lower();
                boolean negative = word.length() >= 4 && (w.equals("un" + word) || w.equals("non" + word) || w.equals("non-" + word));
                if (negative && r.free(t.index())) {
                    d.filters.add(new Filter.Values(c, List.of(c.yes()), true));
                    r.use(t.index());
                    return;
                }
            }
        }
    }
}
