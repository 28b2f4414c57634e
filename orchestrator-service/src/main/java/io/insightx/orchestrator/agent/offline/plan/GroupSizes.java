package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The first step of "how many states have more than 100 airports": a number compared with no measure beside it,
 * said of a label column's groups ("states ... have", "with"), keeps the groups with that many rows. The noun after
 * the number names the rows ("airports") and is consumed with it.
 */
final class GroupSizes {

    /** Words that say a thing is in the data, or how it got there, and nothing more. */
    private static final Set<String> BEING = Set.of("who", "that", "which", "were", "was", "are", "is", "have", "has",
            "had", "been", "got", "appear", "appears", "appeared", "show", "shows", "showed", "occur", "occurs",
            "listed", "recorded", "seen", "up", "only", "ever", "just");

    /** How far the things may be from their count: "divers have been out with us more than 10 times". */
    private static final int NEAR = 6;

    private static final Set<String> HAVE = Set.of("have", "has", "had", "with", "having", "contain", "contains", "took",
            "made", "did");

    private GroupSizes() {
    }

    static boolean read(Reading r, Draft d, Comparison c, List<ColumnMention> mentions, Set<ColumnMention> spent,
            Lexicon lexicon) {
        if (countOfTimes(r, c)) {
            return times(r, d, c, mentions, lexicon, c.tokens().get(0), c.tokens().get(c.tokens().size() - 1));
        }
        if (!(">".equals(c.op()) || ">=".equals(c.op()) || "<".equals(c.op()) || "<=".equals(c.op()) || "=".equals(c.op()))
                || c.hint() >= 0) {
            return false;
        }
        int start = c.tokens().get(0);
        int end = c.tokens().get(c.tokens().size() - 1);
        // "exactly 1 bid": the word read as the number's unit is the noun of what is counted
        int after = nounAfter(r, d, c.unit() == end ? end - 1 : end);
        // "more than 10 different farms": things of a label column counted once each, per group
        int different = r.at(after) != null && r.free(after) && r.at(after).isAny(DIFFERENT) ? after : -1;
        int at = different >= 0 ? after + 1 : after;
        DataColumn distinct = different < 0 ? null : mentions.stream().filter(m -> m.first() == at
                && m.tokens().size() == 1 && m.column().role().labels() && m.column().role() != ColumnRole.FLAG)
                .map(ColumnMention::column).findFirst().orElse(null);
        boolean rows = r.at(at) != null && RowNoun.said(d, r.at(at));
        // past a value said of them ("more than 100 completed jobs"), the rows' noun or a noun no column takes
        if (at > end + 1 && !rows && !(r.free(at) && !inMention(mentions, at)) && distinct == null) {
            return false;
        }
        Token noun = r.at(at);
        // "fewer than 40 orders" over an order number, "more than 5 tests" over test_name: the rows counted
        ColumnMention ids = mentions.stream().filter(m -> m.first() == at && m.tokens().size() == 1
                && (m.column().role() == ColumnRole.IDENTIFIER || Happenings.named(r, m, lexicon))).findFirst().orElse(null);
        if (noun == null || r.used(at) && !rows || noun.isNumber() || inMention(mentions, at) && ids == null
                && distinct == null) {
            return false;
        }
        ColumnMention group = null;
        int verb = -1;
        for (ColumnMention m : mentions) {
            int have = m.last() < start && start - m.last() <= 3 && m.column().role().labels()
                    && repeats(d, m.column()) ? have(r, lexicon, m.last(), start) : -1;
            if (have >= 0) {
                group = m;
                verb = have;
            }
        }
        if (group == null) {
            return false;
        }
        if (distinct != null && (distinct.equals(group.column()) || thing(d, group.column()).equals(distinct))) {
            return false;
        }
        r.use(verb);
        r.use(at);
        r.use(different);
        // "fewer than 30 rentals in total": the count over all their rows, no total of another figure
        if (r.free(at + 1) && r.free(at + 2) && r.at(at + 1).isAny(Set.of("in", "overall"))
                && r.at(at + 2).isAny(Set.of("total", "all"))) {
            r.use(at + 1);
            r.use(at + 2);
        } else if (r.free(at + 1) && r.at(at + 1).isAny(Set.of("overall", "altogether"))) {
            r.use(at + 1);
        }
        if (ids != null) {
            spent.add(ids);
        }
        d.filters.add(new Filter.GroupSize(thing(d, group.column()), d.catalog.sqlTable(), c.op(), c.lo(), noun.text(),
                List.copyOf(d.filters), distinct));
        if (distinct != null) {
            mentions.stream().filter(m -> m.first() == at).forEach(spent::add);
        }
        return true;
    }

    private static final Set<String> DIFFERENT = Set.of("different", "distinct", "unique", "separate");

    /** The things a name stands for, by their key where they have one: advertisers written several ways, once. */
    private static DataColumn thing(Draft d, DataColumn named) {
        return d.catalog.keyOf(named).orElse(named);
    }

    /**
     * The rows counted for a size are those every other condition keeps, said before it or after ("advertisers with
     * more than 100 spots aired", "customers who ordered 3 times in 2024"); read once all conditions are.
     */
    static void countWithinAll(Draft d) {
        List<Filter> others = d.filters.stream().filter(f -> !(f instanceof Filter.GroupSize)
                && !(f instanceof Filter.TopGroups)).toList();
        d.filters.replaceAll(f -> f instanceof Filter.GroupSize g ? g.within(others) : f);
    }

