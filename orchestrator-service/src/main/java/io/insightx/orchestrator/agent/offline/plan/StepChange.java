package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A change from each period to the one before it: "year over year", "yoy", "from one year to the next", "vs the
 * month before", "over the previous census", "the biggest one-year jump", "the largest monthly drop". Read before
 * the periods, to which "the previous year" does not belong: it names no span of the data, only the step.
 * The step's grain is the one named; "reading", "census" or "one" step through the data's own periods.
 */
final class StepChange {

    /** Nouns for one of the data's own time points: "from one reading to the next", "over the previous census". */
    private static final Set<String> OWN_PERIODS = Set.of("one", "reading", "observation", "record", "entry", "row",
            "period", "census", "measurement", "point", "time");
    private static final Set<String> PREVIOUS = Set.of("previous", "prior", "preceding");
    private static final Set<String> AGAINST = Set.of("than", "vs", "versus", "over", "from", "to", "on", "with");
    /** Words for a change between neighbouring periods, besides {@link Vocabulary#CHANGE}. */
    static final Set<String> MOVES = Set.of("jump", "jumped", "jumps", "swing", "climb", "climbed", "up", "down", "go",
            "went", "gone", "higher", "lower");
    private static final Map<String, Grain> SHORT = Map.of("yoy", Grain.YEAR, "qoq", Grain.QUARTER);

    /** Words that say a change went down: "went down", "fell", "dropped", "lower than the year before". */
    private static final Set<String> DOWN = Set.of("down", "lower", "less", "fewer");

    /** How the question wants the changes: the biggest (or smallest) first, those one way counted, or all listed. */
    record Ask(boolean ranked, boolean descending, Plan.Direction counted) {
    }

    private StepChange() {
    }

