package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * "total sales", "revenue by region", "top 3 customers by revenue" over orders that hold an amount, or units and a
 * unit price: the word of money is the data's money ({@link MoneyMeasure}), and the answer says what it took. A
 * column named by the word itself ("sales channel" taken whole) comes first.
 */
final class MoneyNoun {

    private static final Set<String> MONEY = Set.of("revenue", "revenues", "sales", "turnover", "takings", "receipts");

    private MoneyNoun() {
    }

    /** The mention of the data's money at an unplaced word of money; a partial match it replaces is removed. */
    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        Optional<DataColumn> money = MoneyMeasure.of(d.catalog);
        if (money.isEmpty() || mentions.stream().anyMatch(m -> m.column().equals(money.get()))) {
            return Optional.empty();
        }
        for (Token t : r.tokens) {
            int i = t.index();
            boolean takenWhole = mentions.stream().anyMatch(m -> m.tokens().contains(i) && (m.whole() || m.tokens().size() > 1));
            if (r.used(i) || !t.isAny(MONEY) || takenWhole) {
                continue;
            }
            mentions.removeIf(m -> m.tokens().contains(i)); // "sales" was half of "Sales Channel"
            DataColumn column = money.get();
            d.notes.add(column.formula() != null ? "Revenue is " + column.name() + ": the data holds no revenue column."
                    : "Taking " + column.name() + " for '" + t.text() + "'.");
            return Optional.of(new ColumnMention(column, List.of(i), 1.0, true, List.of()));
        }
        return Optional.empty();
    }
}
