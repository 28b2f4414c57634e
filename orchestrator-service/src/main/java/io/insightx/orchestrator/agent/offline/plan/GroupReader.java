package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Reads the groupings: "by island", "per year", "for each month", "across regions", "month of the year", "day of
 * the week", "yearly"; "which island …" groups and ranks; two named values of one column compare its groups.
 */
final class GroupReader {

    /** At most this many values for a number to be grouped by (as bars, a table): more is a distribution. */
    private static final int FEW_VALUES = 100;
    private static final Set<String> ADVERBS = Set.of("yearly", "annual", "annually", "monthly", "quarterly", "weekly", "daily");

    private GroupReader() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        across(r, d, mentions, spent);
        keyOfTheFigure(r, d, mentions, spent);
        groups(r, d, mentions, spent);
        // "revenue by month (by pickup date)": the date says which date the months are of, not a second grouping
        d.groups.removeIf(g -> g.grain() == Grain.DAY && r.tokens.stream().anyMatch(t -> t.isAny(Set.of("date", "dates")))
                && d.groups.stream().anyMatch(o -> o != g && o.column().equals(g.column()) && o.grain() != null
                        && o.grain() != Grain.DAY));
        periodOfTheDateNamed(r, d);
    }

    /**
     * "tickets sold per month (by purchase date)", "revenue per year by submit date": the months or years are of the
     * date named, not of the data's first date with a day of the named one beside them.
     */
    private static void periodOfTheDateNamed(Reading r, Draft d) {
        if (r.tokens.stream().noneMatch(t -> t.isAny(Set.of("date", "dates")))) {
            return;
        }
        for (Group named : List.copyOf(d.groups)) {
            if (named.grain() != Grain.DAY || named.column().role() != ColumnRole.TIME) {
                continue;
            }
            for (int k = 0; k < d.groups.size(); k++) {
                Group period = d.groups.get(k);
                if (period != named && period.grain() != null && period.grain() != Grain.DAY
                        && period.column().role() == ColumnRole.TIME && !period.column().equals(named.column())) {
                    d.groups.set(k, new Group(named.column(), period.grain()));
                    d.groups.remove(named);
                    return;
                }
            }
        }
    }

    private static void groups(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.tokens.get(i);
            boolean marker = t.isAny(Vocabulary.GROUP_MARKERS) && !r.used(i);
            boolean subject = rankedSubject(r, i, mentions);
            boolean asks = (t.is("which") || t.is("what")) && !r.used(i) || subject;
            boolean perDay = (marker && t.is("per") || t.is("a") && !r.used(i)) && r.free(i + 1);
            if (perDay && d.perKey == null && averagedPerDate(r, d, r.at(i + 1))) {
                // "avg eggs per day", "a day" over dated rows: each day's total, averaged over the days; the words stay
                // unused until the decision takes that reading
                d.perKey = d.catalog.time().orElseThrow();
                d.perKeyTokens.add(i);
                d.perKeyTokens.add(i + 1);
                continue;
            }
            if (!marker && !asks) {
                boolean limit = t.isNumber() && d.limit != null && t.number().intValue() == d.limit;
                if (Planner.superlative(t) || limit) {
                    rankedAfter(r, d, i + (r.at(i + 1) != null && r.at(i + 1).is("the") ? 2 : 1), mentions, spent, limit);
                }
                continue;
            }
            if (marker && countedOnce(r, i)) {
                continue;
            }
            int j = subject ? i : i + 1;
            while (!subject && j < r.tokens.size() && (r.at(j).is("the") || r.at(j).is("each") || r.at(j).is("every")
                    || r.at(j).is("of") || r.at(j).is("a") || asks && r.used(j) && WhichOne.saysOne(r.at(j)))) {
                j++;
            }
            int value = j;
            if (asks && !subject && r.used(value) && mentions.stream().anyMatch(m -> m.first() == value + 1)) {
                j++; // "which dog breed": the value said of the things asked for, a condition already read
            }
            if (marker && modifiedByTheRows(r, d, j, mentions)) {
                r.use(j); // "by loan purpose" in loan_applications: the purpose, said of the loans
                j++;
            } else if (marker && headAfter(r, j, mentions)) {
                j++; // "by payment method" over billing_method: grouped by the method; "payment" is read or reported
            }
            if (marker && t.is("per") && averagedAtOwnGrain(r, d, r.at(j))) {
                r.use(i); // "avg support tickets per month" over monthly snapshots: each row is one month already
                r.use(j);
                continue;
            }

            // "year with the fewest deaths" ranks years; "day with the most rain" is no count of days
            boolean finest = subject && r.at(j).isAny(Set.of("day", "week", "hour"));
            if (!finest && grain(r, d, j, asks)) {
                r.use(i);
                continue;
            }
            int at = i;
            if (subject && mentions.stream().noneMatch(m -> m.first() == at)) {
                continue;
            }
            if (marker && datedByItsVerb(r, d, j, mentions, spent)) {
                r.use(i);
                continue;
            }
            for (ColumnMention m : mentions) {
                if (m.first() == j && !spent.contains(m) && marker && t.is("per") && perRow(r, d, m)) {
                    spent.add(m); // "avg charge per visit": one figure over the rows, each row a visit
                    r.use(i);
                    r.use(m.tokens());
                    break;
                }
                if (m.first() == j && !spent.contains(m) && marker && t.is("per") && perKey(r, d, m)) {
                    // "avg items per receipt" over its lines: each receipt's total, averaged; the words stay unused
                    // until the decision takes that reading, reported otherwise
                    d.perKey = m.column();
                    d.perKeyTokens.add(i);
                    d.perKeyTokens.addAll(m.tokens());
                    spent.add(m);
                    break;
                }
                // "which pickup month had the most rentals": a date asked about at the grain said after it
                boolean datedGrain = asks && m.column().role() == ColumnRole.TIME && r.at(m.last() + 1) != null
                        && Vocabulary.grain(r.at(m.last() + 1)) != null;
                // "which start time has the most bookings", "which session date had the most": its slots or days,
                // never the latest of them
                datedGrain |= asks && (m.column().clock() || m.column().type().equals("DATE"));
                if (m.first() == j && !spent.contains(m) && (marker && (!m.column().role().numeric()
                        || fewValues(r, d, m, mentions))
                        || groupable(r, m) || datedGrain) && !rateOfAFlag(r, m) && !(marker && byModifierOnly(r, m))) {
                    sameGrainOnce(d, new Group(sized(d, m), grainAfter(r, d, m)));
                    d.ranking |= asks;
                    spent.add(m);
                    r.use(i);
                    r.use(m.tokens());
                    if (marker) {
                        alsoBy(r, d, m, mentions, spent);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.used(i) || r.names(i) || !r.at(i).isAny(ADVERBS)) {
                continue;
            }
            int at = i;
            // "the average monthly price" describes the measure; "monthly co2 readings in 2019", with nothing to
            // aggregate, asks for the months
            boolean describesMeasure = mentions.stream().anyMatch(m -> m.first() == at + 1 && m.column().role().numeric())
                    && r.tokens.stream().anyMatch(t -> Vocabulary.AGGREGATES.containsKey(t.lower()));
            Token before = r.at(i - 1);
            boolean qualified = before != null && (Vocabulary.AGGREGATES.containsKey(before.lower()) || before.is("many"));
            if (describesMeasure || qualified) {
                r.use(i); // "the median monthly price": the data's own grain, not a grouping
            } else if (grain(r, d, i, false)) {
                r.use(i);
            }
        }
        grainOfNamedDate(d);
        if (d.compared != null && d.groups.stream().noneMatch(g -> d.compared.equals(g.column()))) {
            if (!r.take(Vocabulary.JOINT)) { // "florida and georgia combined": one figure for both, not one each
                d.groups.add(new Group(d.compared, null));
            }
        }
    }

    /**
     * "year with the fewest deaths", "the island with the most penguins": the thing the question opens with, ranked by
     * the superlative after "with" — asked as "which"; the thing may be named in several words ("session date with
     * the most bookings").
     */
    private static boolean rankedSubject(Reading r, int i, List<ColumnMention> mentions) {
        Token before = r.at(i - 1);
        boolean opens = i == 0 || before.isAny(Set.of("the", "show", "find", "list", "get", "me")) && (i == 1
                || r.at(i - 2).isAny(Set.of("the", "show", "find", "list", "get", "me")));
        int end = mentions.stream().filter(m -> m.first() == i).mapToInt(ColumnMention::last).max().orElse(i);
        Token with = r.at(end + 1);
        if (r.used(i) || !opens || with == null || !with.isAny(Set.of("with", "having"))) {
            return false;
        }
        for (int k = end + 2; k <= end + 4 && r.at(k) != null; k++) {
            if (Planner.superlative(r.at(k)) || r.at(k).isAny(Set.of("most", "least", "fewest"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "across all years", "across both gyms", "the average across states": over all of them, one figure; the column
     * named after "across"
     * is used up, not grouped by.
     */
    private static void across(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.used(i) || !r.at(i).is("across")) {
                continue;
            }
            int j = i + 1;
            while (r.at(j) != null && r.at(j).isAny(Set.of("all", "the", "both", "our", "every"))) {
                j++;
            }
            for (ColumnMention m : mentions) {
                if (m.first() == j && !spent.contains(m) && !m.column().role().numeric()) {
                    spent.add(m);
                    d.settled(m);
                    r.use(m.tokens());
                    for (int k = i; k < j; k++) {
                        r.use(k);
                    }
                }
            }
        }
    }

    /**
     * "the average charge per visit": an average per a key that (almost) every row has its own of is the average over
     * the rows, not one figure for each key.
     */
    private static boolean perRow(Reading r, Draft d, ColumnMention m) {
        boolean key = m.column().role() == ColumnRole.IDENTIFIER
                || "identifier".equals(m.column().dna().path("semanticType").asText());
        boolean averaged = averaged(r);
        // "north vs south avg daily output per site": a site's daily output is a row, averaged over the groups compared
        boolean dailyOfEach = perPeriod(r) && (d.compared != null || !d.groups.isEmpty()) && m.column().role().labels();
        // "avg price per walk" over walk_date: the walk is the event each row records, named by its date; "avg rods per
        // licence" of licence sales, beside licence_type: the thing each row is of, the dataset's name says
        Token word = r.at(m.first());
        boolean eachRow = m.column().role() == ColumnRole.TIME && m.tokens().size() == 1
                && d.catalog.eventNouns().contains(word.lower())
                || m.tokens().size() == 1 && !m.whole() && d.catalog.eachRowOf(word.lower());
        return averaged && d.catalog.rows() > 0 && (key && (m.column().distinct() >= 0.9 * d.catalog.rows() || oneSnapshot(d))
                || dailyOfEach || eachRow);
    }

    /** "avg daily output", "avg monthly spend": the figure of one period, the grain rows come at, not a total per key. */
    private static boolean perPeriod(Reading r) {
        return r.tokens.stream().anyMatch(t -> t.isAny(Set.of("daily", "hourly", "weekly", "monthly", "yearly", "annual")));
    }

    /**
     * "median api calls per account for pro plan in jun 2025" over monthly snapshots: one month of them holds each
     * account once, so per account is per row.
     */
    private static boolean oneSnapshot(Draft d) {
        DataColumn time = d.catalog.time().orElse(null);
        return time != null && monthly(time) && d.filters.stream().anyMatch(f -> f instanceof Filter.During p
                && p.column().equals(time) && p.period().from() != null && p.period().from().getDayOfMonth() == 1
                && p.period().from().plusMonths(1).equals(p.period().to()));
    }

    /** Dates that are the first of each month from the first to the last, once each: monthly snapshots. */
    private static boolean monthly(DataColumn time) {
        java.time.LocalDate first = io.insightx.orchestrator.agent.offline.link.Catalog.edge(time, false);
        java.time.LocalDate last = io.insightx.orchestrator.agent.offline.link.Catalog.edge(time, true);
        if (time.role() != ColumnRole.TIME || first == null || last == null || first.getDayOfMonth() != 1
                || last.getDayOfMonth() != 1) {
            return false;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        return months > 1 && time.distinct() == months;
    }

    /**
     * Whether an average is asked "per" the very grain the rows' dates come at: monthly snapshots hold one date per
     * month, each the first, so "per month" is per row.
     */
    private static boolean averagedAtOwnGrain(Reading r, Draft d, Token unit) {
        Grain grain = unit == null ? null : Vocabulary.grain(unit);
        DataColumn time = d.catalog.time().orElse(null);
        boolean averaged = averaged(r);
        return averaged && grain == Grain.MONTH && time != null && monthly(time);
    }

    /**
     * Whether an average is asked "per day" where each row has a date without a time of day: each day's total, averaged
     * over the days ("avg eggs per day" over one row per shed and day).
     */
    private static boolean averagedPerDate(Reading r, Draft d, Token unit) {
        DataColumn time = d.catalog.time().orElse(null);
        return unit != null && unit.is("day") && averaged(r) && time != null && time.role() == ColumnRole.TIME
                && "DATE".equals(time.type()) && !time.clockTimes();
    }

    /**
     * "claims per quarter by incident date": a date column named beside a grain says whose periods they are, it is no
     * second grouping by each date.
     */
    private static void grainOfNamedDate(Draft d) {
        List<Group> grains = d.groups.stream().filter(g -> g.grain() != null && g.column().role().time()).toList();
        List<Group> dates = d.groups.stream().filter(g -> g.grain() == null && g.column().role() == ColumnRole.TIME).toList();
        if (grains.size() == 1 && dates.size() == 1) {
            d.groups.remove(dates.get(0)); // before the grain is placed: the date may come first ("per reading by weekday")
            int at = d.groups.indexOf(grains.get(0));
            d.groups.set(at, new Group(dates.get(0).column(), grains.get(0).grain()));
        }
    }

    /** Whether the question asks for an average or a median. */
    private static boolean averaged(Reading r) {
        return r.tokens.stream().anyMatch(t -> Vocabulary.AGGREGATES.get(t.lower()) == Aggregate.AVG
                || Vocabulary.AGGREGATES.get(t.lower()) == Aggregate.MEDIAN);
    }

    /** A key that repeats over the rows (a receipt's lines), averaged over: "avg spend per receipt". */
    private static boolean perKey(Reading r, Draft d, ColumnMention m) {
        boolean averaged = r.tokens.stream().anyMatch(t -> Vocabulary.AGGREGATES.get(t.lower()) == Aggregate.AVG);
        // "avg number of tests per patient": a count per any key that repeats, a patient's name or code alike
        boolean counted = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("number", "#", "count", "many")));
        boolean key = m.column().role() == ColumnRole.IDENTIFIER
                || counted && m.column().role().labels() && m.column().distinct() >= 20;
        return averaged && key && !perPeriod(r) && d.catalog.repeatsClearly(m.column());
    }

    /**
     * "avg order value", "average basket revenue" over order lines: the figure of each order, averaged over the orders,
     * as "avg revenue per order" would say it; read only where the noun names a key that repeats over the rows.
     */
    private static void keyOfTheFigure(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (ColumnMention m : mentions) {
            Token before = r.at(m.first() - 1);
            if (before == null || Vocabulary.AGGREGATES.get(before.lower()) != Aggregate.AVG || d.perKey != null) {
                continue;
            }
            boolean figureAfter = mentions.stream().anyMatch(f -> f.first() == m.last() + 1
                    && f.column().role() == ColumnRole.MEASURE);
            if (figureAfter && !spent.contains(m) && perKey(r, d, m)) {
                d.perKey = m.column();
                d.perKeyTokens.addAll(m.tokens());
                spent.add(m);
                return;
            }
        }
    }

    /**
     * Whether the word at {@code j} is an unread modifier before the head noun of a label column's name: "payment" of
     * "payment method" where the data has billing_method.
     */
    private static boolean headAfter(Reading r, int j, List<ColumnMention> mentions) {
        Token modifier = r.at(j);
        if (modifier == null || !r.free(j) || FunctionWords.is(modifier) || !modifier.lower().matches("\\p{L}{3,}")
                || Vocabulary.AGGREGATES.containsKey(modifier.lower()) || Planner.superlative(modifier)) {
            return false; // "by total winning amount": the total of an amount, no modifier of is_winning
        }
        return mentions.stream().anyMatch(m -> {
            List<String> words = m.column().words();
            return m.first() == j + 1 && m.tokens().size() == 1 && words.size() >= 2
                    && (m.column().role() == ColumnRole.CATEGORY || m.column().role() == ColumnRole.NAME)
                    && r.at(j + 1).lemmas().contains(words.get(words.size() - 1))
                    && mentions.stream().noneMatch(o -> o.tokens().contains(j));
        });
    }

    /** "per island and species", "by apiary and year": a second label or a grain joined to a grouping groups too. */
    private static void alsoBy(Reading r, Draft d, ColumnMention first, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        Token and = r.at(first.last() + 1);
        if (and == null || r.used(and.index()) || !and.isAny(Set.of("and", "&", ","))) {
            return;
        }
        int next = first.last() + 2 + (r.at(first.last() + 2) != null && r.at(first.last() + 2).isAny(Set.of("by", "per")) ? 1 : 0);
        if (mentions.stream().noneMatch(m -> m.tokens().contains(next)) && grain(r, d, next, false)) {
            r.use(and.index()); // "honey kg by apiary and year": the year of the data's date groups too
            r.use(next - 1);
            return;
        }
        for (ColumnMention m : mentions) {
            if (m.first() == next && !spent.contains(m) && m.column().role().labels() && !m.column().equals(first.column())) {
                d.groups.add(new Group(m.column(), null));
                spent.add(m);
                r.use(and.index());
                r.use(next - 1);
                r.use(m.tokens());
                return;
            }
        }
    }

    /** "the hottest year", "top 3 islands": a grain, the time column or (after a limit) a label ranks its groups. */
    private static void rankedAfter(Reading r, Draft d, int j, List<ColumnMention> mentions, Set<ColumnMention> spent,
            boolean limit) {
        // "the most hours" read as time spent is that figure, no hour to rank
        boolean measured = mentions.stream().anyMatch(m -> m.tokens().contains(j) && m.column().role().numeric());
        // "the busiest calendar month": the grain after the calendar's word
        int grainAt = r.at(j) != null && r.at(j).is("calendar") ? j + 1 : j;
        if (!measured && grain(r, d, grainAt, true)) {
            return;
        }
        for (ColumnMention m : mentions) {
            if (m.first() == j && !spent.contains(m) && limit && groupable(r, m)) {
                d.groups.add(new Group(m.column(), null)); // "top 3 islands"
                d.ranking = true;
                spent.add(m);
                r.use(m.tokens());
                return;
            }
            boolean grouped = d.groups.stream().anyMatch(g -> g.column().equals(m.column()));
            Token next = r.at(m.last() + 1);
            boolean grainSaid = next != null && !r.used(next.index()) && Vocabulary.grain(next) != null;
            if (m.first() == j && !spent.contains(m) && m.column().role().time() && (grainSaid || !grouped)) {
                // "the busiest pickup month": the date named, at the grain said after it; "which weekday has the
                // fewest orders" over ordered_at already groups that date: the orders are its rows
                Grain after = grainAfter(r, d, m);
                // "top 3 start times" of a time on the clock: its slots, never days
                d.groups.add(new Group(m.column(), after != null ? after : m.column().role() == ColumnRole.YEAR
                        ? Grain.YEAR : m.column().clock() ? null : Grain.DAY));
                d.ranking = true;
                spent.add(m);
                r.use(m.tokens());
                return;
            }
        }
        rankedByMeasure(r, d, j, mentions, spent);
    }

    /** "the lowest yielding variety", "the highest grossing genre": the category after the ranked measure is ranked. */
    private static void rankedByMeasure(Reading r, Draft d, int j, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (ColumnMention measure : mentions) {
            if (measure.first() != j || spent.contains(measure) || !measure.column().role().numeric()) {
                continue;
            }
            for (ColumnMention label : mentions) {
                // a key names one row each ("the highest paid employee" is a row), a category many
                boolean repeats = label.column().role() == ColumnRole.CATEGORY;
                if (label.first() == measure.last() + 1 && !spent.contains(label) && repeats) {
                    d.groups.add(new Group(label.column(), null));
                    d.ranking = true;
                    spent.add(label);
                    r.use(label.tokens());
                    return;
                }
            }
        }
    }

    /**
     * "which candidates appear more than once": the column the count of times was taken of (their names, which
     * repeat), where the word also names it, rather than the first the word names (their ids, one row each).
     */
    private static DataColumn sized(Draft d, ColumnMention m) {
        DataColumn sized = d.filters.stream().filter(f -> f instanceof Filter.GroupSize
                && m.alternatives().contains(f.column())).map(Filter::column).findFirst().orElse(m.column());
        if (!sized.equals(m.column())) {
            // no guess left to say: the count of times chose among the columns the word names
            d.notes.removeIf(n -> n.startsWith("Taking " + m.column().name() + " for "));
        }
        return sized;
    }

    /**
     * "per visit" over visited_club: one word that is only another form of a modifier of the column's name ("visit" of
     * "visited"), never its head ("club") nor a word of it as written, names no grouping by that column.
     */
    private static boolean byModifierOnly(Reading r, ColumnMention m) {
        List<String> words = m.column().words();
        Token t = r.at(m.first());
        // a head of content ("club"), not a particle: approved_by holds the approvers "per approver" asks about
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        boolean contentHead = head.length() >= 3 && !head.endsWith("ed") && !Set.of("for", "from", "with").contains(head);
        return m.tokens().size() == 1 && !m.whole() && words.size() >= 2 && !words.contains(t.lower()) && contentHead
                && !t.lemmas().contains(head) && m.column().role() == ColumnRole.CATEGORY;
    }

    /**
     * "tests by result month" over resulted_at: a word whose participle starts a date's name ("resulted"), before a
     * grain, is that date at that grain, whatever other column the word names (result_id, result_value).
     */
    private static boolean datedByItsVerb(Reading r, Draft d, int j, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        Token word = r.at(j);
        Token unit = r.at(j + 1);
        Grain grain = unit == null || r.used(j + 1) ? null : Vocabulary.grain(unit);
        if (word == null || r.used(j) || grain == null) {
            return false;
        }
        List<DataColumn> dates = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME && !c.words().isEmpty()
                && word.lemmas().stream().anyMatch(l -> DateVerb.participle(l, c.words().get(0)))).toList();
        if (dates.size() != 1) {
            return false;
        }
        d.groups.add(new Group(dates.get(0), grain));
        mentions.stream().filter(m -> m.first() == j).forEach(spent::add);
        r.use(j);
        r.use(j + 1);
        return true;
    }

    /** "by refund rate": a yes/no named before "rate" is the figure that ranks, not a grouping. */
    private static boolean rateOfAFlag(Reading r, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        return m.column().role() == ColumnRole.FLAG && next != null
                && next.isAny(Set.of("rate", "rates", "ratio", "share", "pct", "percentage"));
    }

    /** "all years together", "years combined", "across all years": every year's months pooled; their words, or none. */
    private static List<Integer> yearsPooled(Reading r) {
        // ("all years" may be read already as all the data's time: still the years pooled here)
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.at(i).isAny(Set.of("years", "yrs"))) {
                continue;
            }
            Token before = r.at(i - 1);
            Token after = r.at(i + 1);
            boolean all = before != null && before.isAny(Set.of("all", "every"));
            if (after != null && after.isAny(Set.of("together", "combined", "pooled")) && r.free(i + 1)) {
                return all ? List.of(i - 1, i, i + 1) : List.of(i, i + 1);
            }
            Token across = all ? r.at(i - 2) : before;
            if (across != null && across.isAny(Set.of("across", "over")) && r.free(across.index())) {
                return all ? List.of(i - 2, i - 1, i) : List.of(i - 1, i);
            }
        }
        return List.of();
    }

    /** Words of a count, said before its groups: "number of spots by length", "# jobs by flues". */
    private static final Set<String> COUNTED = Set.of("count", "number", "#", "many");

    /**
     * "avg speed by latitude" on a grid of 60 latitudes, "spot count by length (secs)": a number with few values groups
     * like a label when another number or a count is the figure; "top 3 days by commits" ranks by its only number.
     */
    private static boolean fewValues(Reading r, Draft d, ColumnMention m, List<ColumnMention> mentions) {
        long distinct = m.column().distinct();
        boolean otherFigure = mentions.stream()
                .anyMatch(o -> !o.column().equals(m.column()) && o.column().role().numeric())
                || r.tokens.stream().anyMatch(t -> t.index() < m.first() && t.isAny(COUNTED));
        return otherFigure && d.limit == null && distinct > 0 && distinct <= FEW_VALUES && distinct * 2 < d.catalog.rows();
    }

    /**
     * "(each learner counted once)", "count every customer once": how to count, not a grouping by the thing; the
     * words but "once" are used here, "once" is read with the plan ({@link OncePerKey}).
     */
    private static boolean countedOnce(Reading r, int i) {
        int once = r.onceAfter(i);
        for (int j = i; j < once; j++) {
            r.use(j);
        }
        return once >= 0;
    }

    /** Whether the word at {@code j} is the dataset's own noun before a column named next ("loan purpose"). */
    private static boolean modifiedByTheRows(Reading r, Draft d, int j, List<ColumnMention> mentions) {
        Token word = r.at(j);
        return word != null && r.free(j) && (d.catalog.namePart(word.lower()) || d.catalog.namesRows(word.lower()))
                && mentions.stream().noneMatch(m -> m.tokens().contains(j))
                && mentions.stream().anyMatch(m -> m.first() == j + 1 && m.column().role().labels());
    }

    /**
     * "per hour of day (by plug-in hour)": a grain named again with its date says which date the grain is of, no
     * second grouping.
     */
    private static void sameGrainOnce(Draft d, Group g) {
        for (int i = 0; i < d.groups.size(); i++) {
            Group had = d.groups.get(i);
            if (g.grain() != null && had.grain() == g.grain() && had.column().role().time()) {
                d.groups.set(i, g);
                return;
            }
        }
        d.groups.add(g);
    }

    /** "by hire year": a date column's name followed by a grain is grouped at that grain (the grain's word used). */
    private static Grain grainAfter(Reading r, Draft d, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        if (!m.column().role().time() || m.column().role() == ColumnRole.YEAR || next == null || r.used(next.index())) {
            return null;
        }
        Grain grain = Vocabulary.grain(next);
        if (grain != null) {
            r.use(next.index());
            grain = ofTheDay(r, next.index(), grain);
        }
        return clockHour(r, d, grain);
    }

    /**
     * "the busiest hour", "orders by hour" over months of data: the hour on the clock; "the hottest hour" is one hour.
     */
    private static Grain clockHour(Reading r, Draft d, Grain grain) {
        var first = d.catalog.timeEdge(false);
        var last = d.catalog.timeEdge(true);
        boolean oneHour = r.tokens.stream().anyMatch(w -> Planner.superlative(w) && !w.isAny(Vocabulary.BUSY)
                && !Vocabulary.AGGREGATES.containsKey(w.lower()));
        return grain == Grain.HOUR && !oneHour && first != null && last != null && last.isAfter(first.plusDays(2))
                ? Grain.HOUR_OF_DAY : grain;
    }

    /** Nouns of a figure asked per period: "monthly counts", "weekly totals". */
    private static final Set<String> PERIOD_FIGURES = Set.of("count", "counts", "total", "totals", "volume", "volumes",
            "numbers", "figures", "trend", "breakdown");

    /**
     * "monthly check-in counts", "weekly totals": an adverb of a period before a word of the data's date or a noun of
     * a figure is a grouping, even where a category holds that word as a value (a "Monthly" membership); "monthly
     * members" stays the value. The adverbs' places, kept from value linking.
     */
    static Set<Integer> periodAdverbs(Reading r, Catalog catalog) {
        Set<Integer> adverbs = new java.util.HashSet<>();
        Set<String> dateWords = new java.util.HashSet<>();
        catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME).forEach(c -> c.words().stream()
                .filter(w -> w.length() >= 3 && !Set.of("date", "time", "day", "timestamp").contains(w))
                .forEach(dateWords::add));
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            if (t.isAny(ADVERBS) && next != null && (next.isAny(PERIOD_FIGURES)
                    || java.util.Arrays.stream(next.lower().split("-")).anyMatch(dateWords::contains))) {
                adverbs.add(t.index());
            }
        }
        return adverbs;
    }

    /** "check-in hour of the day": the hour on the clock, its "of the day" used. */
    private static Grain ofTheDay(Reading r, int at, Grain grain) {
        int k = at + 1;
        if (grain != Grain.HOUR || r.at(k) == null || !r.at(k).is("of") || !r.free(k)) {
            return grain;
        }
        int day = r.at(k + 1) != null && r.at(k + 1).is("the") ? k + 2 : k + 1;
        if (r.at(day) == null || !r.at(day).is("day") || !r.free(day)) {
            return grain;
        }
        for (int i = k; i <= day; i++) {
            r.use(i);
        }
        return Grain.HOUR_OF_DAY;
    }

    private static boolean groupable(Reading r, ColumnMention m) {
        return m.column().role().labels() || r.at(m.last()).isAny(Vocabulary.CLASSIFIERS);
    }

    /** The one time column a free word at {@code k} names ("arrival" of arrival_ts), if any. */
    private static Optional<DataColumn> timeNamed(Reading r, Draft d, int k) {
        Token t = r.at(k);
        if (t == null || !r.free(k) || FunctionWords.is(t)) {
            return Optional.empty();
        }
        List<DataColumn> named = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME
                && (c.words().contains(t.lower()) || t.lemmas().stream().anyMatch(c.words()::contains))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A time grain at token j: "year", "month of the year", "day of the week", "decade", "yearly". */
    private static boolean grain(Reading r, Draft d, int j, boolean ranking) {
        Token t = r.at(j);
        // "# of sales per month in 2023": the months of the date the question's period is of (sale_date), not the first
        List<DataColumn> periods = d.filters.stream().filter(f -> f instanceof Filter.During).map(Filter::column)
                .distinct().toList();
        Optional<DataColumn> time = d.eventDate != null ? Optional.of(d.eventDate)
                : periods.size() == 1 && periods.get(0).role() == ColumnRole.TIME ? Optional.of(periods.get(0))
                : d.catalog.time();
        if (t == null || r.used(j) || r.names(j) || time.isEmpty()) {
            return false;
        }
        Grain grain = Vocabulary.grain(t);
        int end = j;
        if (t.isAny(ADVERBS)) {
            grain = t.lower().startsWith("month") ? Grain.MONTH : t.lower().startsWith("quarter") ? Grain.QUARTER
                    : t.lower().startsWith("week") ? Grain.WEEK : t.lower().startsWith("dai") ? Grain.DAY : Grain.YEAR;
        }
        if (grain == null) {
            return false;
        }
        int k = j + 1;
        if (r.at(k) != null && r.at(k).is("of")) {
            k++;
            if (r.at(k) != null && r.at(k).is("the")) {
                k++;
            }
            Optional<DataColumn> named = timeNamed(r, d, k);
            if (r.at(k) != null && r.at(k).is("day") && grain == Grain.HOUR) {
                grain = Grain.HOUR_OF_DAY;
                end = k;
            } else if (r.at(k) != null && r.at(k).is("week") && (grain == Grain.DAY)) {
                grain = Grain.WEEKDAY;
                end = k;
            } else if (r.at(k) != null && r.at(k).is("year") && grain == Grain.MONTH) {
                grain = Grain.MONTH_OF_YEAR;
                end = k;
            } else if (named.isPresent()) {
                time = named; // "visits by hour of arrival": the hours of arrival_ts
                end = k;
            }
        }
        int start = j;
        if (grain == Grain.MONTH && r.at(j - 1) != null && r.at(j - 1).is("calendar") && r.free(j - 1)) {
            start = j - 1; // "the busiest calendar month": a month, as the calendar has them
        }
        List<Integer> pooled = grain == Grain.MONTH ? yearsPooled(r) : List.of();
        if (!pooled.isEmpty()) {
            grain = Grain.MONTH_OF_YEAR; // "busiest month, all years together": the months of every year as one
            pooled.forEach(r::use);
        }
        grain = clockHour(r, d, grain);
        if (grain == Grain.DAY && time.get().role() != ColumnRole.TIME
                || (grain == Grain.HOUR || grain == Grain.HOUR_OF_DAY) && !time.get().clockTimes()) {
            return false; // days of years, hours of dates: the data does not hold them
        }
        d.groups.add(new Group(time.get(), grain));
        d.ranking |= ranking;
        for (int i = start; i <= end; i++) {
            r.use(i);
        }
        dateNoted(r, d, time.get());
        return true;
    }

    /**
     * "parcels per month" where a parcel is dated when packed and when collected: the date taken unasked is said, with
     * the others the data holds.
     */
    private static void dateNoted(Reading r, Draft d, DataColumn time) {
        boolean named = d.eventDate != null || r.tokens.stream().anyMatch(t -> time.words().contains(t.lower())
                || t.lemmas().stream().anyMatch(time.words()::contains));
        List<String> others = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME && !c.clock()
                && !c.equals(time)).map(DataColumn::name).toList();
        if (named || time.role() != ColumnRole.TIME || others.isEmpty()) {
            return;
        }
        String note = "Dated by " + time.name() + "; the data also dates rows by " + String.join(", ", others) + ".";
        if (!d.notes.contains(note)) {
            d.notes.add(note);
        }
    }
}
