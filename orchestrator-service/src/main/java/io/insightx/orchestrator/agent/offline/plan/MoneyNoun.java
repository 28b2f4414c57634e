package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Set<String> MONEY = Set.of("revenue", "revenues", "sales", "turnover", "takings", "receipts",
            "spend", "spent", "spending");

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
            List<Integer> tokens = new ArrayList<>(List.of(i));
            DataColumn column = money.get();
            Optional<DataColumn> gross = MoneyMeasure.gross(d.catalog);
            if (gross.isPresent() && !gross.get().equals(column)) {
                // "gross sales", "revenue before discounts"; "net sales", "revenue net of discounts", "after discounts"
                List<Integer> said = discountWords(r, i);
                mentions.removeIf(m -> m.tokens().stream().anyMatch(said::contains));
                tokens.addAll(said);
                if (said.stream().anyMatch(k -> r.at(k).isAny(Set.of("gross", "before")))) {
                    column = gross.get();
                }
            }
            d.notes.add(column.formula() != null ? "Revenue is " + column.name() + ": the data holds no revenue column."
                    : "Taking " + column.name() + " for '" + t.text() + "'.");
            tokens.sort(Comparator.naturalOrder());
            return Optional.of(new ColumnMention(column, tokens, 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /** The words around a word of money that say whether discounts are taken off: "net of discounts", "gross". */
    private static List<Integer> discountWords(Reading r, int money) {
        List<Integer> said = new ArrayList<>();
        for (int k = Math.max(0, money - 2); k <= money + 4 && k < r.tokens.size(); k++) {
            Token t = r.at(k);
            boolean qualifier = t.isAny(Set.of("gross", "net")) && Math.abs(k - money) <= 1;
            boolean discount = t.isAny(DISCOUNTS) && k > money;
            boolean joining = t.isAny(Set.of("of", "after", "less", "minus", "before", "excluding")) && k > money
                    && r.at(k + 1) != null && (r.at(k + 1).isAny(DISCOUNTS) || r.at(k + 1).is("of"));
            if (k != money && r.free(k) && (qualifier || discount || joining)) {
                said.add(k);
            }
        }
        return said;
    }

    private static final Set<String> DISCOUNTS = Set.of("discount", "discounts", "markdown", "markdowns", "promo", "promos");
}
