package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * "orders that had a discount", "states with no hurricanes", "states that have 0 hurricanes": a number column said as
 * something a row has or lacks is a condition on it (above zero; zero or not recorded; zero as said), never the figure
 * asked for. So is a date or a label some rows lack: "reviews that got a developer reply", "staff with no termination
 * date", "accounts that dont have an industry filled in".
 */
final class Presence {

    private static final Set<String> HAVING = Set.of("with", "have", "has", "had", "having", "get", "got", "receive",
            "include", "use", "used", "uses"); // "orders that used a promo code"
    private static final Set<String> ARTICLES = Set.of("a", "an", "any", "some");
    private static final Set<String> LACKING = Set.of("no", "without", "zero");
    /** "dont have", "doesn't have": the having denied. */
    private static final Set<String> DENIED = Set.of("dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "not",
            "never", "havent", "haven't", "hasnt", "hasn't");
    /** "filled in", "populated": said after a value that is there, and nothing more. */
    private static final Set<String> FILLED = Set.of("filled", "populated", "set", "entered", "recorded", "in", "out");
    /** What follows a column compared with a number ("a discount of 10%", "a bill longer than 50 mm"). */
    private static final Set<String> COMPARED = Set.of("of", "over", "above", "under", "below", "more", "less",
            "greater", "between", "higher", "lower", "than", "at", "equal", "exceeding");

