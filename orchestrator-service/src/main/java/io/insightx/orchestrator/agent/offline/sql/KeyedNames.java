package io.insightx.orchestrator.agent.offline.sql;

import java.util.List;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.plan.Filter;

/**
 * A name kept beside a key of its own (walker_name beside walker_id) picks the rows of the things so named, by key:
 * "jobs Bob Kowalski did" are walker W02's, those written "Robert Kowalski" too. Where each name has one key and each
 * key one name, the rows are the same as the name's own.
 */
final class KeyedNames {

    private KeyedNames() {
    }

    /** The filter's SQL, a name's value read as the things it names. */
    static String sql(Catalog catalog, Filter f, List<Object> params) {
        if (!(f instanceof Filter.Values v) || v.negated() || v.column().list() || catalog.joined()) {
            return f.sql(params);
        }
        return catalog.keyOf(v.column()).map(key -> key.sql() + " IN (SELECT " + key.sql() + " FROM "
                + catalog.sqlTable() + " WHERE " + v.sql(params) + ")").orElseGet(() -> f.sql(params));
    }
}
