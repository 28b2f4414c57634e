package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.HowMany;
import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * Decides what to compute from what the steps read: the kind of answer, the aggregate (a count, a sum for amounts,
 * an average for levels), the ordering of ranked groups and rows, and the totals rows to leave out. Every word
 * left unused is reported; a plan that cannot be made is a refusal.
 */
final class Decider {

    /** Words for how the rows split among a column's values: "payment mix", "channel breakdown". */
    private static final Set<String> MIX = Set.of("mix", "breakdown", "distribution", "split", "makeup");
    /** Of those, the words that ask for shares by themselves: "payment mix per truck". */
    private static final Set<String> SHARES = Set.of("mix", "makeup");

    private final Reading r;
    private final Draft d;
    /** Whether a superlative said of the rows' own noun asks for one row ("the highest bid - which lot"). */
    private boolean rowSuperlative;
    /** The column the plan measures, once decided: the other columns the question named are reported unused. */
    private DataColumn used;

    Decider(Reading r, Draft d) {
        this.r = r;
        this.d = d;
    }

    /** The plan; a chart the question asks Python to draw ("with pandas", "as a png") is marked so. */
    Plan decide() {
        Plan plan = read();
        String unknown = unknownThingAsked();
        if (unknown != null && plan.understood() && plan.groups().isEmpty() && plan.kind() == Plan.Kind.AGGREGATE) {
            // "which lock brand fails most often" with no brand in the data: a figure of all rows answers nothing asked
            d.notes.add("I could not find “" + unknown + "” in this data, so I cannot say which.");
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        Token dropped = plan.understood() ? DroppedNegation.in(r, d) : null;
        if (dropped != null) {
            d.notes.add("I could not tell what “" + dropped.text() + "” sets aside: the words after it would have"
                    + " been read as rows to keep, which is the opposite of what was asked.");
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        return plan.kind().chart() && PythonRequest.read(r) ? plan.inPython(ignored()) : plan;
    }

    private Plan read() {
        PeriodOfGroups.apply(r, d);
        GroupSizes.countWithinAll(d);
        boolean chart = takeChartWords();
        boolean correlation = r.has(Vocabulary.CORRELATION); // taken only when computed: never dropped in silence
        boolean histogram = r.take(Vocabulary.HISTOGRAM);
        boolean describe = r.take(Vocabulary.DESCRIBE) || d.several;
        boolean trend = trendWords();
        // "yoy change in price": each period against the one before; "sales in 2015 vs the year before", one change
        boolean stepping = d.steps && d.change.isEmpty() && !StepChange.toChange(d);
        StepChange.Ask steps = stepping ? StepChange.ask(r, d) : null;
        boolean change = !d.change.isEmpty();
        if (change || trend) {
            // A change is computed between two periods, or shown as a time series. Anywhere else ("which stock grew
            // the most", "the difference between A and B") it is not computed, so its word is reported, never eaten.
            r.take(Vocabulary.CHANGE);
        }
        Aggregate crossing = Crossing.edge(r, d);
        if (crossing != null) {
            DataColumn time = d.catalog.time().orElseThrow();
            d.measures.remove(time); // "which year": the time column is the answer, not a measure left unused
            used = time;
            Defaults.excludeTotals(d);
            return new Plan(Plan.Kind.ROWS, d.catalog, crossing, time, null, List.of(), d.filters,
                    crossing == Aggregate.MAX, 1, List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
        }
        if (change && d.aggregate == Aggregate.SHARE) {
            d.aggregate = null; // "by what percent did X grow": the change answer carries the percent change
        }
        List<DataColumn> numeric = d.measures.stream().filter(c -> c.role().numeric()).toList();
        DataColumn measure = numeric.isEmpty() ? d.measures.stream().findFirst().orElse(null) : numeric.get(0);
        DataColumn said = measure;
        if (said != null && said.role().labels() && d.groups.stream().anyMatch(g -> g.column().equals(said))) {
            // "which test has the highest share … for that test": the group said again, no figure of its own
            d.measures.remove(measure);
            measure = null;
        }
        // "how many months …" counts months, never the dataset's column of counts
        if (measure == null && (d.countWords && d.countedGrain == null || change || stepping || d.aggregate == Aggregate.SHARE
                || d.aggregate == Aggregate.SUM)) {
            measure = Defaults.countLike(d);
        }
        if (d.aggregate == Aggregate.SHARE && measure != null && measure.role() == ColumnRole.LEVEL
                && bySense(measure)) {
            // "share of deals that were all cash": a share of a level is asked by its name; "deals" reaching Lot Size
            // through a sense of "lot" names the rows
            d.entity = d.entity == null ? d.said.get(measure) : d.entity;
            d.measures.remove(measure);
            measure = null;
        }
        if (measure == null && d.aggregate == Aggregate.SHARE) {
            measure = Defaults.shareOfAmount(r, d);
        }
        if (measure == null) {
            measure = KeyAmount.ofRowsValue(r, d).orElse(null);
        }
        if (measure == null && d.aggregate == Aggregate.SUM && d.entity != null && d.entity.endsWith("s")) {
            // "total flights", "how many rides in total": the rows, named in the plural, are counted ("total
            // employment" in us-employment.csv names no things to count)
            d.aggregate = null;
            d.countWords = true;
        }
        if (measure == null && d.perKey != null && (d.countWords || d.entityPlural()) && d.aggregate == Aggregate.AVG) {
            // "avg number of tests per patient", "avg sessions per student": the rows of each, averaged
            measure = rowsCounted();
            d.countWords = false;
        }
        if (measure == null && change && d.aggregate == null && d.entityPlural()) {
            d.countWords = true; // "pct change in tickets 2024 vs 2025": how many tickets, never the only measure
        }
        boolean groupsByRows = rowNoun() && d.aggregate != null && d.aggregate.edge() && !d.groups.isEmpty();
        // "chart terminations per year", "the worst turnover", "the worst on-time rate": the events are counted, no
        // measure is asked; an average of them asks one ("avg potassium of routine orders")
        boolean averaged = d.aggregate == Aggregate.AVG || d.aggregate == Aggregate.MEDIAN;
        boolean events = (d.eventDate != null || d.moreIsWorse != null) && !averaged;
        // a share found of no amount above is of rows: "the worst no-show rate" ranks it, it measures nothing
        boolean shareOfRows = d.aggregate == Aggregate.SHARE;
        boolean changeOfCount = change && d.countWords;
        if (measure == null && !groupsByRows && !events && !shareOfRows && !d.timesCounted && !changeOfCount && d.counted == null && (chart || trend || histogram || describe || d.superlative || change
                || stepping || d.aggregate != null && d.aggregate != Aggregate.COUNT && d.aggregate != Aggregate.SHARE)) {
            measure = KeyAmount.ofRows(r, d).orElseGet(() -> Defaults.onlyMeasure(d));
        }
        used = measure;
        Polarity.apply(r, d, measure); // "the worst delays" are the longest
        if (correlation && numeric.size() >= 2) {
            r.take(Vocabulary.CORRELATION);
            d.measures.remove(numeric.get(1));
            return plan(Plan.Kind.CORRELATION, null, numeric.get(0), numeric.get(1));
        }
        if ((histogram || chart && d.groups.isEmpty()) && measure != null && measure.role().numeric() && d.groups.isEmpty()) {
            return plan(Plan.Kind.HISTOGRAM, null, measure, null);
        }
        if (describe && measure != null && measure.role().numeric() && (d.groups.isEmpty() || d.several)
                && d.groups.stream().allMatch(g -> g.grain() == null || !d.ranking)) {
            return plan(Plan.Kind.DESCRIBE, null, measure, null);
        }
        if ((trend || chart) && d.groups.isEmpty() && d.catalog.time().isPresent()) {
            d.groups.add(new Group(d.eventDate != null ? d.eventDate : d.catalog.time().get(), defaultGrain()));
        }
        if (d.timeEdge != null && measure != null && measure.role().time()
                && d.groups.stream().allMatch(g -> g.grain() == null && g.column().role().labels())) {
            d.aggregate = d.timeEdge; // "the first date", "the latest year", "the first reading date of each turbine"
        }
        if (!d.ranking) {
            Defaults.oneYearMonths(d); // "in which month of 2007": the answer names that month, a date, not "10"
        }
        boolean ranking = d.aggregate != null && (d.aggregate.edge() || d.ranking && d.aggregate == Aggregate.COUNT);
        if (measure != null && measure.role().labels() && ranking && d.groups.isEmpty() && !change) {
            // "the biggest occupation": a category is ranked by how much of the data it holds, never by the
            // alphabetical order of its names.
            d.groups.add(new Group(measure, null));
            d.measures.remove(measure);
            d.ranking = true;
            measure = Defaults.countLike(d);
            used = measure;
        }
        if (measure == null && ranking) {
            measure = KeyAmount.ofRowSuperlative(r, d).orElse(null);
            used = measure;
            rowSuperlative = measure != null;
        }
        if (measure == null && (ranking || d.limit != null) && d.groups.size() == 1 && d.groups.get(0).grain() == null
                && oneRowEach(d.groups.get(0).column())) {
            // "the largest claim - which claim id": each id is one row, so counting its rows ranks nothing; the rows
            // are ranked by the money each carries, or not at all
            DataColumn key = d.groups.get(0).column();
            measure = KeyAmount.named(d.catalog, key.words().get(0))
                    .or(() -> MoneyMeasure.of(d.catalog)).orElse(null);
            if (measure == null) {
                d.notes.add("Each " + key.name() + " is one row, so counting its rows ranks nothing.");
                return Plan.refuse(d.catalog, ignored(), d.notes);
            }
            d.notes.add("Ranked by " + measure.name() + ", the amount each " + key.name() + " carries.");
            used = measure;
        }
        boolean oneGroup = d.groups.size() == 1 && d.groups.get(0).grain() == null;
        if (measure == null && (ranking || d.limit != null) && oneGroup) {
            // "top 3 biggest orders by value" over order lines: ranked by the money each order's lines add up to
            measure = KeyAmount.ofKeysWorth(r, d, d.groups.get(0).column()).orElse(null);
            used = measure;
        }
        DataColumn amount = KeyAmount.of(r, d, measure).orElse(null);
        if (amount != null) {
            // "the largest invoice": the invoice carrying the largest amount, named as an invoice
            d.entity = d.aggregate.edge() && d.entity == null ? d.said.getOrDefault(measure, null) : d.entity;
            if (d.aggregate == Aggregate.AVG && d.perKey == null && d.catalog.repeats(measure)) {
                d.perKey = measure; // "avg order value" over order lines: each order's amount, its lines added up
            }
            d.measures.remove(measure);
            measure = amount;
            used = amount;
        }
        // "what share of candidates are democrats" over their names: a share of the rows, never a sum of names
        // "how many states are listed": the names counted are said in the plural; "in a city called springfield" is
        // where the rows are, no count of cities
        String countedNoun = measure == null ? "" : d.said.getOrDefault(measure, "");
        boolean counted = d.aggregate == Aggregate.SHARE || d.aggregate == Aggregate.COUNT
                || d.countWords && d.aggregate == null && countedNoun.matches("\\p{L}+[^s]s");
        boolean named = measure != null && (measure.role() == ColumnRole.IDENTIFIER
                || measure.role() == ColumnRole.NAME && (!d.groups.isEmpty() || counted && !measure.numericType()));
        Token opening = r.at(0);
        boolean listed = opening != null && opening.isAny(Set.of("list", "show", "give", "which"));
        if (named && d.aggregate == null && d.groups.isEmpty() && (!d.countWords || listed) && sizedBy(measure)) {
            // "list customers with 8 or more tickets (and how many each)": each such customer with its count
            d.groups.add(new Group(measure, null));
            d.measures.remove(measure);
            d.countWords = false;
            used = null;
            measure = null;
        } else if (named && (d.aggregate == null || d.aggregate.edge() || d.aggregate == Aggregate.SHARE
                || d.aggregate == Aggregate.COUNT)) {
            // "which category has the most orders" over an order id, "which region has the most countries" over
            // their names: they are counted, never averaged
            d.measures.remove(measure);
            if (d.catalog.repeatsClearly(measure)) {
                d.counted = measure; // names that repeat ("states" over state-by-bracket rows) are counted once each
                d.countWords = true;
            }
            used = null;
            measure = null;
            d.countWords |= d.aggregate == null;
        }
        DataColumn shared = measure;
        if (measure != null && d.aggregate == Aggregate.SHARE && measure.role() == ColumnRole.CATEGORY && !measure.numericType()
                && d.filters.stream().anyMatch(f -> f.column().equals(shared))) {
            // "what pct of tardies have reason code BUS": a share of the rows, the code named only to say which;
            // "what pct of graded inspections got an A": the rows that have a grade are the whole
            if (!labelsItsValue(measure)) {
                d.filters.add(new Filter.Whole(new Filter.Recorded(measure)));
            }
            d.measures.remove(measure);
            used = measure;
            measure = null;
        } else if (measure != null && (d.aggregate == Aggregate.SHARE || d.aggregate == null && r.has(SHARES))
                && measure.role() == ColumnRole.CATEGORY && !measure.numericType() && !d.groups.isEmpty()) {
            d.aggregate = Aggregate.SHARE;
            // "payment mix per truck", "payment method breakdown by truck": each method's share of a truck's rows
            d.groups.add(0, new Group(measure, null));
            r.tokens.stream().filter(t -> t.isAny(MIX) && r.free(t.index())).forEach(t -> r.use(t.index()));
            d.measures.remove(measure);
            used = null;
            measure = null;
        }
        boolean mixOfValues = measure != null && measure.role() == ColumnRole.CATEGORY && !measure.numericType()
                && d.groups.isEmpty()
                && (d.aggregate == null || d.aggregate == Aggregate.COUNT || d.aggregate == Aggregate.SHARE)
                && r.tokens.stream().anyMatch(t -> t.isAny(MIX) && r.free(t.index()));
        if (mixOfValues) {
            // "status breakdown": each status's rows and their share of all
            d.aggregate = Aggregate.SHARE;
            d.groups.add(new Group(measure, null));
            r.tokens.stream().filter(t -> t.isAny(MIX) && r.free(t.index())).forEach(t -> r.use(t.index()));
            d.measures.remove(measure);
            used = null;
            measure = null;
        }
        if (Series.asked(d, measure, change || stepping)) {
            // "fertility in india since 1980": a level over a span of years is its series, not one average of it
            DataColumn time = d.catalog.time().orElseThrow();
            d.groups.add(new Group(time, time.role() == ColumnRole.YEAR ? null : Grain.YEAR));
        }
        if (d.aggregate == null && measure != null && measure.role() == ColumnRole.TIME && !d.groups.isEmpty()
                && d.groups.stream().allMatch(g -> g.grain() != null)) {
            // "restocks by month", "movies released per year": the events the date records, counted in its periods
            DataColumn date = measure;
            d.groups.replaceAll(g -> new Group(date, g.grain()));
            d.measures.remove(date);
            d.entity = d.entity == null ? d.said.get(date) : d.entity;
            measure = null;
            used = null;
            d.countWords = true;
        }
        if ((stepping || change) && d.aggregate == null && measure != null && measure.role() == ColumnRole.TIME) {
            // "yoy change in parcels collected": the events the verb's date records, counted period by period
            d.eventDate = measure;
            d.measures.remove(measure);
            measure = null;
            used = null;
            d.countWords = true;
        }
        if (d.aggregate == Aggregate.SHARE && measure != null && measure.quotient() != null && measure.quotient().scale() == 1) {
            // "waste rate in pct (wasted / produced)": the ratio said as a percent, never a share of the ratio
            d.measures.replaceAll(Arithmetic::asPercent);
            measure = Arithmetic.asPercent(measure);
            used = measure;
            d.aggregate = null;
        }
        Aggregate aggregate = aggregate(measure);
        DataColumn sized = d.measures.isEmpty() ? null : d.measures.get(0);
        if (aggregate == null && d.groups.isEmpty() && sized != null && d.filters.stream()
                .anyMatch(f -> f instanceof Filter.GroupSize g && g.column().equals(sized))) {
            // "states with fewer than 40 orders": each such state with its count, not the states alone
            d.groups.add(new Group(sized, null));
            aggregate = Aggregate.COUNT;
            measure = null;
            d.measures.remove(sized);
        }
        if (stepping && aggregate == null && measure == null) {
            aggregate = Aggregate.COUNT; // "month over month orders": the rows of each month
        }
        if (aggregate == null && d.groups.isEmpty() && d.filters.isEmpty() && !d.measures.isEmpty()
                && d.measures.get(0).role().labels()) {
            // "list the regions", "what income brackets are there": the values, each with its count
            r.take(java.util.Set.of("distinct", "unique", "different", "list", "all", "available", "possible"));
            d.groups.add(new Group(d.measures.get(0), null));
            used = d.measures.get(0);
            Defaults.excludeTotals(d);
            return new Plan(Plan.Kind.AGGREGATE, d.catalog, Aggregate.COUNT, null, null, List.copyOf(d.groups), d.filters,
                    false, null, List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
        }
        // "show the penguins on dream island": a column named only by its value filtered on is not asked for
        boolean onlyFiltered = d.measures.stream().allMatch(m -> d.filters.stream().anyMatch(f -> f.column().equals(m)));
        boolean askedNothingElse = !chart && !trend && !histogram && !describe && !correlation && !change && !stepping
                && d.aggregate == null && !d.superlative && !d.ranking && d.limit == null && d.timeEdge == null && !d.countWords
                && !r.tokens.stream().anyMatch(t -> t.isAny(java.util.Set.of("first", "last", "earliest", "latest", "when")));
        if (aggregate == null && onlyFiltered && askedNothingElse && d.groups.isEmpty() && ignored().isEmpty()
                && d.filters.stream().anyMatch(Filter::part)) {
            // nothing asked of the rows but which they are: they are listed, ordered by the measure compared
            Filter.Compare compared = d.filters.stream().filter(f -> f instanceof Filter.Compare).map(f -> (Filter.Compare) f)
                    .findFirst().orElse(null);
            DataColumn order = compared != null ? compared.column() : d.catalog.time().orElse(null);
            boolean descending = compared != null && compared.op().startsWith(">");
            Defaults.excludeTotals(d);
            return new Plan(Plan.Kind.MATCHES, d.catalog, null, order, null, List.of(), d.filters, descending, null,
                    List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
        }
        if (aggregate == null && !d.measures.isEmpty() && !d.filters.isEmpty() && d.groups.isEmpty()) {
            used = d.measures.get(0);
            return new Plan(Plan.Kind.LOOKUP, d.catalog, null, d.measures.get(0), null, List.of(), d.filters, false,
                    null, List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
        }
        if (aggregate == null) {
            if (d.notes.isEmpty() && ignored().isEmpty()) {
                // every word was placed, yet none said what figure to make of them: said, never a bare refusal
                d.notes.add("I could not tell what to compute: a count, a total, an average or a list, and of what.");
            }
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        if (aggregate == Aggregate.COUNT && d.countedGrain == null && !rowNoun()) {
            DataColumn counts = Defaults.countLike(d);
            if (counts != null) {
                aggregate = Aggregate.SUM;
                measure = counts;
            }
        }
        DataColumn pieces = aggregate == Aggregate.COUNT && measure == null ? piecesOfAValue() : null;
        if (pieces != null) {
            aggregate = Aggregate.SUM; // "how many popcorns did we sell": the popcorns in the quantity, not the lines
            measure = pieces;
        }
        // "how many saturdays were sunny vs cloudy": the weekday counted, each day once in each group
        boolean weekdays = d.entity != null && d.filters.stream().anyMatch(f -> f instanceof Filter.During p
                && !p.period().weekdays().isEmpty() && p.period().words().equalsIgnoreCase(d.entity));
        boolean eachGroup = d.groups.isEmpty() || weekdays && !d.ranking && d.limit == null;
        if (aggregate == Aggregate.COUNT && d.countedGrain != null && measure == null && eachGroup) {
            // "how many days were rainy": each day once
            Grain grain = Vocabulary.GRAINS.get(d.countedGrain);
            DataColumn time = d.catalog.time().orElseThrow();
            return new Plan(Plan.Kind.AGGREGATE, d.catalog, Aggregate.COUNT_DISTINCT, time, null,
                    d.groups.stream().distinct().toList(), d.filters, false, null, List.of(), d.entity, ignored(),
                    d.notes, d.guessed(), grain);
        }
        if (aggregate == Aggregate.SHARE && measure != null && measure.role().labels() && !measure.numericType()
                && measure.role() != ColumnRole.FLAG) {
            // "what % of bookings got cancelled" beside Booking Type: labels are no weight; the rows are shared out
            measure = null;
        }
        boolean counting = aggregate == Aggregate.COUNT || aggregate == Aggregate.SHARE && measure == null;
        DataColumn measured = aggregate == Aggregate.COUNT_DISTINCT ? d.counted != null ? d.counted : measure
                : counting ? null : measure;
        DataColumn key = counting ? RepeatedKey.of(r, d) : null;
        if (key != null) {
            measured = key; // "how many accounts", "pct of accounts that churned": distinct accounts
            aggregate = aggregate == Aggregate.COUNT ? Aggregate.COUNT_DISTINCT : aggregate;
        }
        if (aggregate == Aggregate.COUNT_DISTINCT && measured != null) {
            measured = byKey(measured);
        }
        used = measured;
        if (aggregate == Aggregate.COUNT_DISTINCT) {
            NeverHappened.apply(r, d, measured);
        }
        if (measured == null && !counting) {
            if (d.notes.isEmpty() && aggregate != null) {
                d.notes.add("I could not tell which figure to " + (aggregate == Aggregate.SUM ? "add up"
                        : aggregate.words) + ": the question names no column of numbers I could find.");
            }
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        boolean arithmetic = aggregate == Aggregate.AVG || aggregate == Aggregate.SUM || aggregate == Aggregate.MEDIAN;
        if (measured != null && arithmetic && measured.role().labels() && !measured.numericType()) {
            d.notes.add(measured.name() + " holds names, not numbers: they can be counted or listed, not "
                    + (aggregate == Aggregate.SUM ? "added up." : "averaged."));
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        if (measured != null && measured.role() == ColumnRole.TIME && !aggregate.edge()
                && aggregate != Aggregate.COUNT_DISTINCT) {
            d.notes.add("A date cannot be " + (aggregate == Aggregate.SUM ? "added up" : "averaged") + ".");
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        if (d.perKey != null && aggregate == Aggregate.AVG && measured != null && measured.role() == ColumnRole.MEASURE
                && measured.constantPer().contains(d.perKey.name())) {
            // "avg follower count per creator": each creator's one count, averaged over the creators
            d.measures.remove(measured);
            measured = OncePerKey.eachOnce(measured, List.of(d.perKey.name()));
            used = measured;
            r.use(d.perKeyTokens);
        } else if (d.perKey != null && measured != null && measured.dna().has(TimeBetween.WINDOW)) {
            // "avg days between donations per donor": the gaps between a donor's own donations
            d.measures.remove(measured);
            measured = TimeBetween.within(measured, d.perKey);
            used = measured;
            r.use(d.perKeyTokens);
        } else if (d.perKey != null && aggregate == Aggregate.AVG && measured != null && measured.role() == ColumnRole.MEASURE) {
            // "avg items per receipt": each receipt's total, averaged over the receipts
            d.measures.remove(measured);
            measured = perKey(measured, d.perKey);
            used = measured;
            aggregate = Aggregate.RATIO;
            r.use(d.perKeyTokens);
        }
        if (stepping) {
            return StepChange.plan(d, steps, aggregate, measured, ignored());
        }
        Filter.Values pair = Difference.pair(r, d, change);
        Filter.AnyOf sides = pair == null ? Difference.flagSides(r, d, change) : null;
        Filter.AnyOf periods = pair == null && sides == null ? Difference.periods(r, d, change) : sides;
        if (pair != null || periods != null) {
            // the two values' own groups, the weekdays the two periods were read as, or the yes/no's two sides: one
            // figure each, subtracted
            d.groups.removeIf(g -> pair != null ? g.column().equals(pair.column()) && g.grain() == null
                    : g.column().equals(periods.column()) && (g.grain() != null || sides != null));
            if (sides != null) {
                d.filters.add(sides);
            }
            Defaults.excludeTotals(d);
            return new Plan(Plan.Kind.DIFFERENCE, d.catalog, aggregate, measured, null, List.of(), d.filters, false, null,
                    List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
        }
        if (change) {
            // "the annual average rose between 1960 and 2019": the change is between the two periods, never per year
            d.groups.removeIf(g -> g.grain() != null || g.column().role().time());
        }
        Plan.Kind kind = change ? Plan.Kind.CHANGE : chart ? (trendGroup() ? Plan.Kind.TREND : Plan.Kind.BAR)
                : trend && trendGroup() ? Plan.Kind.TREND : Plan.Kind.AGGREGATE;
        // "the lowest rate ever, which industry and when", "the highest offer and what job was it for": one reading,
        // the row that carries its industry and time
        int single = single();
        boolean oneReading = asksWhen() || asksWhoseItIs() || single >= 0 || rowSuperlative;
        boolean record = oneReading && (d.ranking || rowSuperlative)
                && d.groups.stream().allMatch(g -> g.grain() == null && !g.column().role().time());
        boolean rows = (d.groups.isEmpty() || record) && aggregate.edge() && measured != null && measured.role().numeric()
                && (d.entity != null || d.limit != null || d.superlative && (asksWhich() || measured.formula() != null)
                        || oneReading)
                && kind == Plan.Kind.AGGREGATE;
        if (rows) {
            if (single >= 0) {
                r.use(single); // "single" said what the row answers; anywhere else it is left to be reported
            }
            d.measures.removeIf(c -> c.role().labels()); // "what species and island is it": the whole row shows them
            Defaults.excludeTotals(d);
            if (d.inOrder && d.limit == null) {
                // "jobs invoiced over $500, biggest first": every row kept, in the order said
                return new Plan(Plan.Kind.MATCHES, d.catalog, null, measured, null, List.of(), d.filters,
                        aggregate == Aggregate.MAX, null, List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
            }
            return new Plan(Plan.Kind.ROWS, d.catalog, aggregate, measured, null, List.of(), d.filters,
                    aggregate == Aggregate.MAX, d.limit == null ? 1 : d.limit, List.of(), d.entity, ignored(), d.notes,
                    d.guessed(), null);
        }
        boolean ranked = !d.groups.isEmpty() && (d.ranking && (aggregate.edge() || d.superlative || d.aggregate != null)
                || d.limit != null);
        if (ranked && aggregate.edge() && !explicitEdge()) {
            // "which clinic orders the most": a date is never added up or averaged, its rows are counted;
            // "which weekday has the most tests" over test names: names are counted, never averaged
            boolean counts = measured == null || measured.role().time() || measured.role().labels() && !measured.numericType();
            aggregate = counts ? Aggregate.COUNT : measured.quotient() != null ? Aggregate.RATIO
                    : measured.role() == ColumnRole.MEASURE ? Aggregate.SUM : Aggregate.AVG;
            measured = aggregate == Aggregate.COUNT ? null : measured;
        }
        boolean descending = ranked ? !(d.low || d.aggregate == Aggregate.MIN) : false;
        // "did it go up or down": both ways said, the change is read as it went
        boolean rising = r.tokens.stream().anyMatch(t -> t.isAny(Vocabulary.RISING));
        if (kind == Plan.Kind.CHANGE && !rising && r.tokens.stream().anyMatch(t -> t.isAny(Vocabulary.FALLING))) {
            descending = !descending; // "dropped the most" is the most negative change; "dropped the least", the highest
        }
        Defaults.excludeTotals(d);
        // "top 3 classes by attendance": a column named twice is grouped once
        List<Group> distinct = d.groups.stream().distinct().toList();
        List<Group> groups = kind == Plan.Kind.AGGREGATE ? NamedCodes.withNames(d.catalog, distinct) : distinct;
        DataColumn changeDate = kind == Plan.Kind.CHANGE ? d.changeDate : null;
        String outside = kind == Plan.Kind.CHANGE ? outsideTheData(changeDate) : null;
        if (outside != null) {
            // "growth 2024 vs 2025" of data that starts in 2025: no change to compute, said rather than shown as "—"
            d.notes.add(outside);
            return Plan.refuse(d.catalog, ignored(), d.notes);
        }
        if (kind == Plan.Kind.CHANGE && d.catalog.with(ColumnRole.TIME).size() > 1) {
            // of several dates, the answer says whose periods it compared
            DataColumn of = changeDate != null ? changeDate : d.catalog.time().get();
            d.notes.add("Compared the periods of " + of.name() + ".");
        }
        List<String> ignored = ignored();
        if (kind == Plan.Kind.AGGREGATE && groups.isEmpty()) {
            // a word reported already, alone or in a phrase ("calendar events"), is not said twice
            unnamed().filter(w -> ignored.stream().noneMatch(i -> List.of(i.split(" ")).contains(w)))
                    .ifPresent(ignored::add);
        }
        return new Plan(kind, d.catalog, aggregate, measured, changeDate, List.copyOf(groups), d.filters, descending,
                ranked && !d.inOrder ? (d.limit == null ? 1 : d.limit) : null, d.change, d.entity, ignored, d.notes,
                d.guessed(), null);
    }

    /**
     * The thing "which" asks for, where one figure over every row answers: "which berth earned the most" names no
     * berth, so "berth" is reported, never answered by a number in silence.
     */
    private java.util.Optional<String> unnamed() {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            int j = r.at(i + 1).is("the") ? i + 2 : i + 1;
            Token asked = r.at(j);
            if (r.at(i).is("which") && asked != null && asked.lower().matches("\\p{L}{3,}") && !FunctionWords.is(asked)
                    && !d.valueAt.containsKey(j)) {
                return java.util.Optional.of(asked.text());
            }
        }
        return java.util.Optional.empty();
    }

    /** The note that a compared period lies wholly outside the data's dates, or null when each overlaps them. */
    private String outsideTheData(DataColumn changeDate) {
        DataColumn time = changeDate != null ? changeDate : d.catalog.time().orElse(null);
        LocalDate first = time == null ? null : Catalog.edge(time, false);
        LocalDate last = time == null ? null : Catalog.edge(time, true);
        if (first == null || last == null) {
            return null;
        }
        for (Period p : d.change) {
            if (p.from() != null && p.to() != null && (!p.to().isAfter(first) || p.from().isAfter(last))) {
                return "The data holds no rows for " + p.words() + ": its " + time.name() + " runs from " + first + " to "
                        + last + ", so there is no change to compute.";
            }
        }
        return null;
    }

    /**
     * Uses the words that ask for a chart; whether there was one. "across all the plots", "the lines": a plural after
     * an article names things of the data (plots of a field trial), never a chart to draw, and is left to be reported.
     */
    private boolean takeChartWords() {
        boolean any = false;
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            boolean named = i > 0 && t.lower().endsWith("s") && r.at(i - 1).isAny(Set.of("the", "these", "those", "all"));
            if (!r.used(i) && t.isAny(Vocabulary.CHART) && !named) {
                r.use(i);
                any = true;
            }
        }
        return any;
    }

    private Aggregate aggregate(DataColumn measure) {
        Aggregate a = d.aggregate;
        if (a == Aggregate.SHARE) {
            return d.filters.stream().anyMatch(Filter::part) || !d.groups.isEmpty() ? a : null;
        }
        if (d.countWords && a == Aggregate.SUM && measure == null) {
            a = null; // "how many airports in total": a count
        }
        if (d.countWords && (a == null || a == Aggregate.SUM) && measure != null && countOfThings(measure)) {
            return Aggregate.SUM; // "how many tables does each salon have" over salon_tables: the tables, added up
        }
        if (d.countWords && a == null) {
            if (d.counted != null) {
                return Aggregate.COUNT_DISTINCT;
            }
            return measure != null && measure.role() == ColumnRole.MEASURE && (d.entity == null || Defaults.countedBy(measure))
                    ? Aggregate.SUM : Aggregate.COUNT;
        }
        if (a == Aggregate.COUNT_DISTINCT) {
            return d.counted != null || measure != null ? a : null;
        }
        if (a != null && a.edge() && measure == null && !d.groups.isEmpty()) {
            // "which island has the most penguins"; "the most premium subscribers", each user once
            return d.counted != null ? Aggregate.COUNT_DISTINCT : Aggregate.COUNT;
        }
        if (a != null && a.edge() && measure == null) {
            return null;
        }
        if (measure != null && measure.quotient() != null && (a == null || a == Aggregate.SUM)) {
            return Aggregate.RATIO; // "ctr by channel", "total spend per conversion": all the clicks over all the views
        }
        if (a != null) {
            return a;
        }
        if (measure != null && measure.role().numeric()) {
            Aggregate fallback = measure.role() == ColumnRole.MEASURE ? Aggregate.SUM : Aggregate.AVG;
            d.notes.add("Taking the " + fallback.words + " of " + measure.name() + ".");
            return fallback;
        }
        return !d.groups.isEmpty() && measure == null ? Aggregate.COUNT : null;
    }

    /** Whether the rows are kept by how many each value of the column has ("customers with 8 or more tickets"). */
    private boolean sizedBy(DataColumn c) {
        return d.filters.stream().anyMatch(f -> f instanceof Filter.GroupSize g && g.column().equals(c));
    }

    /**
     * Whether the column counts things, named in the plural ("salon_tables", "clinic_chairs", "seats"), and the
     * question counts those things by that word: its figures are added, never its distinct values counted. A
     * column named in the singular ("rating") is a score, and "how many ratings" counts rows.
     */
    private boolean countOfThings(DataColumn measure) {
        String said = d.said.get(measure);
        List<String> words = measure.words();
        if (said == null || words.isEmpty() || !measure.role().numeric() || measure.role().time()
                || !measure.integer()) {
            return false;
        }
        String head = words.get(words.size() - 1);
        String[] saidWords = said.split(" ");
        String last = saidWords[saidWords.length - 1].toLowerCase(java.util.Locale.ROOT);
        return DataColumn.pluralHead(words) && last.equals(head);
    }

    /** Whether the words that named the column stand right before its value ("reason code BUS", "grade A"). */
    private boolean labelsItsValue(DataColumn c) {
        String said = d.said.get(c);
        if (said == null) {
            return true;
        }
        String[] words = said.split(" ");
        for (int i = 0; i + words.length < r.tokens.size(); i++) {
            int last = i + words.length - 1;
            boolean here = true;
            for (int k = 0; k < words.length && here; k++) {
                here = r.at(i + k).text().equals(words[k]);
            }
            Filter.Values value = here ? d.valueAt.get(last + 1) : null;
            if (value != null && value.column().equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plural that named the column shares none of its name's words (a synonym's sense reached it). */
    private boolean bySense(DataColumn c) {
        String said = d.said.get(c);
        if (said == null || !said.matches("\\p{L}{3,}s")) {
            return false; // a plural noun, as the things a share is of ("deals"), not a sign such as "%"
        }
        for (String w : said.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String stem = w.length() > 4 ? w.substring(0, 4) : w;
            if (!w.isEmpty() && c.words().stream().anyMatch(n -> n.startsWith(stem) || w.startsWith(n))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the question counts rows by name ("how many rows", "how many orders" in orders.csv). */
    /**
     * The data's quantity, where a value is what "how many" counts and a verb of selling says they were sold ("how
     * many large popcorns sold"), or null.
     */
    private DataColumn piecesOfAValue() {
        boolean counted = d.valueAt.keySet().stream().anyMatch(i -> HowMany.counts(r.tokens, i)
                || d.valueAt.containsKey(i - 1) && HowMany.counts(r.tokens, i - 1));
        return counted && SoldVerb.said(r, d) ? MoneyMeasure.quantity(d.catalog).orElse(null) : null;
    }

    private boolean rowNoun() {
        String entity = d.entity == null ? null : d.entity.toLowerCase(java.util.Locale.ROOT);
        return entity != null && (entity.matches("rows?|records?|entr(y|ies)") || d.catalog.namesRows(entity));
    }

    private boolean explicitEdge() {
        for (var t : r.tokens) {
            if (t.isAny(java.util.Set.of("max", "maximum", "min", "minimum", "peak"))) {
                return true;
            }
        }
        return false;
    }

    /** "when was the index at its lowest": the answer is the row, which carries its time. */
    private boolean asksWhen() {
        return d.catalog.time().isPresent() && r.tokens.stream().anyMatch(t -> t.is("when"));
    }

    /** "the highest offer, and what job was it for": "it", after the question word, is the one extreme reading. */
    private boolean asksWhoseItIs() {
        for (int i = 1; i < r.tokens.size(); i++) {
            if (r.at(i).isAny(Vocabulary.ASK_ENTITY)) {
                return r.tokens.subList(i + 1, r.tokens.size()).stream().anyMatch(t -> t.is("it"));
            }
        }
        return false;
    }

    /**
     * "which region had the single longest outage", "the highest single bid": one row, the longest or highest of all;
     * where "single" is said, or -1.
     */
    private int single() {
        for (int i = 0; i < r.tokens.size(); i++) {
            boolean superlative = r.at(i + 1) != null && Planner.superlative(r.at(i + 1))
                    || i > 0 && Planner.superlative(r.at(i - 1));
            if (r.at(i).is("single") && !r.used(i) && superlative) {
                return i;
            }
        }
        return -1;
    }

    /** A noun of the two words after "which" or "what" that no step placed ("which lock brand"), or null. */
    private String unknownThingAsked() {
        List<String> left = ignored();
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            // ("which calendar month" asks a time the data has, "what %" a share)
            boolean time = java.util.stream.IntStream.rangeClosed(i + 1, i + 2)
                    .anyMatch(k -> r.at(k) != null && Vocabulary.grain(r.at(k)) != null);
            if (!r.at(i).isAny(Set.of("which", "what")) || time) {
                continue;
            }
            for (int k = i + 1; k <= i + 2 && r.at(k) != null && !r.at(k).isNumber() && !FunctionWords.is(r.at(k))
                    && !Vocabulary.AGGREGATES.containsKey(r.at(k).lower()); k++) {
                if (left.contains(r.at(k).text())) {
                    return r.at(k).text();
                }
            }
        }
        return null;
    }

    private boolean asksWhich() {
        return r.tokens.stream().anyMatch(t -> t.isAny(Vocabulary.ASK_ENTITY));
    }

    private boolean trendWords() {
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.used(i) || !r.at(i).isAny(Vocabulary.TREND)) {
                continue;
            }
            if (r.at(i).is("over")) {
                if (r.at(i + 1) != null && (r.at(i + 1).is("time") || r.at(i + 1).is("the"))) {
                    r.use(i);
                    r.use(i + 1);
                    if (r.at(i + 2) != null && r.at(i + 2).isAny(java.util.Set.of("years", "year", "time"))) {
                        r.use(i + 2);
                    }
                    return true;
                }
                continue;
            }
            r.use(i);
            return true;
        }
        return false;
    }

    private boolean trendGroup() {
        return d.groups.stream().anyMatch(g -> g.grain() != null || g.column().role().time());
    }

    private Grain defaultGrain() {
        var start = d.catalog.timeEdge(false);
        var end = d.catalog.timeEdge(true);
        return start == null || end == null || end.getYear() - start.getYear() > 3 ? Grain.YEAR : Grain.MONTH;
    }

    /**
     * "how many different advertisers": the things their key tells apart, however their names are written; the name
     * said is the key's word now. A column with no key of its own is counted as it is.
     */
    private DataColumn byKey(DataColumn named) {
        DataColumn key = d.catalog.keyOf(named).orElse(null);
        if (key == null) {
            return named;
        }
        if (key.distinct() != named.distinct()) {
            d.notes.add("Counted by " + key.name() + ": " + named.name() + " writes some of them several ways or shares"
                    + " a name.");
        }
        d.measures.replaceAll(c -> c.equals(named) ? key : c);
        d.counted = named.equals(d.counted) ? key : d.counted;
        if (d.said.containsKey(named)) {
            d.said.put(key, d.said.get(named));
        }
        return key;
    }

    /** Whether a column holds a different value on every row: a row's own key. */
    private boolean oneRowEach(DataColumn c) {
        return c.role().labels() && c.formula() == null && d.catalog.rows() > 1 && c.distinct() >= d.catalog.rows();
    }

    private List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        for (DataColumn c : d.measures) {
            if (!c.equals(used)) {
                ignored.add(d.said.getOrDefault(c, c.name()));
            }
        }
        if (d.counted != null && !d.counted.equals(used) && !d.measures.contains(d.counted) && d.said.containsKey(d.counted)) {
            // "avg body mass by number of islands": the islands to count were read, then no figure counted them
            ignored.add(d.said.get(d.counted));
        }
        d.unplaced.forEach(i -> ignored.add(r.at(i).text()));
        for (String w : r.ignored()) {
            if (!ignored.contains(w)) {
                ignored.add(w);
            }
        }
        return ignored;
    }

    private Plan plan(Plan.Kind kind, Aggregate aggregate, DataColumn measure, DataColumn second) {
        return new Plan(kind, d.catalog, aggregate, measure, second, List.copyOf(d.groups), d.filters, false, null,
                List.of(), d.entity, ignored(), d.notes, d.guessed(), null);
    }

    /** The rows as an amount of one each, named as the question names them ("tests"). */
    private DataColumn rowsCounted() {
        String name = d.entity != null ? d.entity : "rows";
        return new DataColumn(name, "INTEGER", ColumnRole.MEASURE, List.of(name), null, List.of(), java.util.Set.of(),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"),
                null, "1");
    }

    /** An amount per distinct key: "items per receipt" as the total of items over the number of receipts. */
    private static DataColumn perKey(DataColumn amount, DataColumn key) {
        return new DataColumn(amount.name() + " per " + key.name(), "DOUBLE", ColumnRole.LEVEL, amount.words(),
                amount.unit(), List.of(), java.util.Set.of(), amount.dna(), null, amount.sql(),
                io.insightx.orchestrator.agent.offline.link.Quotient.perKey(amount, key));
    }
}
