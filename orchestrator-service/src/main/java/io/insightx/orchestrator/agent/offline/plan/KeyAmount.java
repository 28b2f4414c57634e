package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.link.Catalog;
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
    static Optional<DataColumn> of(Reading r, Draft d, DataColumn key) {
        if (key == null || key.role() != ColumnRole.IDENTIFIER || d.aggregate == null || d.countWords || unplaced(r)) {
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

    /** "avg age of our couriers": a word nothing placed may be the figure meant; no money stands in for it. */
    private static boolean unplaced(Reading r) {
        return r.tokens.stream().anyMatch(t -> r.free(t.index()) && !t.isNumber() && !FunctionWords.is(t)
                && t.lower().matches("\\p{L}{3,}"));
    }

    /**
     * "the biggest orders by value" over order lines: things of a key that repeats over the rows, ranked by what they
     * are worth or by their size, are ranked by the money their rows add up to.
     */
    static Optional<DataColumn> ofKeysWorth(Reading r, Draft d, DataColumn key) {
        boolean repeats = key.role() == ColumnRole.IDENTIFIER && d.catalog.repeats(key);
        boolean worth = r.tokens.stream().anyMatch(t -> t.isAny(WORTH) || t.isAny(SIZES));
        if (!repeats || !worth || d.countWords) {
            return Optional.empty();
        }
        Optional<DataColumn> money = MoneyMeasure.of(d.catalog);
        money.ifPresent(m -> r.tokens.stream().filter(t -> t.isAny(WORTH)).forEach(t -> r.use(t.index())));
        return money;
    }

    /** Words that ask what things are worth: "the total value of winning bids". */
    private static final Set<String> WORTH = Set.of("value", "worth", "sum", "amount");

    /**
     * "the total value of winning bids", "the sum of bids", "the avg winning bid": a figure of the rows themselves, said
     * by what they are worth or as an average, is of the amount of money each carries ("total bids" counts them).
     */
    static Optional<DataColumn> ofRowsValue(Reading r, Draft d) {
        // "avg orders per customer" counts them
        boolean perSomething = d.perKey != null || r.tokens.stream().anyMatch(t -> t.is("per"));
        if (d.entity == null || d.aggregate == null || d.countWords || perSomething || !d.groups.isEmpty() && d.aggregate.edge()) {
            return Optional.empty();
        }
        // "avg order value" over order lines: an order is several rows, its amount their sum (not this reading)
        String singular = d.entity.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        boolean keyRepeats = d.catalog.columns().stream().anyMatch(c -> c.role() == ColumnRole.IDENTIFIER
                && c.words().contains(singular) && d.catalog.repeats(c));
        if (keyRepeats) {
            return Optional.empty();
        }
        boolean averaged = d.aggregate == Aggregate.AVG || d.aggregate == Aggregate.MEDIAN;
        boolean worth = (d.aggregate == Aggregate.SUM || averaged || d.aggregate.edge())
                && r.tokens.stream().anyMatch(t -> t.isAny(WORTH));
        // "the largest claim", "the smallest invoice": a row's size is the money it carries
        boolean sized = d.aggregate.edge() && r.tokens.stream().anyMatch(t -> t.isAny(SIZES));
        Optional<DataColumn> money = averaged && averagesTheRows(r, d) || worth || sized
                ? MoneyMeasure.of(d.catalog).or(() -> named(d.catalog, singular)) : Optional.empty();
        money.ifPresent(m -> r.tokens.stream().filter(t -> t.isAny(WORTH)).forEach(t -> r.use(t.index())));
        return money;
    }

    /** Superlatives of how many, not of how large: "the most bids" counts them. */
    private static final Set<String> OF_COUNTS = Set.of("most", "least", "fewest");

    /**
     * "the highest single bid", "the biggest invoice": a superlative said of one of the rows, by their own noun, ranks
     * the rows by the money each carries (or the one amount named after them), never counts them per group.
     */
    static Optional<DataColumn> ofRowSuperlative(Reading r, Draft d) {
        if (d.entity == null || d.aggregate == null || !d.aggregate.edge()) {
            return Optional.empty();
        }
        String singular = d.entity.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            int next = r.at(i + 1).is("single") ? i + 2 : i + 1;
            // said in the singular: "the highest sales by category" are the categories' totals, not one sale
            boolean ofRows = r.at(next) != null && r.at(next).text().equalsIgnoreCase(d.entity)
                    && !r.at(next).lower().matches("\\p{L}+[^s]s");
            if (Planner.superlative(r.at(i)) && !r.at(i).isAny(OF_COUNTS) && ofRows) {
                return MoneyMeasure.of(d.catalog).or(() -> named(d.catalog, singular));
            }
        }
        return Optional.empty();
    }

    /** The one amount named after a thing: claimAmount of a claim (claim_id), order_total of an order. */
    static Optional<DataColumn> named(Catalog catalog, String thing) {
        List<DataColumn> own = catalog.with(ColumnRole.MEASURE).stream()
                .filter(c -> c.words().size() > 1 && c.words().get(0).equals(thing)).toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    /** "avg winning bid": the rows' noun right after the average, past words already read (a value, a flag). */
    private static boolean averagesTheRows(Reading r, Draft d) {
        for (int i = 0; i < r.tokens.size(); i++) {
            Aggregate a = Vocabulary.AGGREGATES.get(r.at(i).lower());
            if (a != Aggregate.AVG && a != Aggregate.MEDIAN) {
                continue;
            }
            int k = i + 1;
            while (r.at(k) != null && r.used(k) && !r.at(k).text().equals(d.entity)) {
                k++;
            }
            return r.at(k) != null && r.at(k).text().equals(d.entity);
        }
        return false;
    }

    /** "the largest invoice", "the smallest order": a size said of the rows themselves is the amount each carries. */
    static Optional<DataColumn> ofRows(Reading r, Draft d) {
        boolean sized = d.aggregate != null && d.aggregate.edge() && d.groups.isEmpty() && d.entity != null
                && r.tokens.stream().anyMatch(t -> Planner.superlative(t)
                        && t.lemmas().stream().anyMatch(SIZES::contains));
        return sized ? MoneyMeasure.of(d.catalog) : Optional.empty();
    }
}
