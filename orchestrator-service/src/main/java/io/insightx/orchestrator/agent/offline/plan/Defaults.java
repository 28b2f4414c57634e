package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * What a plan takes when the question does not say: the dataset's column of counts for "how many", its only
 * measure, the months of a single year, and the totals rows left out. Each default is noted in the answer.
 */
final class Defaults {

    /** What every note of a default says: the column was taken because it is the dataset's one of its kind. */
    static final String DEFAULTED = "the dataset's";

    private Defaults() {
    }

    /** Words that name a column of counts: rows already aggregated, so "how many" sums it. */
    static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("count", "counts", "number", "n", "num",
            "people", "persons", "frequency", "freq", "headcount");

    /** Words a name that is only a count may also hold: "total count", "number of people". */
    private static final java.util.Set<String> OF_A_COUNT = java.util.Set.of("total", "of", "the");

    static boolean countedBy(DataColumn c) {
        // "count", "number of people": nothing but a count, so of what the rows stand for; "crew_count",
        // "renewal_count" or "reopened_count" count other things of each row
        return c.role() == ColumnRole.MEASURE && c.words().stream().anyMatch(COUNT_WORDS::contains)
                && c.words().stream().allMatch(w -> COUNT_WORDS.contains(w) || OF_A_COUNT.contains(w));
    }

    /**
     * "what percent of iowa's electricity was renewable": a share asked of no counted thing is a share of the dataset's
     * one additive measure, when it has exactly one. A share of things ("of penguins", "of days"), a rate ("return
     * rate") or a yes/no condition is a share of rows: null.
     */
    static DataColumn shareOfAmount(Reading r, Draft d) {
        boolean countsThings = d.countWords || d.entityPlural()
                || r.tokens.stream().anyMatch(t -> !r.used(t.index()) && t.isAny(RowNoun.TIME_UNITS));
        boolean ofRows = r.tokens.stream().anyMatch(t -> t.is("rate"))
                || d.filters.stream().anyMatch(f -> f.column().role() == ColumnRole.FLAG);
        // minutes or hours are no amount of which a part is a share ("wave_start_offset_min")
        List<DataColumn> additive = d.catalog.with(ColumnRole.MEASURE).stream()
                .filter(c -> !"time".equals(Units.dimension(c))).toList();
        if (countsThings || ofRows || additive.size() != 1) {
            return null;
        }
        d.notes.add("The share is of " + additive.get(0).name() + ", " + DEFAULTED + " one amount.");
        return additive.get(0);
    }

    /** The dataset's one column of counts, if it has exactly one ("how many teachers" sums it). */
    static DataColumn countLike(Draft d) {
        List<DataColumn> counts = d.catalog.columns().stream().filter(Defaults::countedBy).toList();
        if (counts.size() != 1) {
            return null;
        }
        d.notes.add("Counting with " + counts.get(0).name() + ", " + DEFAULTED + " column of counts.");
        return counts.get(0);
    }

    /** The one measure of a dataset that has only one, which a question need not name ("when was the index lowest"). */
    static DataColumn onlyMeasure(Draft d) {
        List<DataColumn> all = d.catalog.with(ColumnRole.MEASURE, ColumnRole.LEVEL);
        if (all.size() != 1) {
            return null;
        }
        d.notes.add("Measuring " + all.get(0).name() + ", " + DEFAULTED + " only measure.");
        return all.get(0);
    }

    /** "monthly rain in 2015": within one year, a month is also the month of the year (1 to 12, with its name). */
    static void oneYearMonths(Draft d) {
        boolean oneYear = d.filters.stream().anyMatch(f -> f instanceof Filter.During p && p.period().from() != null
                && p.period().to() != null && p.period().wholeYears()
                && p.period().to().getYear() - p.period().from().getYear() == 1);
        boolean unfiltered = d.filters.stream().noneMatch(f -> f instanceof Filter.During);
        for (int i = 0; i < d.groups.size(); i++) {
            Group g = d.groups.get(i);
            if (g.grain() != Grain.MONTH) {
                continue;
            }
            // data of one year alone ("total spend per month" over 2025): the grouped date's own first and last
            java.time.LocalDate first = Catalog.edge(g.column(), false);
            java.time.LocalDate last = Catalog.edge(g.column(), true);
            boolean dataOfOneYear = unfiltered && first != null && last != null && first.getYear() == last.getYear();
            if (oneYear || dataOfOneYear) {
                d.groups.set(i, new Group(g.column(), Grain.MONTH_OF_ONE_YEAR));
            }
        }
    }

    /**
     * Rows such as "World" or "Total" sum up the others: left out unless the question names them. Leaving a part out
     * ("not caused by epidemics") names no total: the totals rows still go.
     */
    static void excludeTotals(Draft d) {
        for (DataColumn c : d.catalog.columns()) {
            if (c.totals().isEmpty() || d.filters.stream().anyMatch(f -> f.column().equals(c) && !(f instanceof Filter.Values v
                    && v.negated() && v.values().stream().noneMatch(c.totals()::contains)))) {
                continue;
            }
            d.filters.add(new Filter.Values(c, List.copyOf(c.totals()), true, true));
            d.notes.add("Left out the totals rows (" + String.join(", ", c.totals()) + " in " + c.name() + ").");
        }
    }
}
