package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Which end of a measure is "best" and which "worst": the worst delays are the longest, the worst scores the lowest.
 * Read from the measure's name against English words for quantities one wants less of or more of; a measure neither
 * list knows keeps "worst" as the lowest, said as a guess (the answer is partial) rather than stated as fact.
 */
final class Polarity {

    /** Quantities where more is worse. */
    private static final Set<String> BAD = Set.of("delay", "wait", "latency", "cost", "debt", "loss", "death", "fatality",
            "casualty", "damage", "error", "defect", "complaint", "crime", "injury", "accident", "unemployment",
            "pollution", "pollutant", "emission", "churn", "downtime", "absence", "risk", "mortality", "poverty", "expense",
            "deficit",
            "failure", "violation", "incident", "default", "killed", "injured", "cancellation", "cancelled", "canceled",
            "late", "fail", "failed", "reject", "rejected", "refund", "dropout", "bounce", "overdue", "missed", "absent",
            "fraud", "dispute", "abandon", "abandoned", "lost");
    /** Quantities where more is better. */
    private static final Set<String> GOOD = Set.of("score", "rating", "sale", "sales", "revenue", "income", "profit",
            "growth", "return", "yield", "satisfaction", "wage", "salary", "gdp", "expect", "expectancy", "efficiency",
            "mpg", "gross", "win", "goal", "point", "vote", "receipt", "donation", "survival", "attendance");

    /** Speeds said of a time taken: the slowest is the longest, the fastest the shortest. */
    private static final Set<String> SLOW = Set.of("slow", "slowest", "slower");
    private static final Set<String> FAST = Set.of("fast", "fastest", "faster", "quick", "quickest", "quicker");

    private Polarity() {
    }

    /** Sets the ranking's end for "best"/"worst" once the measure is known; a measure of unknown polarity is a guess. */
    static void apply(Reading r, Draft d, DataColumn measure) {
        boolean taken = measure != null && (measure.formula() != null && measure.formula().startsWith("date_diff(")
                || measure.role().numeric() && "time".equals(Units.dimension(measure)));
        boolean slow = r.tokens.stream().anyMatch(t -> t.isAny(SLOW));
        if (taken && (slow || r.tokens.stream().anyMatch(t -> t.isAny(FAST)))) {
            // "the slowest turnaround": of a time taken, the longest; "the fastest", the shortest
            d.low = !slow;
            r.tokens.stream().filter(t -> t.isAny(SLOW) || t.isAny(FAST)).forEach(t -> r.use(t.index()));
            // "the fastest marathon time", "top 5 fastest men": the shortest, of all the rows as of each group
            boolean edge = d.aggregate == Aggregate.MIN || d.aggregate == Aggregate.MAX || d.aggregate == null;
            d.aggregate = edge ? slow ? Aggregate.MAX : Aggregate.MIN : d.aggregate;
        }
        Token said = r.tokens.stream().filter(t -> t.isAny(Set.of("best", "worst"))).findFirst().orElse(null);
        // "the worst turnover": a share of people leaving is worse the higher it is
        boolean leaving = measure == null && d.eventDate != null && d.aggregate == Aggregate.SHARE;
        // "the worst on-time rate": the question said which rows are the good ones
        boolean known = d.moreIsWorse != null && (measure == null || measure.formula() != null);
        // "the worst no-show rate": a share is as good or bad as the rows it counts
        boolean shareOfPart = measure == null && d.aggregate == Aggregate.SHARE && !leaving && !known
                && d.filters.stream().anyMatch(Filter::part);
        boolean unmeasured = measure == null || !measure.role().numeric();
        if (said != null && unmeasured && !leaving && !known && !shareOfPart && !sold(r, said)) {
            // "who is our best teacher": the data holds how many rows each has, no measure of how good one is
            d.guessed = true;
            d.notes.add("Taking “" + said.lower() + "” as the " + (said.is("worst") ? "fewest" : "most")
                    + " rows: the data holds no measure of which is better.");
            return;
        }
        if (said == null || !leaving && !known && !shareOfPart && (measure == null || !measure.role().numeric())) {
            return;
        }
        Boolean moreIsWorse = leaving ? Boolean.TRUE : known ? d.moreIsWorse : shareOfPart ? partIsWorse(d) : moreIsWorse(measure);
        boolean worst = said.is("worst");
        if (moreIsWorse == null) {
            String what = measure == null ? "share" : measure.label();
            d.guessed = true;
            d.notes.add("Taking “" + said.lower() + "” as the " + (worst ? "lowest " : "highest ") + what
                    + ": the data does not say whether more " + (measure == null ? "of these rows" : what) + " is better or worse.");
            return;
        }
        boolean high = worst == moreIsWorse;
        d.low = !high;
        if (d.aggregate == Aggregate.MIN || d.aggregate == Aggregate.MAX) {
            d.aggregate = high ? Aggregate.MAX : Aggregate.MIN;
        }
    }

    /** "best-selling", "best sellers": how much sold, which the rows count. */
    private static boolean sold(Reading r, Token said) {
        Token next = r.at(said.index() + 1);
        Token after = next != null && next.is("-") ? r.at(said.index() + 2) : next;
        return after != null && after.lemmas().stream().anyMatch(l -> l.equals("sell") || l.equals("seller"));
    }

    /** Whether more of the rows a share counts is worse: by the words of their columns and values ("no_show" = 1). */
    private static Boolean partIsWorse(Draft d) {
        for (Filter f : d.filters.stream().filter(Filter::part).toList()) {
            java.util.List<String> words = new java.util.ArrayList<>(f.column().words());
            if (f instanceof Filter.Values v && f.column().role() != io.insightx.orchestrator.agent.offline.link.ColumnRole.FLAG) {
                v.values().forEach(value -> words.addAll(java.util.List.of(value.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))));
            }
            Boolean worse = moreIsWorse(words);
            if (worse != null) {
                return f instanceof Filter.Values v && v.negated() ? !worse : worse;
            }
        }
        return null;
    }

    /** True when more of the measure is worse, false when better, null when its name does not say. */
    static Boolean moreIsWorse(DataColumn measure) {
        return moreIsWorse(measure.words());
    }

    private static Boolean moreIsWorse(java.util.List<String> words) {
        if (String.join(" ", words).matches(".*\\bno show.*|.*\\bnoshow.*")) {
            return true; // "no_show": an appointment missed
        }
        for (String w : words) {
            String singular = w.replaceAll("(?<=[a-z]{3})s$", "");
            if (BAD.contains(w) || BAD.contains(singular)) {
                return true;
            }
            if (GOOD.contains(w) || GOOD.contains(singular)) {
                return false;
            }
        }
        return null;
    }
}
