package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Whether a question about a level or a stock asks for its course over the years rather than one figure:
 * "fertility in india since 1980", "harlow population". Averaging a level or summing a population over years
 * answers a question nobody asked.
 */
final class Series {

    private Series() {
    }

    /**
     * A level or a stock named with no aggregate, no grouping and no ranking, over several years of yearly data (a
     * period that spans them, or the whole data): the question asks how it went, year by year.
     */
    static boolean asked(Draft d, DataColumn measure, boolean change) {
        if (d.aggregate != null || d.countWords || change || d.superlative || d.limit != null || d.ranking
                || !d.groups.isEmpty() || measure == null || measure.role() != ColumnRole.LEVEL && !stock(measure)) {
            return false;
        }
        DataColumn time = d.catalog.time().orElse(null);
        if (time == null || !yearly(d, time)) {
            return false;
        }
        for (Filter f : d.filters) {
            if (f instanceof Filter.During during && during.period().monthOfYear() == null) {
                var from = during.period().from() == null ? d.catalog.timeEdge(false) : during.period().from();
                var to = during.period().to() == null ? d.catalog.timeEdge(true) : during.period().to();
                return from != null && to != null && to.getYear() - from.getYear() > 1;
            }
        }
        // no period: the whole data, when it holds several years ("harlow population")
        var first = d.catalog.timeEdge(false);
        var last = d.catalog.timeEdge(true);
        return first != null && last != null && last.getYear() - first.getYear() >= 1;
    }

    /** A count of what exists at a time (a population, a balance), which adds up across places but not across years. */
    private static boolean stock(DataColumn measure) {
        return measure.role() == ColumnRole.MEASURE && measure.words().stream().anyMatch(Vocabulary.STOCKS::contains);
    }

    /** A year number, or dates one or fewer a year (iowa's 2001-01-01, 2002-01-01, …). */
    private static boolean yearly(Draft d, DataColumn time) {
        if (time.role() == ColumnRole.YEAR) {
            return true;
        }
        var first = d.catalog.timeEdge(false);
        var last = d.catalog.timeEdge(true);
        return time.role() == ColumnRole.TIME && first != null && last != null
                && time.distinct() <= last.getYear() - first.getYear() + 1;
    }
}
