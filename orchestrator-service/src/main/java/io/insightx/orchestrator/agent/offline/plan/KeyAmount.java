package io.insightx.orchestrator.agent.offline.plan;

import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * "total billed", "the average order", "the largest invoice": a figure asked of the things a key column names
 * (invoice_no, order_id) is of the amount of money each carries, never of the key itself. Without such an amount, or
 * when the things are counted ("the most invoices"), the key stays what it was.
 */
final class KeyAmount {

    /** Sizes said of things whose size is their amount of money: "the largest invoice". */
    private static final Set<String> SIZES = Set.of("large", "big", "small", "huge", "tiny");

    private KeyAmount() {
    }

    /** The amount the key's things carry, or empty. */
    static Optional<DataColumn> of(Draft d, DataColumn key) {
        if (key == null || key.role() != ColumnRole.IDENTIFIER || d.aggregate == null || d.countWords) {
            return Optional.empty();
        }
        String said = d.said.get(key);
        if (said != null && said.split(" ").length >= key.words().size()) {
            return Optional.empty(); // "the max invoice no": the key itself, named in full
        }
        boolean figure = d.aggregate == Aggregate.SUM || d.aggregate == Aggregate.AVG
                || d.aggregate == Aggregate.MEDIAN;
        boolean largest = d.aggregate.edge() && d.groups.isEmpty() && d.timeEdge == null;
        return figure || largest ? MoneyMeasure.of(d.catalog) : Optional.empty();
    }

    /** "the largest invoice", "the smallest order": a size said of the rows themselves is the amount each carries. */
    static Optional<DataColumn> ofRows(Reading r, Draft d) {
        boolean sized = d.aggregate != null && d.aggregate.edge() && d.groups.isEmpty() && d.entity != null
                && r.tokens.stream().anyMatch(t -> Planner.superlative(t)
                        && t.lemmas().stream().anyMatch(SIZES::contains));
        return sized ? MoneyMeasure.of(d.catalog) : Optional.empty();
    }
}
