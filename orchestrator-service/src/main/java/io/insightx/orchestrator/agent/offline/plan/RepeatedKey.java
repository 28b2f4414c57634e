package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "what pct of accounts churned" over monthly snapshots of accounts: the data is named after its accounts, but a row is
 * an account in one month, so the accounts are counted by their key, each once, and the answer says so.
 */
final class RepeatedKey {

    private RepeatedKey() {
    }

    /** The key the question's noun for the rows names, when its values repeat over the rows; else null. */
    static DataColumn of(Reading r, Draft d) {
        String row = d.catalog.entity(false);
        boolean said = r.tokens.stream().anyMatch(t -> d.catalog.namesRows(t.lower()));
        if (!said || d.counted != null || d.countedGrain != null || d.catalog.rows() <= 0) {
            return null;
        }
        List<DataColumn> keys = d.catalog.columns().stream()
                .filter(c -> c.role() == ColumnRole.IDENTIFIER && c.words().contains(row)
                        && d.catalog.repeatsClearly(c))
                .toList();
        if (keys.size() != 1) {
            return null;
        }
        DataColumn key = keys.get(0);
        d.notes.add("Counted each " + row + " once by " + key.name() + ": " + d.catalog.rows() + " rows hold "
                + key.distinct() + " of them.");
        return key;
    }
}
