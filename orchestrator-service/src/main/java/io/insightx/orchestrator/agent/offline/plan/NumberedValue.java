package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

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
        mentions.forEach(m -> yearOfTheColumn(r, d, m, spent));
        for (ColumnMention m : mentions) {
            int after = m.last() + 1;
            if (r.at(after) != null && r.at(after).isAny(Set.of("of", "=")) && r.free(after)) {
                after++; // "a csat of 4", "priority = 2"
            }
            Token number = r.at(after);
            DataColumn c = m.column();
            Token before = r.at(m.first() - 1);
            boolean said = before != null && r.free(before.index()) && whole(before) && !before.looksLikeYear()
                    && c.integer() && !c.role().time() && c.distinct() > 0 && c.distinct() <= FEW;
            if (said && !spent.contains(m)) {
                number = before;
            } else if (spent.contains(m) || number == null || r.used(number.index()) || !whole(number) || !code(c)) {
                continue;
            }
            List<Token> listed = listed(r, number);
            if (listed.size() > 1 && number != before) {
                // "a csat of 4 or 5", "priority 1 or 2": the rows with any of those values
                d.filters.add(new Filter.Values(c, listed.stream().map(t -> Numbers.plain(t.number())).toList(), false));
                r.use(IntStream.rangeClosed(number.index(), listed.get(listed.size() - 1).index())
                        .boxed().toList());
            } else {
                d.filters.add(new Filter.Compare(c, "=", number.number()));
            }
            spent.add(m);
            r.use(m.tokens());
            if (number != before) {
                r.use(IntStream.rangeClosed(m.last() + 1, number.index()).boxed().toList());
            }
            r.use(number.index());
        }
        compared(d);
    }

    /**
     * "the 2023 season", "edition 2019": a year said beside a column of years (not a time) is that column's value, not
     * the calendar year the periods took it for.
     */
    private static void yearOfTheColumn(Reading r, Draft d, ColumnMention m, Set<ColumnMention> spent) {
        DataColumn c = m.column();
        if (spent.contains(m) || !c.integer() || c.role().time() || !code(c)) {
            return;
        }
        for (Token year : new Token[] {r.at(m.first() - 1), r.at(m.last() + 1)}) {
            Filter.During calendar = year == null || !year.looksLikeYear() || !c.values().contains(Numbers.plain(year.number()))
                    ? null : d.filters.stream().filter(f -> f instanceof Filter.During during
                            && during.period().tokens().equals(List.of(year.index()))).map(f -> (Filter.During) f)
                            .findFirst().orElse(null);
            if (calendar != null) {
                d.filters.remove(calendar);
                d.filters.add(new Filter.Compare(c, "=", year.number()));
                spent.add(m);
                r.use(m.tokens());
                return;
            }
        }
    }

    /**
     * "priority 1 vs priority 3": one column named twice with a number each is two groups compared, never rows that
     * are both at once.
     */
    private static void compared(Draft d) {
        List<Filter.Compare> equal = d.filters.stream().filter(f -> f instanceof Filter.Compare c && "=".equals(c.op()))
                .map(f -> (Filter.Compare) f).toList();
        for (Filter.Compare first : equal) {
            List<Filter.Compare> same = equal.stream().filter(f -> f.column().equals(first.column())).toList();
            if (same.size() > 1 && d.filters.containsAll(same)) {
                d.filters.removeAll(same);
                d.filters.add(new Filter.Values(first.column(), same.stream().map(f -> Numbers.plain(f.number())).distinct()
                        .toList(), false));
                d.compared = first.column();
            }
        }
    }

    /** The number and those listed after it with "or", "and" or a comma: "4 or 5", "1, 2 and 3". */
    private static List<Token> listed(Reading r, Token first) {
        List<Token> numbers = new ArrayList<>(List.of(first));
        int i = first.index() + 1;
        while (r.at(i) != null && r.at(i).isAny(Set.of("or", "and", ",")) && r.at(i + 1) != null && whole(r.at(i + 1))
                && r.free(i + 1)) {
            numbers.add(r.at(i + 1));
            i += 2;
        }
        return numbers;
    }

    private static boolean whole(Token t) {
        return t.isNumber() && t.number() == Math.rint(t.number());
    }

    private static boolean code(DataColumn c) {
        boolean key = c.role() == ColumnRole.IDENTIFIER;
        return c.integer() && !c.role().time() && (key || c.distinct() > 0 && c.distinct() <= CODES);
    }
}