    private Presence() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (ColumnMention m : mentions) {
            boolean blanks = m.column().hasBlanks();
            // a yes/no had is its yes ("rentals with a power hookup"), never a value filled in
            boolean date = blanks && (m.column().role() == ColumnRole.TIME || m.column().role().labels()
                    && m.column().role() != ColumnRole.FLAG);
            if (!spent.contains(m) && (everyRowDated(r, d, m) || datedAfterTheRows(r, d, m))) {
                // "booked spots", "items found per station": the rows that were, as their date says; nothing else to
                // keep or to leave out, nor a tie (a totals line, with no date, is no item found)
                if (m.column().hasBlanks()) {
                    d.filters.add(new Filter.Recorded(m.column()));
                }
                spent.add(m);
                r.use(m.tokens());
                d.settled(m);
                continue;
            }
            if (spent.contains(m) || !date && (!m.column().role().numeric() || m.column().role().time())
                    || m.tokens().stream().anyMatch(r::used) || compared(r, m)) {
                continue;
            }
            if (saidOfTheRows(r, d, m)) {
                // "billed sessions", "discounted orders": the rows that have some of it, never a weight of a share
                d.filters.add(new Filter.Compare(m.column(), ">", 0));
                spent.add(m);
                r.use(m.tokens());
                continue;
            }
            if (date && doneBy(r, m)) {
                // "what % of visits were by members": the rows a member made, where others have no member number
                d.filters.add(new Filter.Recorded(m.column()));
                spent.add(m);
                r.use(m.tokens());
                r.use(m.first() - 1);
                continue;
            }
            List<Integer> words = new ArrayList<>();
            int k = m.first() - 1;
            boolean article = r.free(k) && r.at(k).isAny(ARTICLES);
            boolean zero = r.free(k) && r.at(k).isNumber() && r.at(k).number() == 0;
            if (article || zero) {
                words.add(k--);
            }
            boolean lacking = !zero && r.free(k) && r.at(k).isAny(LACKING);
            if (lacking) {
                words.add(k--);
            }
            boolean having = r.free(k) && r.at(k).isAny(HAVING);
            if (having) {
                words.add(k--);
            }
            if (having && !lacking && r.free(k) && r.at(k).isAny(DENIED)) {
                lacking = true; // "accounts that dont have an industry"
                words.add(k);
            }
            if (!lacking && !(having && (article || zero)) && !given(r, m)) {
                continue;
            }
            for (int after = m.last() + 1; date && r.free(after) && r.at(after).isAny(FILLED); after++) {
                words.add(after); // "an industry filled in"
            }
            int head = m.last() + 1;
            mentions.stream().filter(o -> o != m && o.tokens().equals(List.of(head)) && r.free(head)
                    && o.column().words().stream().noneMatch(r.at(head).lemmas()::contains)).findFirst()
                    .ifPresent(o -> {
                        // "no post quiz score": the noun after the column's words is its head, not the column grade
                        // that WordNet makes of "score"
                        words.add(head);
                        spent.add(o);
                    });
            List<Integer> aside = lacking && having ? setAside(r, k) : List.of();
            if (!aside.isEmpty()) {
                lacking = false; // "skip days with no clicks": the rows that have some
                words.addAll(aside);
            }
            Filter filter = lacking ? new Filter.Lacking(m.column()) : date ? new Filter.Recorded(m.column())
                    : new Filter.Compare(m.column(), zero ? "=" : ">", 0);
            if (!d.filters.contains(filter)) {
                d.filters.add(filter); // "attrition rate … who has a termination date" says it twice
            }
            spent.add(m);
            r.use(m.tokens());
            r.use(words);
        }
    }

    /** "were by members", "made by a member": the things that did the rows, said after "by" as what the rows were. */
    private static boolean doneBy(Reading r, ColumnMention m) {
        Token by = r.at(m.first() - 1);
        Token verb = r.at(m.first() - 2);
        return m.column().role() != ColumnRole.TIME && by != null && by.is("by") && r.free(by.index()) && verb != null
                && verb.isAny(DONE);
    }

    private static final Set<String> DONE = Set.of("were", "was", "are", "is", "made", "done");

    /** A date every row holds, named by its verb's participle right before the rows' noun: "booked spots". */
    private static boolean everyRowDated(Reading r, Draft d, ColumnMention m) {
        Token t = r.at(m.first());
        Token next = r.at(m.last() + 1);
        return m.tokens().size() == 1 && m.column().role() == ColumnRole.TIME && !m.column().hasBlanks()
                && t.lower().matches("\\p{L}{3,}ed") && t.lemmas().stream().anyMatch(m.column().words()::contains)
                && namesTheRows(d, next);
    }

    private static final Set<String> DATE_NOUNS = Set.of("date", "dates", "time", "times", "day", "days", "year",
            "years", "month", "months");

    /**
     * The data's main date named by its verb's participle right after the rows' noun: "items found at central stn",
     * "# orders placed". Another date ("parcels collected" beside packedAt) dates the rows' periods, read elsewhere.
     */
    private static boolean datedAfterTheRows(Reading r, Draft d, ColumnMention m) {
        Token t = r.at(m.first());
        Token before = r.at(m.first() - 1);
        return m.tokens().size() == 1 && d.catalog.time().filter(m.column()::equals).isPresent()
                && t.lower().matches("\\p{L}{3,}") && !t.lower().endsWith("ing") && !t.isAny(DATE_NOUNS)
                && namesTheRows(d, before);
    }

    /** The rows' noun, or the word the question took for them. */
    private static boolean namesTheRows(Draft d, Token t) {
        return t != null && (RowNoun.names(d.catalog, t) || t.text().equals(d.entity));
    }

    /** An amount's verb in its past form said of the rows' noun after it: "billed sessions", "refunded orders". */
    private static boolean saidOfTheRows(Reading r, Draft d, ColumnMention m) {
        Token word = r.at(m.first());
        Token next = r.at(m.last() + 1);
        return m.tokens().size() == 1 && !m.whole() && m.column().role() == ColumnRole.MEASURE
                && word.lower().matches("\\p{L}{3,}ed") && next != null && next.lower().endsWith("s")
                && RowNoun.names(d.catalog, next);
    }

    /** Words that set rows aside, said before them: "skip days with no clicks", "excluding orders without a discount". */
    private static final Set<String> ASIDE = Set.of("skip", "skipping", "excluding", "exclude", "excl", "ignore",
            "ignoring", "omit", "omitting", "except");

    /**
     * The words that set aside the rows before "with no …" ending at k ("skip days", "leave out the orders"), or none.
     */
    private static List<Integer> setAside(Reading r, int k) {
        List<Integer> words = new ArrayList<>();
        int j = k;
        if (r.free(j) && r.at(j).lower().matches("\\p{L}{3,}") && !r.at(j).isAny(ASIDE)) {
            words.add(j--); // the rows' noun: "days", "orders"
        }
        if (r.free(j) && r.at(j).is("the")) {
            words.add(j--);
        }
        if (r.free(j) && r.at(j).isAny(ASIDE)) {
            words.add(j);
            return words;
        }
        if (r.free(j) && r.at(j).is("out") && r.free(j - 1) && r.at(j - 1).isAny(Set.of("leave", "leaving"))) {
            words.addAll(List.of(j, j - 1));
            return words;
        }
        return List.of();
    }

    /**
     * "graded loads", "rated courses": a label some rows lack, named by its verb's participle before the rows' noun,
     * keeps the rows that have it.
     */
    private static boolean given(Reading r, ColumnMention m) {
        Token t = r.at(m.first());
        Token next = r.at(m.last() + 1);
        return m.tokens().size() == 1 && m.column().role().labels() && t.lower().matches("\\p{L}{3,}ed")
                && !m.column().words().contains(t.lower()) && t.lemmas().stream().anyMatch(m.column().words()::contains)
                && next != null && next.lower().matches("\\p{L}{3,}s") && !next.isAny(ARTICLES);
    }

    private static boolean compared(Reading r, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        return next != null && (next.isNumber() || next.isAny(COMPARED));
    }
}
