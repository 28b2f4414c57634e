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

    private FigureVerb() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions) {
        boolean money = mentions.stream().anyMatch(m -> MoneyMeasure.moneyLike(m.column())
                || MoneyMeasure.of(d.catalog).filter(m.column()::equals).isPresent());
        boolean amount = mentions.stream().anyMatch(m -> m.column().role() == ColumnRole.MEASURE);
        for (Token t : r.tokens) {
            boolean says = money && t.isAny(PAYING) || amount && t.isAny(RUNNING_UP);
            if (says && r.free(t.index()) && !d.catalog.holds(t)) {
                r.use(t.index());
            }
        }
    }
}
