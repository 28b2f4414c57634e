package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * "which region sold the most gizmos", "how many mice were sold": what was sold is counted in units where rows carry
 * a quantity ({@link MoneyMeasure#quantity}), not in rows (the tester's "West, 26 rows" where West sold 183). A word
 * for units ("units sold", "qty", "how many pieces") is that quantity, not half of another name ("UnitPrice").
 */
final class SoldVerb {

    private static final Set<String> SOLD = Set.of("sell", "sold", "buy", "bought", "purchase", "purchased", "order",
            "ordered", "ship", "shipped");

    /** Words for things counted one by one that no column names: "how many pieces", "units". */
    private static final Set<String> PIECES = Set.of("pieces", "pcs", "units");

    private SoldVerb() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        Optional<DataColumn> quantity = MoneyMeasure.quantity(d.catalog);
        for (ColumnMention m : List.copyOf(mentions)) {
            Token word = r.at(m.first());
            if (quantity.isPresent() && m.tokens().size() == 1 && !m.whole() && word.isAny(MoneyMeasure.QUANTITY_WORDS)
                    && !m.column().equals(quantity.get())) {
                mentions.remove(m);
                List<Integer> tokens = new java.util.ArrayList<>(m.tokens());
                Token next = r.at(m.last() + 1);
                if (next != null && r.free(next.index()) && next.isAny(SOLD)) {
                    tokens.add(next.index()); // "units sold"
                }
                ColumnMention units = new ColumnMention(quantity.get(), tokens, 1.0, true, List.of());
                verbOfTheQuantity(r, d, List.of(units));
                return Optional.of(units);
            }
        }
        boolean measured = mentions.stream().anyMatch(m -> m.column().role().numeric() && !m.column().role().time());
        if (quantity.isPresent() && mentions.stream().anyMatch(m -> m.column().equals(quantity.get()))) {
            verbOfTheQuantity(r, d, mentions);
        }
        if (quantity.isEmpty() || measured) {
            return Optional.empty();
        }
        for (Token t : r.tokens) {
            int i = t.index();
            if (t.isAny(PIECES) && !r.used(i) && mentions.stream().noneMatch(m -> m.tokens().contains(i))) {
                d.notes.add("Counting " + t.text() + " in " + quantity.get().name() + ".");
                return Optional.of(new ColumnMention(quantity.get(), List.of(i), 1.0, true, List.of()));
            }
            if (free(r, d, mentions, t)) {
                mentions.removeIf(m -> m.tokens().contains(i)); // "sell" named the date of a sale (Sold At) too
                d.notes.add("Counting what was " + (t.lower().matches(".*(ed|old|ought)") ? t.text() : "sold") + " in "
                        + quantity.get().name() + ".");
                return Optional.of(new ColumnMention(quantity.get(), List.of(i), 1.0, true, List.of()));
            }
        }
        return Optional.empty();
    }

    /** "by purchase date", "sales per sold month": the word is the date's name, not a verb of the things sold. */
    private static boolean namesTheDate(Reading r, Token t) {
        Token before = r.at(t.index() - 1);
        Token next = r.at(t.index() + 1);
        return before != null && before.isAny(Set.of("by", "per", "each")) || next != null
                && (next.isAny(Set.of("date", "dates", "time", "timestamp")) || Vocabulary.grain(next) != null);
    }

    /** Whether a verb of selling was read: "how many popcorns did we sell", never the rows ("in-store orders"). */
    static boolean said(Reading r, Draft d) {
        return r.tokens.stream().anyMatch(t -> t.isAny(SOLD) && verb(t) && !RowNoun.names(d.catalog, t)
                && r.used(t.index()));
    }

    /** "sells" and "buys" are verbs; "orders", "purchases" may be the rows. */
    private static boolean verb(Token t) {
        return !t.lower().matches(".*s") || t.lower().equals("sells") || t.lower().equals("buys");
    }

    /** "which plant sold the most units": the verb of the quantity asked already is read with it. */
    private static void verbOfTheQuantity(Reading r, Draft d, List<ColumnMention> mentions) {
        r.tokens.stream().filter(t -> free(r, d, mentions, t)).findFirst().ifPresent(t -> r.use(t.index()));
    }

    /** A verb of selling no part of the question has read; never the noun of the rows ("how many orders"). */
    private static boolean free(Reading r, Draft d, List<ColumnMention> mentions, Token t) {
        return t.isAny(SOLD) && verb(t) && !RowNoun.names(d.catalog, t) && !r.used(t.index())
                && mentions.stream().noneMatch(m -> m.tokens().contains(t.index())
                        && (!m.column().role().time() || namesTheDate(r, t)));
    }
}
