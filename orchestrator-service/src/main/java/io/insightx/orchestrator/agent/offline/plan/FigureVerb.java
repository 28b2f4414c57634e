package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * The verb that only says how a figure came about: money changing hands ("which student has paid us the most in
 * fees", "customers who spent the most") said of a figure of money, an amount run up ("which car has clocked the
 * most km", "volunteer hours logged") said of any amount. A verb the data holds as a column or a value ("paid" of a
 * {@code paid} flag) is a condition, left to the columns.
 */
final class FigureVerb {

    /** Verbs of money in their past forms only: "pay", "spend" and "charge" are also the money's own nouns. */
    private static final Set<String> PAYING = Set.of("paid", "earned", "charged", "generated", "made");
    private static final Set<String> RUNNING_UP = Set.of("clock", "clocked", "clocks", "log", "logged", "logs",
            "rack", "racked", "accumulate", "accumulated", "cover", "covered", "covers", "put", "puts");

    /** Verbs of making or gathering an amount: what each row yielded, which adds up however the column is named. */
    private static final Set<String> PRODUCING = Set.of("produced", "produce", "produces", "yielded", "yield",
            "yields", "harvested", "gathered", "collected");
    private static final Set<String> AMOUNTS = Set.of("mass", "volume");

    private FigureVerb() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions) {
        boolean money = mentions.stream().anyMatch(m -> money(d, m));
        boolean amount = mentions.stream().anyMatch(m -> m.column().role() == ColumnRole.MEASURE);
        for (Token t : r.tokens) {
            if (t.isAny(PRODUCING) && r.free(t.index()) && !d.catalog.holds(t) && producedAmount(r, t, mentions)) {
                // "which hive produced the most honey" over honeyKg: the honey of each inspection, added up
                r.use(t.index());
                d.aggregate = d.aggregate == null || d.aggregate.edge() ? Aggregate.SUM : d.aggregate;
                continue;
            }
            boolean says = money && t.isAny(PAYING) || amount && t.isAny(RUNNING_UP);
            // "which artist charged the most": the verb that is the money's own mention stays it
            boolean theMoney = mentions.stream().anyMatch(m -> m.tokens().contains(t.index()) && money(d, m));
            if (says && r.free(t.index()) && !d.catalog.holds(t) && !theMoney) {
                r.use(t.index());
            }
        }
    }

    private static boolean money(Draft d, ColumnMention m) {
        return MoneyMeasure.moneyLike(m.column()) || MoneyMeasure.of(d.catalog).filter(m.column()::equals).isPresent();
    }

    /**
     * Whether a weight or volume is named near the verb ("produced the most honey", "how much honey did each apiary
     * produce" of honeyKg).
     */
    private static boolean producedAmount(Reading r, Token verb, List<ColumnMention> mentions) {
        return mentions.stream().anyMatch(m -> m.first() != verb.index() && Math.abs(m.first() - verb.index()) <= 4
                && m.column().role().numeric()
                && m.column().words().stream().map(Units::dimensionOfUnit)
                        .anyMatch(u -> u != null && AMOUNTS.contains(u)));
    }
}
