package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The date column a word of the question names when the data has several: "customers who churned in 2025" is a
 * period of churn_date, "tickets closed in q4" of Closed At, "forecast year 2005" of forecastYear, not of the first
 * date column. The word must be one that only that column's name holds ("churn", "closed"), never "date" or "at";
 * or a word of leaving ("left", "turnover", "attrition") where the data has one date of an end that some rows lack.
 */
record DateVerb(DataColumn column, int token) {

    /** Words of people or customers leaving: they name the one end date ("term_date", "cancel_date"). */
    static final Set<String> LEAVING = Set.of("left", "leave", "leaving", "leavers", "leaver", "attrition", "turnover",
            "departures", "departed", "quit", "quits", "exits", "exited", "terminations", "churn", "churned");

    private static final Set<String> GENERIC = Set.of("date", "dates", "at", "on", "time", "timestamp", "day", "dt", "ts",
            "datetime", "when", "utc", "local", "year", "years", "yr");

    /** "unpaid" of paid_date, "unreturned" of return_date: the verb with the prefix that says it has not happened. */
    static boolean undone(Token t, String word) {
        String rest = t.lower().startsWith("un") ? t.lower().substring(2) : "";
        return rest.equals(word) || rest.startsWith(word) && rest.endsWith("ed") && rest.length() - word.length() <= 3;
    }

    /** "result date" of resulted_at, "order date" of ordered_at: the column's word is the participle of the question's. */
    static boolean participle(String lemma, String word) {
        return lemma.length() >= 4 && (word.equals(lemma + "ed") || word.equals(lemma + "d"));
    }

    /** Endings that make a noun of a verb: arrive → arrival, depart → departure, cancel → cancellation. */
    private static final List<String> NOUN_ENDINGS = List.of("al", "ure", "ment", "ion", "ation", "lation", "ance",
            "ence", "y", "ery");

    /** Whether a column's word is the noun of a verb the question uses ("arriving" of "Arrival Date"). */
    static boolean nominal(String verb, String word) {
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        return stem.length() >= 4 && word.startsWith(stem) && !word.equals(verb)
                && NOUN_ENDINGS.contains(word.substring(stem.length()));
    }

    static Optional<DateVerb> find(Reading r, Catalog catalog) {
        List<DateVerb> found = all(r, catalog);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Whether the date is blank on just the rows a yes/no the question names says yes on: "missed" of 157 rows where
     * actual_pickup_ts is blank on 157.
     */
    private static boolean blankWhereAsked(Reading r, Catalog catalog, DataColumn date) {
        return date.hasBlanks() && catalog.columns().stream().filter(c -> c.role() == ColumnRole.FLAG)
                .filter(c -> c.yesRows() == date.blanks())
                .anyMatch(c -> r.tokens.stream().anyMatch(t -> c.words().stream().anyMatch(t::is)));
    }

    /** "by market by year" beside Market Date: a word that is another column's whole name names that column. */
    private static boolean namesAnother(Catalog catalog, Token t) {
        // "trips in 2025" beside tripDate and a tripId its rows repeat: the trips, counted by their key
        return catalog.columns().stream().anyMatch(c -> !c.role().time() && (c.words().equals(List.of(t.lower()))
                || c.role() == ColumnRole.IDENTIFIER && catalog.repeatsMostly(c) && !t.lower().equals(c.words().get(0))
                        && t.lemmas().contains(c.words().get(0))));
    }

    /** Every free word that names one of two or more date (or year) columns, with that column. */
    static List<DateVerb> all(Reading r, Catalog catalog) {
        List<DataColumn> dates = catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME
                || c.role() == ColumnRole.YEAR).toList();
        if (dates.size() < 2) {
            return List.of();
        }
        List<DateVerb> found = new ArrayList<>();
        for (DataColumn c : dates) {
            List<String> own = c.words().stream().filter(w -> w.length() >= 4 && !GENERIC.contains(w)
                    && dates.stream().noneMatch(o -> o != c && o.words().contains(w))).toList();
            for (Token t : r.tokens) {
                // "missed pickups per month" beside actual_pickup_ts, blank just where a pickup was missed: the rows
                // asked for have no such date, so another dates them ("repairs carried out in 2024" have theirs)
                boolean rowsUndated = t.lower().equals(catalog.entity(true)) && blankWhereAsked(r, catalog, c);
                if (r.free(t.index()) && !namesAnother(catalog, t) && !rowsUndated && own.stream().anyMatch(w -> t.is(w)
                        || undone(t, w) || t.lemmas().stream().anyMatch(l -> nominal(l, w) || participle(l, w)))) {
                    found.add(new DateVerb(c, t.index()));
                }
                // "reservation dates" names reservation_date by its whole name, beside reservation_time
                Token next = r.at(t.index() + 1);
                if (c.words().size() == 2 && next != null && r.free(t.index()) && r.free(next.index())
                        && t.is(c.words().get(0)) && next.is(c.words().get(1)) && own.isEmpty()) {
                    found.add(new DateVerb(c, next.index()));
                }
            }
        }
        // a leaving is dated ("left in 2024"); a time on the clock ends a day's trip, no stay
        List<DataColumn> ends = dates.stream().filter(c -> Elapsed.endDate(c) && c.hasBlanks() && !c.clock()).toList();
        for (Token t : r.tokens) {
            Token before = r.at(t.index() - 1);
            // "how many departures were cancelled" of boat_tour_departures: the rows themselves, no leaving
            boolean leaving = LEAVING.contains(t.lower())
                    && (before == null || !before.isAny(Set.of("still", "are", "is"))) && !catalog.namesRows(t.lower());
            if (ends.size() == 1 && r.free(t.index()) && leaving && found.stream().noneMatch(v -> v.token() == t.index())) {
                found.add(new DateVerb(ends.get(0), t.index()));
            }
        }
        return found;
    }
}
