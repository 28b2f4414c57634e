package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Whether a row's event happened, told by whether its date is there: "orders that haven't shipped yet", "tickets not
 * closed", "customers who never churned", "unpaid invoices" keep the rows with no such date; "how many customers
 * churned" counts those that have one, and "churn rate by plan" and "what % of customers churned" are their share;
 * "tickets opened per month" counts them in the periods of that date. A state that lasts until an end ("active
 * members", "current staff", "open tickets") keeps the rows without the one end date some rows lack; a state after
 * it ("former", "inactive") the rows with it. Read before values, so "closed" is the
 * date, not a status; a value of the data written so ("Open") is left to the values.
 */
final class DateEvents {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "havent", "haven't", "hasnt", "hasn't",
            "hadnt", "hadn't", "didnt", "didn't", "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "werent",
            "weren't", "without", "waiting", "awaiting", "pending", "yet"); // "still waiting to be picked up"
    private static final Set<String> RATES = Set.of("rate", "rates", "ratio");
    private static final Set<String> SHARES = Set.of("share", "percent", "percentage", "%", "proportion", "fraction", "pct");

    private static final Set<String> STANDING = Set.of("active", "current", "currently", "open", "ongoing", "existing",
            "outstanding", "unresolved", "live");
    private static final Set<String> ENDED = Set.of("inactive", "former", "ex", "lapsed", "past");

    private DateEvents() {
    }

    static void read(Reading r, Draft d) {
        standing(r, d);
        undoneEnd(r, d);
        for (DateVerb verb : DateVerb.all(r, d.catalog)) {
            int at = verb.token();
            if (verb.column().role() == ColumnRole.YEAR && !r.at(at).lower().endsWith("ed")) {
                continue; // "casual riders" names rider_birth_year's rider, no event that happened in a year
            }
            if (r.free(at) && (grainAfter(r, at) || grainAsked(r, at))) {
                d.eventDate = verb.column(); // "tickets opened per month": the months of Opened At, not the status Open
                r.use(at);
                return;
            }
            boolean missing = verb.column().hasBlanks();
            if (!missing || !r.free(at) || comparedInTime(r, at) || endOfSpan(r, at)) {
                continue; // "paid after the due date" compares two dates (ColumnsCompared)
            }
            if (verb.column().words().stream().anyMatch(w -> DateVerb.undone(r.at(at), w))) {
                d.filters.add(new Filter.Lacking(verb.column())); // "unpaid invoices"
                r.use(at);
                return;
            }
            for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
                if (r.free(k) && r.at(k).isAny(NEGATIONS)) {
                    d.filters.add(new Filter.Lacking(verb.column()));
                    for (int j = k; j <= at; j++) {
                        r.use(j); // "haven't been shipped": the words between say nothing more
                    }
                    if (r.free(at + 1) && verb.column().words().contains(r.at(at + 1).lower())) {
                        r.use(at + 1); // the particle of "picked up"
                    }
                    return;
                }
            }
            // "attrition", "turnover": a rate by itself
            boolean rate = r.at(at).isAny(Set.of("attrition", "turnover", "churn")) && !r.at(at).lower().endsWith("ed");
            if (r.free(at + 1) && r.at(at + 1).isAny(RATES) || rate) {
                d.filters.add(new Filter.Recorded(verb.column()));
                d.eventDate = verb.column();
                d.aggregate = Aggregate.SHARE;
                useName(r, verb);
                if (r.free(at + 1) && r.at(at + 1).isAny(RATES)) {
                    r.use(at + 1);
                }
                return;
            }
            boolean shareAsked = r.tokens.stream().anyMatch(t -> t.index() < at && t.isAny(SHARES));
            if (shareAsked || r.at(at).lower().endsWith("ed") || DateVerb.LEAVING.contains(r.at(at).lower())) {
                // "what % of customers churned", "how many customers churned": those that have the date
                d.filters.add(new Filter.Recorded(verb.column()));
                d.eventDate = verb.column();
                useName(r, verb);
                return;
            }
        }
    }

    /** Words said between a span's joiner and the act that ends it: "and being called", "to the reply". */
    private static final Set<String> BEFORE_ACT = Set.of("being", "getting", "the", "a", "was", "were", "is");

    /** Words that join the two ends of a time: "from … to", "called to finished". */
    private static final Set<String> TO = Set.of("to", "until", "till");

    /**
     * "wait between arriving and being called", "(called to finished, mins)": a date's verb said as one end of a time
     * (Elapsed), no condition on the rows.
     */
    static boolean endOfSpan(Reading r, int at) {
        int k = at - 1;
        while (k >= 0 && r.at(k).isAny(BEFORE_ACT)) {
            k--;
        }
        int joiner = k;
        boolean end = joiner >= 0 && (r.at(joiner).isAny(TO) || r.at(joiner).isAny(Set.of("and", "from", "between"))
                && r.tokens.subList(0, joiner + 1).stream().anyMatch(t -> t.isAny(Set.of("between", "from"))));
        Token to = r.at(at + 1);
        Token other = r.at(at + 2);
        boolean start = to != null && to.isAny(TO) && other != null
                && (other.isAny(BEFORE_ACT) || other.lower().matches("\\p{L}{3,}(ed|ing)"));
        return end || start;
    }

    /**
     * "bikes still uncollected", "unreturned kayaks": an undone verb no column is named by, where the data dates one
     * end that some rows lack (date_out), is those rows; the answer says which date it took.
     */
    private static void undoneEnd(Reading r, Draft d) {
        List<DataColumn> ends = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME && c.hasBlanks()
                && (Elapsed.endDate(c) || c.words().contains("out"))).toList();
        if (ends.size() != 1) {
            return;
        }
        for (Token t : r.tokens) {
            if (r.free(t.index()) && t.lower().matches("un\\p{L}{4,}ed") && !d.catalog.holds(t.lower().substring(2))) {
                d.filters.add(new Filter.Lacking(ends.get(0)));
                d.notes.add("Taking the rows with no " + ends.get(0).name() + " for “" + t.text() + "”.");
                r.use(t.index());
                return;
            }
        }
    }

    /** "opened per month", "resolved by week", "closed each year": periods of the verb's date follow it. */
    private static boolean grainAfter(Reading r, int at) {
        Token next = r.at(at + 1);
        Token grain = r.at(at + 2);
        return next != null && next.isAny(Set.of("per", "by", "each", "every", "a")) && grain != null
                && Vocabulary.grain(grain) != null;
    }

    /** "what hour of the day do most tasks start", "which month do most members join": the grain asked before the verb. */
    private static boolean grainAsked(Reading r, int at) {
        boolean asked = r.tokens.stream().anyMatch(t -> t.index() < at && t.isAny(Set.of("which", "what", "when")));
        return asked && at == r.tokens.size() - 1 && r.tokens.stream()
                .anyMatch(t -> t.index() < at && !t.isNumber() && Vocabulary.grain(t) != null);
    }

    /** "paid after …", "paid on or before …": the verb's date is compared with another. */
    private static boolean comparedInTime(Reading r, int at) {
        for (int k = at + 1; k <= at + 3 && r.at(k) != null; k++) {
            if (r.at(k).isAny(Vocabulary.LATER) || r.at(k).isAny(Vocabulary.EARLIER)) {
                return true;
            }
        }
        return false;
    }

    private static void standing(Reading r, Draft d) {
        // a time on the clock ends a day's job, no state that lasts ("finish_time" of a job not finished yet)
        List<DataColumn> ends = d.catalog.columns().stream()
                .filter(c -> Elapsed.endDate(c) && c.hasBlanks() && !c.clock()).toList();
        // "active vs cancelled" compares the two states; a filter for one of them would answer neither
        if (ends.size() != 1 || DateVerb.all(r, d.catalog).stream().anyMatch(v -> v.column().equals(ends.get(0)))) {
            return;
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            boolean standing = t.isAny(STANDING);
            if (!r.free(i) || !standing && !t.isAny(ENDED) || aValue(d, t)) {
                continue;
            }
            // "excluding tickets still open": the others, those with an end
            int aside = setAside(r, i);
            boolean lacking = standing == (aside < 0);
            d.filters.add(lacking ? new Filter.Lacking(ends.get(0)) : new Filter.Recorded(ends.get(0)));
            d.notes.add("Taking “" + t.text() + "” as having " + (standing ? "no " : "a ") + ends.get(0).name()
                    + (aside < 0 ? "." : "; those are left out."));
            r.use(i);
            if (aside >= 0) {
                r.use(aside);
                if (r.at(i - 1).is("still")) {
                    r.use(i - 1);
                }
            }
            return;
        }
    }

    /** A free "excluding", "except" or "not" up to three words before the state ("excluding tickets still open"). */
    private static int setAside(Reading r, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (r.free(k) && r.at(k).isAny(Set.of("excluding", "except", "excl", "not", "without"))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a label column holds the word as a value ("Open" of a status): then it is that value. */
    private static boolean aValue(Draft d, Token t) {
        return d.catalog.columns().stream().filter(c -> c.role().labels())
                .anyMatch(c -> c.values().stream().anyMatch(v -> v.equalsIgnoreCase(t.text())
                        || t.lemmas().contains(v.toLowerCase(Locale.ROOT))));
    }

    /** Uses the verb and the other words of its column's name around it: "a developer reply", "termination date". */
    private static void useName(Reading r, DateVerb verb) {
        r.use(verb.token());
        for (int step : new int[] {-1, 1}) {
            for (int k = verb.token() + step; r.free(k) && nameWord(r.at(k), verb.column()); k += step) {
                r.use(k);
            }
        }
    }

    private static boolean nameWord(Token t, DataColumn c) {
        return c.words().stream().anyMatch(t::is);
    }
}