    /**
     * "sales in 2015 vs the year before": one period named with a step is the change from the period before it to
     * that one, a {@link Plan.Kind#CHANGE}; whether the draft was turned into one.
     */
    static boolean toChange(Draft d) {
        DataColumn time = d.catalog.time().orElseThrow();
        List<Filter.During> spans = d.filters.stream().filter(f -> f instanceof Filter.During w && w.column().equals(time))
                .map(f -> (Filter.During) f).toList();
        if (spans.size() != 1) {
            return false;
        }
        Period named = spans.get(0).period();
        Grain grain = d.stepGrain == null ? Grain.YEAR : d.stepGrain;
        ChronoUnit unit = switch (grain) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
            default -> null;
        };
        if (unit == null || named.cyclic() || named.from() == null || named.to() == null
                || !named.from().plus(1, unit).equals(named.to())) {
            return false;
        }
        LocalDate before = named.from().minus(1, unit);
        String pattern = grain == Grain.YEAR ? "yyyy" : grain == Grain.MONTH ? "MMM yyyy" : "yyyy-MM-dd";
        d.filters.remove(spans.get(0));
        d.change = List.of(new Period(before, named.from(), null, before.format(DateTimeFormatter.ofPattern(pattern,
                Locale.ENGLISH)), List.of()), named);
        return true;
    }

    /**
     * Reads how the changes are asked for, taking the words that asked: a superlative ranks them ("the biggest jump"),
     * "how many" counts them one way ("in how many years did it go down"); neither is an aggregate of the figure.
     */
    static Ask ask(Reading r, Draft d) {
        boolean falls = r.tokens.stream().anyMatch(t -> t.isAny(Vocabulary.FALLING) || t.isAny(DOWN));
        r.take(Vocabulary.CHANGE);
        r.take(MOVES);
        r.take(DOWN);
        r.take(OWN_PERIODS); // "which census showed the biggest increase": the census is the period named
        boolean times = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("times", "often")));
        boolean figure = d.aggregate != null && !d.aggregate.edge(); // "the avg number of unemployed" is no count
        if (d.countWords && !figure && (d.countedGrain != null || times)) {
            d.countWords = false;
            d.countedGrain = null;
            return new Ask(false, false, falls ? Plan.Direction.FALL : Plan.Direction.RISE);
        }
        boolean edge = d.aggregate != null && d.aggregate.edge();
        if (edge || d.limit != null) {
            boolean low = d.low || d.aggregate == Aggregate.MIN;
            d.aggregate = null;
            d.superlative = false;
            return new Ask(true, low == falls, null); // the biggest drop is the most negative change
        }
        return new Ask(false, false, null);
    }

    /** The plan: the figure per period of the step's grain, each other group a series of its own. */
    static Plan plan(Draft d, Ask ask, Aggregate aggregate, DataColumn measured, List<String> ignored) {
        DataColumn time = d.eventDate != null && d.eventDate.role() == ColumnRole.TIME ? d.eventDate
                : d.catalog.time().orElseThrow();
        Grain grain = d.stepGrain;
        for (Group g : d.groups) {
            if (grain == null && g.column().equals(time) && g.grain() != null && !g.grain().cyclic()) {
                grain = g.grain(); // "the yearly change from one reading to the next"
            }
        }
        if (time.role() == ColumnRole.YEAR || grain != null && grain.cyclic()) {
            grain = null;
        }
        List<Group> groups = new ArrayList<>(d.groups);
        groups.removeIf(g -> g.grain() != null || g.column().role().time());
        groups.add(new Group(time, grain));
        Defaults.excludeTotals(d);
        Integer limit = ask.ranked() ? d.limit == null ? 1 : d.limit : null;
        return new Plan(Plan.Kind.STEPS, d.catalog, aggregate, measured, null, List.copyOf(groups), d.filters,
                ask.descending(), limit, List.of(), d.entity, ignored, d.notes, d.guessed(), null, false,
                ask.counted());
    }

    static void read(Reading r, Draft d) {
        if (d.catalog.time().isEmpty()) {
            return;
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.used(i)) {
                continue;
            }
            List<Integer> cue = cue(r, i);
            if (cue != null) {
                d.steps = true;
                d.stepGrain = grain(r.at(cue.get(cue.size() - 1)));
                r.use(cue);
                return;
            }
        }
    }

    /** The tokens of a step cue starting at {@code i}, or null. */
    private static List<Integer> cue(Reading r, int i) {
        Token t = r.at(i);
        if (SHORT.containsKey(t.lower())) {
            return List.of(i); // "yoy"
        }
        if (step(t) && r.free(i + 2) && r.at(i + 1).isAny(Set.of("over", "on", "to")) && sameStep(t, r.at(i + 2))) {
            return List.of(i, i + 1, i + 2); // "year over year", "month on month", "day to day"
        }
        if (t.is("from") && r.free(i + 1) && r.at(i + 1).is("one") && r.free(i + 2) && step(r.at(i + 2))) {
            // "from one year to the next", "from one reading to another"
            int to = i + 3;
            if (r.free(to) && r.at(to).is("to") && r.free(to + 2) && r.at(to + 1).is("the") && r.at(to + 2).is("next")) {
                return List.of(i, i + 1, to, to + 1, to + 2, i + 2);
            }
            if (r.free(to) && r.at(to).is("to") && r.free(to + 1) && r.at(to + 1).isAny(Set.of("another", "next"))) {
                return List.of(i, i + 1, to, to + 1, i + 2);
            }
        }
        if (t.isAny(AGAINST) && r.free(i + 1) && r.at(i + 1).is("the")) {
            // "vs the previous year", "over the prior reading", "compared to the month before"
            if (r.free(i + 3) && r.at(i + 2).isAny(PREVIOUS) && step(r.at(i + 3))) {
                return List.of(i, i + 1, i + 2, i + 3);
            }
            if (r.free(i + 3) && step(r.at(i + 2)) && r.at(i + 3).is("before")) {
                return List.of(i, i + 1, i + 3, i + 2);
            }
        }
        boolean moveFollows = r.free(i + 2) && (r.at(i + 2).isAny(Vocabulary.CHANGE) || r.at(i + 2).isAny(MOVES));
        if (t.isAny(Set.of("one", "single")) && r.free(i + 1) && grain(r.at(i + 1)) != null && moveFollows) {
            return List.of(i, i + 1); // "the biggest one-year jump"
        }
        boolean adjective = t.lower().endsWith("ly") || t.is("annual") || t.is("daily");
        boolean moves = r.free(i + 1) && (r.at(i + 1).isAny(Vocabulary.CHANGE) || r.at(i + 1).isAny(MOVES));
        if (adjective && grain(t) != null && moves && ranked(r, i)) {
            return List.of(i); // "the largest monthly drop", "the biggest daily jump"
        }
        return null;
    }

    /** Whether a superlative ranks the change just before it ("the biggest monthly rise"), not a total per period. */
    private static boolean ranked(Reading r, int i) {
        Token before = r.before(i, Vocabulary.ARTICLES);
        return before != null && Vocabulary.AGGREGATES.get(before.lower()) != null
                && Vocabulary.AGGREGATES.get(before.lower()).edge();
    }

    private static boolean step(Token t) {
        return grain(t) != null || t.isAny(OWN_PERIODS);
    }

    private static boolean sameStep(Token a, Token b) {
        Grain g = grain(a);
        return g != null ? g == grain(b) : a.lower().equals(b.lower());
    }

    /** The grain a word names ("year", "yr", "monthly"), or null for the data's own periods. */
    static Grain grain(Token t) {
        if (SHORT.containsKey(t.lower())) {
            return SHORT.get(t.lower());
        }
        return Vocabulary.grain(t);
    }
}
