package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A column of whole numbers named with one of its numbers: "in group 3", "priority 2", "the rate for id 1001", or,
 * number first, of a handful of values: "1 star reviews", "3 bed listings". The rows whose value is that number; only
 * for keys and codes (an id, few values), never a measure ("temp 30" says nothing of how it compares) nor a time,
 * whose numbers are periods.
 */
final class NumberedValue {

    /** At most this many values for a column of whole numbers to be a code named by its numbers. */
    private static final int CODES = 100;
    /** At most this many values for a number said before a column's name to be one of them ("5 star"). */
    private static final int FEW = 12;

    private NumberedValue() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (ColumnMention m : mentions) {
            Token number = r.at(m.last() + 1);
            DataColumn c = m.column();
            Token before = r.at(m.first() - 1);
            boolean said = before != null && r.free(before.index()) && whole(before) && !before.looksLikeYear()
                    && c.integer() && !c.role().time() && c.distinct() > 0 && c.distinct() <= FEW;
            if (said && !spent.contains(m)) {
                number = before;
            } else if (spent.contains(m) || number == null || r.used(number.index()) || !whole(number) || !code(c)) {
                continue;
            }
            d.filters.add(new Filter.Compare(c, "=", number.number()));
            spent.add(m);
            r.use(m.tokens());
            r.use(number.index());
        }
    }

    private static boolean whole(Token t) {
        return t.isNumber() && t.number() == Math.rint(t.number());
    }

    private static boolean code(DataColumn c) {
        boolean key = c.role() == ColumnRole.IDENTIFIER;
        return c.integer() && !c.role().time() && (key || c.distinct() > 0 && c.distinct() <= CODES);
    }
}