    /** The noun after the number, past a value said of the rows counted ("exactly one completed trip"). */
    private static int nounAfter(Reading r, Draft d, int end) {
        int at = end + 1;
        while (r.at(at) != null && r.used(at) && !RowNoun.said(d, r.at(at)) && at - end <= 2) {
            at++;
        }
        return at;
    }

    /** A column some of whose values have several rows: a key of one row each has no group of 4 ("orders with 4 tix"). */
    private static boolean repeats(Draft d, DataColumn c) {
        return c.distinct() <= 0 || c.distinct() < d.catalog.rows();
    }

    /** A verb no column names, or one that names the rows' date or key ("admitted", "ordered"), not a figure. */
    private static boolean rowsOwnVerb(List<ColumnMention> mentions, int i) {
        return mentions.stream().filter(m -> m.tokens().contains(i))
                .allMatch(m -> m.column().role().time() || m.column().role() == ColumnRole.IDENTIFIER);
    }

    private static boolean verb(Lexicon lexicon, Token t) {
        return lexicon.pastTense(t.lower());
    }

    /**
     * "donors who gave more than once", "pets that came in 5 times": "who" or "that" and one word no column names (with
     * its particle), the verb of what the things did,
     * each time a row (read already, maybe, as what a donor does).
     */
    private static boolean relativeVerb(Reading r, List<ColumnMention> mentions, Lexicon lexicon, int from, int to) {
        // "who came in": the verb's particle belongs to it
        boolean phrasal = to - from == 3 && particle(r, lexicon, from + 2) && r.free(from + 2);
        return (to - from == 2 || phrasal) && r.free(from) && r.at(from).isAny(Set.of("who", "that"))
                && r.at(from + 1).lower().matches("\\p{L}{3,}") && mentions.stream().noneMatch(m -> m.tokens().contains(from + 1));
    }

    /** "more than once", "at least twice", "3 times or more": how many times, never a measure's figure. */
    static boolean countOfTimes(Reading r, Comparison c) {
        int end = c.tokens().get(c.tokens().size() - 1);
        return c.tokens().stream().anyMatch(i -> Comparison.saidAsTimes(r.tokens, i))
                || r.at(end + 1) != null && r.at(end + 1).is("times");
    }

    /**
     * "which candidates appear more than once", "patients admitted at least twice", "customers who ordered 3 times":
     * the things named right before the words of the count (a verb, no column) that have that many rows.
     */
    private static boolean times(Reading r, Draft d, Comparison c, List<ColumnMention> mentions, Lexicon lexicon,
            int start, int end) {
        for (ColumnMention m : mentions) {
            // "which candidates appear more than once": of the columns the word names, the one whose values repeat
            DataColumn named = Stream.concat(Stream.of(m.column()), m.alternatives().stream())
                    .filter(col -> col.role().labels() && col.role() != ColumnRole.FLAG && repeats(d, col))
                    .findFirst().orElse(null);
            boolean near = m.last() < start && start - m.last() <= NEAR && named != null
                    && !verb(lexicon, r.at(m.first()));
            // the words between say only that they were there: "who", "were", "appear", "admitted" (a date's verb),
            // "have been out with us";
            // never what else happened ("got shut down", "reopened" of a count of reopenings)
            boolean verbOnly = near && IntStream.range(m.last() + 1, start)
                    .allMatch(i -> r.free(i) && (r.at(i).isAny(BEING)
                            || verb(lexicon, r.at(i)) && rowsOwnVerb(mentions, i)
                            || particle(r, lexicon, i) && (rowsOwnVerb(mentions, i - 1) || r.at(i - 1).isAny(BEING))
                            || withUs(r, i))
                            || r.used(i) && verb(lexicon, r.at(i)) && rowsOwnVerb(mentions, i))
                    || near && relativeVerb(r, mentions, lexicon, m.last() + 1, start);
            if (verbOnly) {
                IntStream.range(m.last() + 1, start).forEach(r::use);
                if (r.at(end + 1) != null && r.at(end + 1).is("times")) {
                    r.use(end + 1);
                }
                d.filters.add(new Filter.GroupSize(thing(d, named), d.catalog.sqlTable(), c.op(), c.lo(), "times",
                        List.copyOf(d.filters)));
                return true;
            }
        }
        return false;
    }

    private static final Set<String> US = Set.of("us", "me", "you");

    /** "clients who booked with us": the business the data is of, said of a verb, says nothing more. */
    private static boolean withUs(Reading r, int i) {
        Token next = r.at(i + 1);
        return r.at(i).isAny(US) || r.at(i).isAny(Set.of("with", "at", "from", "to")) && next != null && next.isAny(US);
    }

    /** "checked in", "logged on": the particle of a phrasal verb right after it. */
    private static boolean particle(Reading r, Lexicon lexicon, int i) {
        return i > 0 && r.at(i).isAny(Set.of("in", "out", "on", "off")) && verb(lexicon, r.at(i - 1));
    }

    /** Where "have"/"with" stands between the group's words and the comparison, or -1. */
    private static int have(Reading r, Lexicon lexicon, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (r.at(i).isAny(HAVE) || verb(lexicon, r.at(i)) && r.free(i)) {
                return i; // "have", "with", or what they did: "customers who placed 3 or more orders"
            }
        }
        return -1;
    }

    private static boolean inMention(List<ColumnMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.tokens().contains(i));
    }
}
