package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "dnf % at capital city marathon", "refund rate of online orders": the value said right before the word of a share
 * is the part counted; the other conditions are its whole. Its filter goes last, where the share reads its part.
 * "success rate by category (successful vs failed only)": where the question also names the values the share is
 * among, those are the whole, and no grouping by them. "saturdays as a % of all tickets in 2024": what "as a share
 * of" is followed by is the whole.
 */
final class SharePart {

    private static final Set<String> SHARE_WORDS = Set.of("%", "pct", "percent", "percentage", "rate", "share");

    private SharePart() {
    }

    static void read(Reading r, Draft d) {
        wholeAfterAsAShareOf(r, d);
        spanIsTheWhole(d);
        for (Token t : r.tokens) {
            Filter.Values said = d.valueAt.get(t.index());
            Token next = r.at(t.index() + 1);
            if (said == null || next == null || !next.isAny(SHARE_WORDS) || said.negated() || !d.filters.remove(said)) {
                continue;
            }
            String value = d.valueSaid.get(t.index());
            // values named elsewhere too ("successful vs failed"), not all the values one word names ("cancellation")
            boolean namedApart = d.valueAt.entrySet().stream().anyMatch(e -> e.getValue() == said && e.getKey() != t.index());
            if (namedApart && said.values().size() > 1 && value != null && said.values().contains(value)) {
                d.filters.add(said); // the values named: the whole
                d.filters.add(new Filter.Values(said.column(), List.of(value), false));
                d.groups.removeIf(g -> g.grain() == null && g.column().equals(said.column()));
                d.compared = d.compared == said.column() ? null : d.compared;
            } else {
                d.filters.add(said);
            }
            return;
        }
    }

    /**
     * "saturdays as a % of all tickets in 2024": the conditions said after "as a share of" bound the whole, of which
     * those before are the part (2024's tickets, of which Saturdays; not Saturdays, of which 2024's).
     */
    private static void wholeAfterAsAShareOf(Reading r, Draft d) {
        int of = asAShareOf(r);
        for (int k = 0; k < d.filters.size() && of >= 0; k++) {
            Filter f = d.filters.get(k);
            if (f instanceof Filter.During p && !p.period().tokens().isEmpty()
                    && p.period().tokens().stream().allMatch(t -> t > of) && Filter.part(f)) {
                d.filters.set(k, new Filter.Whole(f));
            }
        }
    }

    /**
     * "what % of tickets in 2024 were on saturdays", "saturdays as a % of all tickets": of a span of dates and days
     * that recur (weekdays, months, hours), the span is the whole and the days its part, whichever is said first; a
     * share of all rows with no other part takes the days as its part.
     */
    private static void spanIsTheWhole(Draft d) {
        if (d.aggregate != Aggregate.SHARE || !d.groups.isEmpty()) {
            return;
        }
        List<Filter.During> times = d.filters.stream().filter(Filter.During.class::isInstance)
                .map(Filter.During.class::cast).toList();
        List<Filter.During> days = times.stream().filter(p -> !recurring(p.period()).isEmpty()).toList();
        if (days.size() != 1) {
            return;
        }
        times.stream().filter(p -> p != days.get(0) && p.period().from() != null && Filter.part(p))
                .forEach(p -> d.filters.set(d.filters.indexOf(p), new Filter.Whole(p)));
        Filter.During part = days.get(0);
        if (!Filter.part(part) && d.filters.stream().noneMatch(Filter::part)) {
            d.filters.set(d.filters.indexOf(part), new Filter.Said(part.column(), part, part.words()));
        }
    }

    private static List<Integer> recurring(io.insightx.orchestrator.agent.offline.lang.Period p) {
        List<Integer> all = new java.util.ArrayList<>(p.months());
        all.addAll(p.weekdays());
        all.addAll(p.hours());
        return all;
    }

    /** Where the "of" of "as a share of", "as a % of" is, or -1. */
    private static int asAShareOf(Reading r) {
        for (int i = 0; i + 2 < r.tokens.size(); i++) {
            int word = r.at(i + 1).isAny(Set.of("a", "the")) ? i + 2 : i + 1;
            Token share = r.at(word);
            Token of = r.at(word + 1);
            if (r.at(i).is("as") && share != null && share.isAny(SHARE_WORDS) && of != null && of.is("of")) {
                return word + 1;
            }
        }
        return -1;
    }
}
