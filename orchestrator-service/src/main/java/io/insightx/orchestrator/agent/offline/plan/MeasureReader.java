package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.TextFlag;
import io.insightx.orchestrator.agent.offline.link.ValueLinker;

/**
 * Reads what is measured: the count words ("how many", "number of"), the aggregate words ("average", "total",
 * "highest"), superlative adjectives ("heaviest", "tallest"), the measured columns, and the question's own noun
 * for a row ("how many airports", "the heaviest penguin", "which day").
 */
final class MeasureReader {

    /** Nouns a date is counted by: "how many walk dates", never "how many jobs started". */
    private static final Set<String> DATE_NOUNS = Set.of("date", "dates", "day", "days");
    /** Verbs that end the counted noun phrase: "how many ppl | were hired". */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "have", "has", "had",
            "do", "does", "did", "got", "get", "will", "would", "can", "could");

    private MeasureReader() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent, Lexicon lexicon) {
        int countAt = countWords(r, d);
        headcount(r, d, mentions);
        for (ColumnMention m : mentions) {
            for (int i : m.tokens()) {
                Token t = r.at(i);
                if (Planner.superlative(t) && !Vocabulary.AGGREGATES.containsKey(t.lower())) {
                    d.superlative = true;
                    d.aggregate = t.isAny(Vocabulary.LOW) ? Aggregate.MIN : Aggregate.MAX;
                    d.low |= t.isAny(Vocabulary.LOW);
                }
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            Aggregate a = Vocabulary.AGGREGATES.get(t.lower());
            if (r.used(i) || a == null || a == Aggregate.COUNT || inMention(mentions, i)) {
                continue;
            }
            if (minutes(r, i)) {
                continue;
            }
            if (a == Aggregate.COUNT_DISTINCT && !d.countWords) {
                continue;
            }
            r.use(i);
            if (a == Aggregate.STDDEV) {
                // "std dev", "standard deviation": the other word of the pair is the same figure
                Token other = r.at(t.is("deviation") ? i - 1 : i + 1);
                if (other != null && r.free(other.index()) && other.isAny(Set.of("standard", "dev", "deviation"))) {
                    r.use(other.index());
                }
            }
            d.several |= joinedToAnother(r, i, a);
            d.low |= a == Aggregate.MIN;
            // "the share of X" asks a share, but "the avg habitat share per species" averages a column of shares
            boolean averaged = d.aggregate == Aggregate.AVG || d.aggregate == Aggregate.MEDIAN;
            boolean averages = (a == Aggregate.AVG || a == Aggregate.MEDIAN) && d.aggregate == Aggregate.SHARE;
            if (a == Aggregate.SHARE && !averaged || averages || d.aggregate == null || d.aggregate.edge() && !a.edge()) {
                d.aggregate = a;
            }
            if (a == Aggregate.COUNT_DISTINCT) {
                d.aggregate = a;
            }
        }
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            Token t = r.at(i);
            // "biggest first", "highest first": every row or group in that order, none kept alone; an earlier step may
            // have read the superlative already ("smallest first", against the answer's order, is left to be reported)
            if (r.free(i + 1) && r.at(i + 1).is("first") && t.lower().endsWith("est") && Planner.superlative(t)
                    && !t.isAny(Vocabulary.LOW)) {
                d.inOrder = true;
                d.ranking = true;
                d.superlative = true;
                d.aggregate = d.aggregate == null ? Aggregate.MAX : d.aggregate;
                r.use(List.of(i, i + 1));
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            // A superlative adjective that names no column ("the hottest" with no temperature) stays unused.
            if (!r.used(i) && !t.isNumber() && Planner.superlative(t) && !inMention(mentions, i) && !minutes(r, i)
                    && (generic(t) || beforeMeasure(r, mentions, i))) {
                d.superlative = true;
                d.aggregate = d.aggregate == null || d.aggregate.edge() ? t.isAny(Vocabulary.LOW) ? Aggregate.MIN
                        : Aggregate.MAX : d.aggregate;
                d.low |= t.isAny(Vocabulary.LOW);
                r.use(i);
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.used(i) && r.at(i).isAny(Vocabulary.BUSY) && !inMention(mentions, i)) {
                r.use(i); // "the busiest month": the month with the most of what the rows count
                d.aggregate = Aggregate.COUNT;
                d.ranking = true;
                d.low |= r.at(i).is("quietest");
            }
        }
        for (int i = 1; i < r.tokens.size(); i++) {
            if (!r.used(i) && r.at(i).isAny(Vocabulary.FREQUENT) && r.at(i - 1).isAny(Set.of("most", "least"))) {
                r.use(i); // "the most common species": ranked by how many rows each holds
                d.aggregate = Aggregate.COUNT;
                d.ranking = true;
                d.low |= r.at(i - 1).is("least");
            }
        }
        for (ColumnMention m : mentions) {
            if (spent.contains(m) || m.tokens().stream().anyMatch(r::used)) {
                continue;
            }
            Token before = r.before(m.first(), Vocabulary.ARTICLES);
            if (m.column().role().time() && before != null && !r.used(before.index())
                    && before.isAny(Set.of("first", "earliest", "last", "latest", "recent", "oldest", "newest"))) {
                d.timeEdge = before.isAny(Set.of("first", "earliest", "oldest")) ? Aggregate.MIN : Aggregate.MAX;
                r.use(before.index());
            }
            if (m.column().yes() != null && m.tokens().size() == 1 && m.column().words().size() > 1
                    && d.catalog.namesRows(r.at(m.first()).lower())) {
                // "zone 5 orders" over florist orders and a rush_order yes/no: the rows, not the rush ones
                d.entity = d.entity == null ? r.at(m.first()).text() : d.entity;
                spent.add(m);
                r.use(m.tokens());
                continue;
            }
            if (m.column().yes() != null && !groupedBy(d, m)) {
                // "how many orders were returned", "not returned": the rows the flag says yes (or no) of
                flag(r, d, m, lexicon);
                spent.add(m);
                if (!countWords(r) && r.tokens.stream().anyMatch(t -> t.isAny(Set.of("best", "worst")))) {
                    d.aggregate = Aggregate.SHARE; // "which page converts best": by its rate, not by how many did
                    d.ranking = true;
                    d.low |= r.tokens.stream().anyMatch(t -> t.is("worst"));
                    r.take(Set.of("best", "worst"));
                }
                continue;
            }
            // "how many years", "how many census years"; not "how many ppl were hired", which counts the people
            boolean afterCount = countAt >= 0 && m.first() > countAt && m.first() - countAt <= 3
                    && java.util.stream.IntStream.range(countAt + 1, m.first()).noneMatch(k -> r.at(k).isAny(AUXILIARIES));
            // a date or a year counted by its noun; not "how many jobs started", a verb of start_time: the jobs
            boolean timeNoun = m.column().role() == ColumnRole.YEAR || r.at(m.last()).isAny(DATE_NOUNS);
            // "in how many months": months of the dates, even where a column of month numbers is named "month"
            boolean timeUnit = m.tokens().size() == 1 && r.at(m.first()).isAny(RowNoun.TIME_UNITS)
                    && d.catalog.time().filter(c -> c.role() == ColumnRole.TIME).isPresent();
            boolean filtered = d.filters.stream().anyMatch(f -> f instanceof Filter.During && f.column().equals(m.column()));
            if (m.column().role().time() && !afterCount && countAt >= 0 && filtered && m.column().role() != ColumnRole.YEAR) {
                spent.add(m); // "how many people were hired in 2021": the verb names the date the period filters
                r.use(m.tokens());
                continue;
            }
            if ((m.column().role().time() && timeNoun || timeUnit) && afterCount) {
                d.countedGrain = m.column().role() == ColumnRole.YEAR ? "year"
                        : r.at(m.first()).lower().replaceAll("s$", "");
                d.entity = r.at(m.first()).text();
                if (!Vocabulary.GRAINS.containsKey(d.countedGrain)) {
                    d.countedGrain = "day";
                }
                spent.add(m);
                r.use(m.tokens());
                continue;
            }
            Token unit = r.at(m.last() + 1);
            Grain perUnit = unit == null || r.used(unit.index()) ? null : Vocabulary.grain(unit);
            boolean compound = perUnit != null && countAt >= 0 && m.first() > countAt
                    && unit.lemmas().stream().anyMatch(l -> lexicon.noun(Planner.words(r, m.tokens()) + " " + l));
            if (compound && d.catalog.time().filter(c -> c.role() == ColumnRole.TIME).isPresent()) {
                // "how many school days": one noun in WordNet, days of school, counted as days (no school-day pairs)
                d.countedGrain = perUnit.name().toLowerCase(java.util.Locale.ROOT);
                d.entity = Planner.words(r, m.tokens()) + " " + unit.text();
                spent.add(m);
                r.use(m.tokens());
                r.use(unit.index());
                continue;
            }
            DataColumn pairs = perUnit == null || !m.column().role().labels() || countAt < 0 || m.first() <= countAt
                    || m.first() - countAt > 3 || d.counted != null ? null : d.catalog.time()
                    .filter(c -> c.role() == ColumnRole.TIME)
                    .map(c -> Pairs.of(m.column(), c, perUnit, Planner.words(r, m.tokens()) + "-" + unit.text())).orElse(null);
            boolean oneValue = d.filters.stream().anyMatch(f -> f instanceof Filter.Values v && !v.negated()
                    && v.values().size() == 1 && v.column().equals(m.column()));
            if (oneValue && countAt >= 0 && m.first() > countAt && m.first() - countAt <= 3) {
                // "# of B grades": the rows of that one value, counted; its one distinct value is no answer
                d.entity = Planner.words(r, m.tokens());
                r.use(m.tokens());
            } else if (pairs != null) {
                // "# of campaign-days": the pairs of a campaign and a day, each counted once
                d.counted = pairs;
                d.countWords = true;
                r.use(unit.index());
            } else if (SettledTies.eventsOfADate(r, m)) {
                // "routine orders", "which clinic orders the most labs" over ordered_at: the rows, ordered then
                d.entity = d.entity == null ? r.at(m.first()).text() : d.entity;
                d.eventDate = d.eventDate == null ? m.column() : d.eventDate;
            } else if ((countAt >= 0 && m.first() > countAt && m.first() - countAt <= 3 || countAt < 0 && m.first() == 0)
                    && Happenings.named(r, m, lexicon) && d.aggregate != Aggregate.COUNT_DISTINCT) {
                // "top physicians by number of tests" over test_name: each row is one test done, counted as a row
                d.entity = Planner.words(r, m.tokens());
            } else if (m.column().role().labels() && countAt >= 0 && m.first() > countAt && m.first() - countAt <= 3
                    && m.column().role() != ColumnRole.IDENTIFIER && rowsAfter(r, d, m)) {
                // "how many alteration tickets" of one ticket a row: the tickets, of any alteration, counted
                r.use(m.tokens());
            } else if (m.column().role().labels() && countAt >= 0 && m.first() > countAt && m.first() - countAt <= 3
                    && m.score() - (m.whole() ? 0.5 : 0) >= 1.0 && d.counted == null && namesHead(r, m)) {
                d.counted = m.column();
                d.said.putIfAbsent(m.column(), Planner.words(r, m.tokens()));
            } else if (names(m) && superlativeBefore(r, m) && d.groups.isEmpty() && d.catalog.repeatsMostly(m.column())
                    && (d.aggregate == Aggregate.AVG || d.aggregate == Aggregate.MEDIAN || d.aggregate == Aggregate.SUM)) {
                // "lowest rated show on average": each show has many episodes, so the shows are ranked by their figure
                d.groups.add(new Group(m.column(), null));
                d.limit = d.limit == null ? 1 : d.limit;
            } else if (m.column().role() == ColumnRole.IDENTIFIER && m.tokens().size() == 1
                    && d.catalog.namesRows(r.at(m.first()).lower()) || names(m) && d.superlative && d.groups.isEmpty()) {
                // "avg wait for routine visits", "the northernmost zip code", "the poorest country": the rows, named
                d.entity = Planner.words(r, m.tokens());
            } else {
                d.measures.add(m.column());
                d.said.putIfAbsent(m.column(), Planner.words(r, m.tokens()));
            }
            spent.add(m);
            r.use(m.tokens());
        }
        rate(r, d, mentions);
        volume(r, d, mentions);
        RowNoun.read(r, d, countAt);
    }

    /** Whether the word after the mention is the noun of the rows' own key ("tickets" of ticket_id, one a row). */
    private static boolean rowsAfter(Reading r, Draft d, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        return next != null && d.catalog.rowKeyNoun().filter(noun -> next.lemmas().contains(noun)).isPresent();
    }

    /**
     * Whether the mention says the column's last word, what its values are ("how many product categories"), not a
     * word before it: "how many challengers" asks for rows whose Incumbent_Challenger_Status says so, not for the
     * number of distinct statuses. Keys and names are the things themselves, whatever their name's last word.
     */
    private static boolean namesHead(Reading r, ColumnMention m) {
        List<String> words = m.column().words();
        ColumnRole role = m.column().role();
        if (words.size() <= 1 || role == ColumnRole.IDENTIFIER || role == ColumnRole.NAME) {
            return true; // "how many orders" over order_no: the orders themselves
        }
        // "City Name" holds cities: a word for naming says what kind of label it is, the word before it what is named
        boolean naming = Set.of("name", "names", "id", "code", "label", "title", "key").contains(words.get(words.size() - 1));
        String head = words.get(words.size() - (naming ? 2 : 1));
        return m.tokens().stream().anyMatch(i -> r.at(i).lower().equals(head) || r.at(i).lemmas().contains(head));
    }

    /** "min and max", "the mean, median and max": another figure of the same kind named right before, joined by "and". */
    private static boolean joinedToAnother(Reading r, int i, Aggregate a) {
        if (a == Aggregate.SHARE || a == Aggregate.COUNT_DISTINCT) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Aggregate before = Vocabulary.AGGREGATES.get(r.at(k).lower());
            // "job count and avg invoice": a count of the things named before it, no statistic of the invoice
            Token counted = r.at(k - 1);
            boolean ofThings = before == Aggregate.COUNT && counted != null && !counted.isNumber()
                    && !FunctionWords.is(counted);
            if (before != null && before != a && before != Aggregate.SHARE && before != Aggregate.COUNT_DISTINCT
                    && !ofThings) {
                return r.tokens.subList(k + 1, i).stream().anyMatch(t -> t.isAny(Set.of("and", ",", "&", "/")))
                        && r.tokens.subList(k + 1, i).stream().allMatch(t -> t.isAny(Set.of("and", ",", "&", "/", "the")));
            }
        }
        return false;
    }

    /** Whether the question counts ("how many", "number of"), read again without using the words. */
    private static boolean countWords(Reading r) {
        return r.tokens.stream().anyMatch(t -> t.isAny(Set.of("many", "number", "count", "#")));
    }

    /** "how many", "number of", "count", "how often": where the count words end, or -1. */
    private static int countWords(Reading r, Draft d) {
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            Token next = r.at(i + 1);
            if (t.is("how") && next != null && (next.is("many") || next.is("often") || next.is("much"))) {
                d.countWords = !next.is("much");
                r.use(i);
                r.use(i + 1);
                return i + 1;
            }
            boolean abbreviated = t.isAny(Set.of("no", "num", "nr")) && next != null && (next.is("of")
                    || next.text().equals(".") && r.at(i + 2) != null && r.at(i + 2).is("of")); // "no. of airports"
            if ((t.is("number") || t.is("count") || abbreviated) && !r.used(i) && !endsAName(r, d, i)) {
                d.countWords = true;
                r.use(i);
                return i + (next != null && next.is("of") ? 1 : 0);
            }
        }
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (r.at(i).isAny(Set.of("most", "fewest", "least")) && r.at(i + 1).is("times") && !r.used(i + 1)) {
                d.countWords = true; // "tardy the most times": the rows are counted, each one a time it happened
                d.timesCounted = true;
                r.use(i + 1);
            }
        }
        return -1;
    }

    /** "avg renewal count" over renewal_count: the count word ends a column's name, no count asked. */
    private static boolean endsAName(Reading r, Draft d, int i) {
        Token before = r.at(i - 1);
        String word = r.at(i).lower();
        return before != null && d.catalog.columns().stream().map(DataColumn::words).anyMatch(w -> w.size() >= 2
                && w.get(w.size() - 1).equals(word) && before.lemmas().contains(w.get(w.size() - 2)));
    }

    /**
     * "the population of men aged 30": a word for a number of people, where no column is named so, asks for the
     * dataset's column of counts.
     */
    private static void headcount(Reading r, Draft d, List<ColumnMention> mentions) {
        for (int i = 0; i < r.tokens.size(); i++) {
            int at = i;
            if (!r.used(i) && r.at(i).isAny(HEADCOUNT) && mentions.stream().noneMatch(m -> m.tokens().contains(at))
                    && d.catalog.columns().stream().filter(Defaults::countedBy).count() == 1) {
                d.countWords = true;
                r.use(i);
                return;
            }
        }
    }

    private static final Set<String> HEADCOUNT = Set.of("population", "headcount", "populace");

    /** "lowest rated show": a superlative a few words before the mention. */
    private static boolean superlativeBefore(Reading r, ColumnMention m) {
        return java.util.stream.IntStream.range(Math.max(0, m.first() - 3), m.first())
                .anyMatch(k -> Planner.superlative(r.at(k)));
    }

    /** A column that names or keys each row, one value per row or nearly. */
    private static boolean names(ColumnMention m) {
        return m.column().role() == ColumnRole.IDENTIFIER || m.column().role() == ColumnRole.NAME;
    }

    /** Superlatives that rank whatever is measured: best, worst, most, least (not "hottest", which names one). */
    private static boolean generic(Token t) {
        return Vocabulary.AGGREGATES.containsKey(t.lower()) || t.isAny(Set.of("best", "worst", "top", "bottom"));
    }

    private static final Set<String> VERSUS = Set.of("vs", "versus");
    private static final Set<String> NEGATIVE_SIDE = Set.of("non", "no", "not");

    /** Verbs that say a yes/no held, between it and a "vs": "when a survey was done vs …", "cert issued vs not". */
    private static List<Integer> saidOfFlag(Reading r, ColumnMention m, Lexicon lexicon) {
        List<Integer> said = new ArrayList<>();
        for (int k = m.last() + 1; k <= m.last() + 2 && r.at(k) != null && r.free(k)
                && (r.at(k).isAny(AUXILIARIES) || lexicon.pastTense(r.at(k).lower())); k++) {
            said.add(k);
        }
        Token next = r.at(m.last() + 1 + said.size());
        return next != null && (next.isAny(VERSUS) || next.isAny(SIDE_JOINERS)) ? said : List.of();
    }

    private static final Set<String> SET_ASIDE_AFTER = Set.of("excluded", "removed", "omitted", "ignored", "dropped");

    /**
     * "fee income by pitch, cancelled ones excluded": the words after a yes/no that set its rows aside, the rows'
     * noun or "ones" between; none when nothing sets them aside.
     */
    private static List<Integer> setAsideAfter(Reading r, Draft d, ColumnMention m) {
        int k = m.last() + 1;
        List<Integer> words = new ArrayList<>();
        if (r.at(k) != null && r.free(k) && (r.at(k).isAny(Set.of("ones", "rows")) || RowNoun.said(d, r.at(k)))) {
            words.add(k++);
        }
        if (r.at(k) != null && r.at(k).isAny(Set.of("are", "were", "being"))) {
            words.add(k++);
        }
        Token verb = r.at(k);
        boolean out = verb != null && verb.isAny(Set.of("left", "taken", "kept")) && r.at(k + 1) != null
                && r.at(k + 1).is("out");
        if (verb == null || !r.free(k) || !verb.isAny(SET_ASIDE_AFTER) && !out) {
            return List.of();
        }
        words.add(k);
        if (out) {
            words.add(k + 1);
        }
        return words;
    }

    private static final Set<String> SIDE_JOINERS = Set.of("than", "and", "or");
    private static final Set<String> NO_SIDE = Set.of("without", "no", "not", "non", "never");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "any", "one");

    /**
     * The other side of a yes/no said by its "no" after "than" or "and" at {@code joiner}: "than jobs without", "and
     * when it wasnt", up to the negation; none when a thing follows it ("and without a certificate" is another
     * condition).
     */
    private static List<Integer> sideWithout(Reading r, int joiner) {
        Token join = r.at(joiner);
        if (join == null || !r.free(joiner) || !join.isAny(SIDE_JOINERS)) {
            return List.of();
        }
        List<Integer> side = new ArrayList<>();
        for (int k = joiner + 1; k <= joiner + 3 && r.at(k) != null && r.free(k); k++) {
            side.add(k);
            if (r.at(k).isAny(NO_SIDE) || r.at(k).lemmas().contains("not")) {
                Token next = r.at(k + 1);
                return next == null || !next.isAny(ARTICLES) ? side : List.of();
            }
        }
        return List.of();
    }

    /** "learners" of "premium vs free learners": the people both sides are, no word of a side. */
    private static boolean people(Token t, Lexicon lexicon) {
        return t.lower().endsWith("s") && t.lemmas().stream().anyMatch(l -> !l.equals(t.lower()) && lexicon.person(l));
    }

    /** A side of a yes/no as the question words it, "non surge" written "non-surge". */
    private static String label(Reading r, List<Integer> tokens) {
        return Planner.words(r, tokens).toLowerCase(java.util.Locale.ROOT).replaceFirst("^non ", "non-");
    }

    private static void flag(Reading r, Draft d, ColumnMention m, Lexicon lexicon) {
        List<Integer> said = saidOfFlag(r, m, lexicon);
        List<Integer> without = sideWithout(r, m.last() + 1 + said.size());
        if (without.isEmpty()) {
            without = sideWithout(r, r.find(Set.of("than"), m.last() + 1)); // "… cost on avg than jobs without"
        }
        if (!without.isEmpty()) {
            // "jobs with a survey than jobs without", "… and without": the flag's two sides, the other by its "no"
            r.use(said);
            r.use(m.tokens());
            r.use(without);
            d.groups.add(new Group(m.column(), null, new Group.Sides(label(r, m.tokens()), label(r, without))));
            return;
        }
        Token after = r.at(m.last() + 1 + said.size());
        Token before = r.at(m.first() - 1);
        boolean versusAfter = after != null && r.free(after.index()) && after.isAny(VERSUS);
        if (versusAfter) {
            r.use(said); // "when a survey was done vs when it wasnt": the verb says the flag held
        }
        if (versusAfter || before != null && r.free(before.index()) && before.isAny(VERSUS)) {
            // "remote vs in office", "brand vs generic": the flag's two sides compared, whatever the other is called
            List<Integer> other = new ArrayList<>();
            int step = versusAfter ? 1 : -1;
            int versus = (versusAfter ? after : before).index();
            for (int k = versus + step; Math.abs(k - versus) <= 3 && r.free(k)
                    && r.at(k).lower().matches("\\p{L}+") && !r.at(k).isAny(Vocabulary.GROUP_MARKERS)
                    && !Vocabulary.AGGREGATES.containsKey(r.at(k).lower())
                    && !d.catalog.namesRows(r.at(k).lower()) && !(k != (versusAfter ? after : before).index() + step
                            && people(r.at(k), lexicon)); k += step) {
                other.add(k);
                String word = r.at(k).lower();
                if (versusAfter && m.tokens().stream().anyMatch(i -> r.at(i).lower().equals(word))) {
                    break; // "pets vs no pets, leases starting …": the other side ends with the flag's own word
                }
            }
            Token last = other.isEmpty() ? null : r.at(other.get(other.size() - 1) + step);
            if (last != null && r.free(last.index()) && people(last, lexicon)) {
                r.use(last.index()); // "free learners": the people both sides are
            }
            other.sort(Integer::compare);
            // "non-surge vs surge": the side with the negation is the rows without the flag
            List<Integer> own = new ArrayList<>(m.tokens());
            boolean ownNegated = versusAfter && before != null && r.free(before.index()) && before.isAny(NEGATIVE_SIDE);
            if (ownNegated) {
                own.add(0, before.index());
            }
            r.use(own);
            r.use((versusAfter ? after : before).index());
            r.use(other);
            // "permanent vs temporary fixes" of permanent_fix?: the column's own word names neither side
            List<Integer> otherSaid = other.stream().filter(k -> r.at(k).lemmas().stream()
                    .noneMatch(m.column().words()::contains)).toList();
            // ("non-surge", "no solar" keep it: their other word only negates)
            List<Integer> named = otherSaid.stream().allMatch(k -> r.at(k).isAny(NEGATIVE_SIDE)) ? other : otherSaid;
            Group.Sides sides = other.isEmpty() ? null : ownNegated ? new Group.Sides(label(r, named), label(r, own))
                    : new Group.Sides(label(r, own), label(r, named));
            d.groups.add(new Group(m.column(), null, sides));
            return;
        }
        // "excluding no-shows", "not counting cancelled", "leave out the failed ones": the rows without the flag, set
        // aside from a share's whole too; "not delayed" says what the rows of a share's part are
        List<Integer> setAside = ValueLinker.negation(r.tokens, m.first()).stream().filter(r::free).toList();
        List<Integer> setAsideAfter = setAsideAfter(r, d, m);
        boolean excluding = !setAside.isEmpty() && setAside.stream().noneMatch(i -> r.at(i).isAny(Set.of("not", "non",
                "never", "isn't", "aren't", "wasn't", "weren't"))) || before != null && before.isAny(Set.of("excluding",
                "except", "excl")) || !setAsideAfter.isEmpty();
        r.use(setAsideAfter);
        // "groups not marked as escaped": nothing marked them so, blanks included
        List<Integer> notMarked = MarkedAs.negatedBefore(r, m.first());
        boolean negated = excluding || before != null && before.isAny(Set.of("not", "no", "never", "non", "n't", "without"))
                || !setAside.isEmpty() || !notMarked.isEmpty();
        if (negated) {
            if (before != null && setAsideAfter.isEmpty()) {
                r.use(before.index());
            }
            r.use(setAside);
            r.use(notMarked);
        }
        r.use(m.tokens());
        // "not paid": a yes/no left blank is no yes; "marked as not paid" asks for the recorded no
        boolean blankIsNo = negated && m.column().role() == ColumnRole.FLAG
                && (excluding || !notMarked.isEmpty() || !MarkedAs.before(r, m.first()));
        d.filters.add(new Filter.Values(m.column(), List.of(m.column().yes()), negated, excluding, blankIsNo));
    }

    /** A yes/no column, typed as one or written as text ("Y", "yes", "TRUE"). */
    private static boolean yesNo(DataColumn c) {
        return c.role() == ColumnRole.FLAG || TextFlag.is(c);
    }

    private static boolean groupedBy(Draft d, ColumnMention m) {
        return d.groups.stream().anyMatch(g -> g.column().equals(m.column()));
    }

    /**
     * "the return rate": a rate said of a yes/no condition is the share of rows it holds for; "fertility rate" is the
     * measure's own name. Any other rate stays unplaced and is reported.
     */
    private static void rate(Reading r, Draft d, List<ColumnMention> mentions) {
        for (int i = 0; i < r.tokens.size(); i++) {
            int before = i - 1;
            int at = i;
            // "reopen rate": the rate may have been read as the attribute of the count's name
            ColumnMention counted = !r.at(i).is("rate") ? null : mentions.stream().filter(m -> eventCount(m.column())
                    && (m.last() == before || m.last() == at && m.tokens().size() > 1)).findFirst().orElse(null);
            // "default rate": the rate of a yes/no named just before it, never a column with "rate" in its name
            boolean ofFlag = r.at(i).is("rate")
                    && mentions.stream().anyMatch(m -> m.last() == before && yesNo(m.column()));
            ColumnMention alone = !ofFlag ? null : mentions.stream()
                    .filter(m -> m.tokens().equals(List.of(at)) && m.column().role().numeric())
                    .findFirst().orElse(null);
            if (alone != null) {
                d.measures.remove(alone.column());
                d.aggregate = Aggregate.SHARE;
                continue;
            }
            // "refund rate", never "budgetbuddy rating" (whose lemma is "rate" too)
            Filter.Values rated = r.at(i).lower().matches("rates?") ? d.valueAt.get(before) : null;
            if (rated != null && !rated.negated() && d.filters.contains(rated)) {
                rateOfAValue(r, d, mentions, rated, i);
                continue;
            }
            if (counted == null && (r.used(i) || !r.at(i).is("rate"))) {
                continue;
            }
            if (counted != null && d.groups.stream().noneMatch(g -> g.column().equals(counted.column()))) {
                // "the reopen rate": the share of rows reopened at least once, never the sum of reopened_count
                d.measures.remove(counted.column());
                d.filters.add(new Filter.Compare(counted.column(), ">", 0));
                d.aggregate = Aggregate.SHARE;
                d.notes.add("A rate of " + counted.column().name() + " is the share of rows where it is above 0.");
                r.use(i);
            } else if (mentions.stream().anyMatch(m -> m.last() == before && m.column().role().numeric())) {
                r.use(i);
            } else if (mentions.stream().anyMatch(m -> m.last() == before && yesNo(m.column()))) {
                // "qc pass rate", "gear rental rate" over a yes/no written as text: the share of rows it says yes of
                d.aggregate = Aggregate.SHARE;
                r.use(i);
            } else if (d.filters.stream().anyMatch(f -> f.column().role() == io.insightx.orchestrator.agent.offline.link.ColumnRole.FLAG)) {
                d.aggregate = Aggregate.SHARE;
                r.use(i);
            }
        }
    }

    /**
     * "order volume", "call volume": how many of the rows, their noun said before it; "sales volume": the total of the
     * amount said before it. No column of volumes is meant (it would have been linked by name).
     */
    private static void volume(Reading r, Draft d, List<ColumnMention> mentions) {
        for (int i = 1; i < r.tokens.size(); i++) {
            if (!r.at(i).is("volume") || !r.free(i)) {
                continue;
            }
            int before = i - 1;
            Token noun = r.at(before);
            if (noun.isAny(MoneyNoun.MONEY)) {
                continue; // "sales volume" is money, not how many sales
            }
            boolean rows = r.used(before) && d.entity != null && (d.entity.equalsIgnoreCase(noun.text())
                    || noun.lemmas().contains(d.entity.toLowerCase(java.util.Locale.ROOT)));
            boolean amount = mentions.stream().anyMatch(m -> m.last() == before && m.column().role() == ColumnRole.MEASURE);
            if (rows && !amount) {
                d.countWords = true; // "ticket volume 2024 vs 2025": how many tickets, never the only measure
                r.use(i);
            } else if (amount && (d.aggregate == null || d.aggregate == Aggregate.SUM)) {
                d.aggregate = d.aggregate == null ? Aggregate.SUM : d.aggregate;
                r.use(i);
            }
        }
    }

    /**
     * "refund rate in the Airport zone": the share of rows with the value named before "rate" (status refunded) among
     * those the other values keep, never a column "rate" names alone ("customer rating").
     */
    private static void rateOfAValue(Reading r, Draft d, List<ColumnMention> mentions, Filter.Values rated, int at) {
        mentions.stream().filter(m -> m.tokens().equals(List.of(at)) && m.column().role().numeric())
                .forEach(m -> d.measures.remove(m.column()));
        d.aggregate = Aggregate.SHARE;
        r.use(at);
        for (int k = 0; k < d.filters.size(); k++) {
            Filter f = d.filters.get(k);
            if (f instanceof Filter.Values v && v != rated && !v.negated()) {
                d.filters.set(k, new Filter.Values(v.column(), v.values(), false, true)); // the rate's whole
            } else if (f != rated && !(f instanceof Filter.Values) && Filter.part(f)) {
                d.filters.set(k, new Filter.Whole(f)); // "no-show rate on bookings that had a deposit"
            }
        }
    }

    /** A count of times something happened to a row: "reopened_count", "times_escalated", a whole number from 0. */
    private static boolean eventCount(DataColumn c) {
        return c.integer() && c.dna().path("min").asDouble(-1) == 0
                && c.words().stream().anyMatch(w -> Set.of("count", "times", "num", "number").contains(w))
                && c.words().stream().anyMatch(w -> w.length() > 4 && w.endsWith("ed"));
    }

    /** "the longest average wait time": a superlative right before a named measure ranks by it. */
    private static boolean beforeMeasure(Reading r, List<ColumnMention> mentions, int i) {
        int next = i + 1;
        if (r.at(next) != null && Vocabulary.AGGREGATES.containsKey(r.at(next).lower())) {
            next++;
        }
        int at = next;
        return mentions.stream().anyMatch(m -> m.first() == at && m.column().role().numeric());
    }

    /** "their time in min", "(min)": the unit, read by {@link UnitAsked}, never the minimum. */
    private static boolean minutes(Reading r, int i) {
        return r.at(i).is("min") && UnitAsked.afterIn(r, i);
    }

    private static boolean inMention(List<ColumnMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.tokens().contains(i));
    }
}
