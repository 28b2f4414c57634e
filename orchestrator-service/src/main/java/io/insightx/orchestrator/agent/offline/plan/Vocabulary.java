package io.insightx.orchestrator.agent.offline.plan;

import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/** The words of analysis itself (aggregates, groupings, orderings, charts), the same for every dataset. */
final class Vocabulary {

    static final Map<String, Aggregate> AGGREGATES = Map.ofEntries(Map.entry("count", Aggregate.COUNT),
            Map.entry("headcount", Aggregate.COUNT),
            Map.entry("number", Aggregate.COUNT), Map.entry("distinct", Aggregate.COUNT_DISTINCT),
            Map.entry("unique", Aggregate.COUNT_DISTINCT), Map.entry("different", Aggregate.COUNT_DISTINCT),
            Map.entry("total", Aggregate.SUM), Map.entry("sum", Aggregate.SUM), Map.entry("combined", Aggregate.SUM),
            Map.entry("cumulative", Aggregate.SUM), Map.entry("altogether", Aggregate.SUM),
            Map.entry("average", Aggregate.AVG), Map.entry("mean", Aggregate.AVG), Map.entry("avg", Aggregate.AVG),
            Map.entry("typical", Aggregate.AVG), Map.entry("median", Aggregate.MEDIAN),
            Map.entry("stddev", Aggregate.STDDEV), Map.entry("stdev", Aggregate.STDDEV), Map.entry("std", Aggregate.STDDEV),
            Map.entry("sd", Aggregate.STDDEV), Map.entry("deviation", Aggregate.STDDEV),
            Map.entry("minimum", Aggregate.MIN), Map.entry("min", Aggregate.MIN), Map.entry("lowest", Aggregate.MIN),
            Map.entry("smallest", Aggregate.MIN), Map.entry("least", Aggregate.MIN), Map.entry("fewest", Aggregate.MIN),
            Map.entry("maximum", Aggregate.MAX), Map.entry("max", Aggregate.MAX), Map.entry("highest", Aggregate.MAX),
            Map.entry("largest", Aggregate.MAX), Map.entry("biggest", Aggregate.MAX), Map.entry("greatest", Aggregate.MAX),
            Map.entry("most", Aggregate.MAX), Map.entry("peak", Aggregate.MAX),
            Map.entry("share", Aggregate.SHARE), Map.entry("percentage", Aggregate.SHARE),
            Map.entry("percent", Aggregate.SHARE), Map.entry("%", Aggregate.SHARE), Map.entry("pct", Aggregate.SHARE),
            Map.entry("proportion", Aggregate.SHARE), Map.entry("fraction", Aggregate.SHARE));
    /** Superlatives and comparatives of the low end: their aggregate is a minimum, their comparison "<". */
    static final Set<String> LOW = Set.of("low", "small", "little", "few", "short", "light", "young", "cheap", "cold",
            "cool", "slow", "narrow", "thin", "early", "poor", "weak", "bad", "less", "least", "fewer", "fewest",
            "lowest", "smallest", "shortest", "minimum", "min", "bottom", "worst", "dry", "near", "close");
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** The comparatives of time: one date after ("later") or before ("earlier") another. */
    static final Set<String> LATER = Set.of("after", "later");
    static final Set<String> EARLIER = Set.of("before", "earlier");
    /** "the most common species": after most/least these rank by how often, which a count says. */
    static final Set<String> FREQUENT = Set.of("common", "frequent", "popular", "usual", "often");
    /** Superlatives of activity: "the busiest month" has the most rows, or the most of what a count column counts. */
    static final Set<String> BUSY = Set.of("busiest", "quietest");
    /** Nouns that follow a column's name to say it is a classification ("age group", "income bracket"). */
    static final Set<String> CLASSIFIERS = Set.of("group", "groups", "category", "categories", "bracket", "brackets",
            "band", "bands", "class", "classes", "type", "types", "kind", "kinds", "bucket", "buckets", "method",
            "methods");
    /** Nouns that say what kind of number a column holds ("wheat price", "the cost of repairs"). */
    static final Set<String> ATTRIBUTES = Set.of("price", "cost", "value", "level", "figure", "amount", "rate");
    /** Names of quantities that exist at a time rather than flow over it: summed across places, never across years. */
    static final Set<String> STOCKS = Set.of("population", "inhabitants", "residents", "headcount", "balance",
            "inventory", "stock", "holdings", "enrollment", "enrolment", "members", "subscribers");
    /** Words that ask for one figure minus another. */
    static final Set<String> DIFFERENCE = Set.of("difference", "gap", "differ", "minus");
    /** Named values taken as one whole ("florida and georgia combined"), not side by side. */
    static final Set<String> JOINT = Set.of("combined", "together", "altogether", "jointly");
    /** "across" is not among them: "total unemployment across industries" is one figure over all of them. */
    static final Set<String> GROUP_MARKERS = Set.of("by", "per", "each", "every");
    static final Map<String, Grain> GRAINS = Map.ofEntries(Map.entry("year", Grain.YEAR), Map.entry("yearly", Grain.YEAR),
            Map.entry("yr", Grain.YEAR), Map.entry("yrs", Grain.YEAR), Map.entry("mo", Grain.MONTH), Map.entry("qtr", Grain.QUARTER),
            Map.entry("annual", Grain.YEAR), Map.entry("annually", Grain.YEAR), Map.entry("quarter", Grain.QUARTER),
            Map.entry("quarterly", Grain.QUARTER), Map.entry("month", Grain.MONTH), Map.entry("monthly", Grain.MONTH),
            Map.entry("week", Grain.WEEK), Map.entry("weekly", Grain.WEEK), Map.entry("weekday", Grain.WEEKDAY),
            Map.entry("day", Grain.DAY), Map.entry("daily", Grain.DAY), Map.entry("date", Grain.DAY),
            Map.entry("decade", Grain.DECADE), Map.entry("century", Grain.CENTURY), Map.entry("hour", Grain.HOUR),
            Map.entry("hourly", Grain.HOUR));
    static final Set<String> CHART = Set.of("chart", "plot", "graph", "visualize", "visualise", "draw", "histogram",
            "scatter", "bar", "line", "pie", "visualization", "visualisation");
    /** Words that ask for the chart to be drawn by Python (a matplotlib figure) rather than by the browser. */
    static final Set<String> PYTHON = Set.of("python", "pandas", "matplotlib", "png", "image");
    /** Words that name the tool just before it ("using pandas", "via matplotlib"). */
    static final Set<String> TOOL_LEADS = Set.of("use", "using", "via");
    static final Set<String> CORRELATION = Set.of("correlation", "corr", "correlate", "correlated", "relationship", "relation",
            "related", "association", "associated");
    static final Set<String> HISTOGRAM = Set.of("histogram", "distribution", "distributed", "spread");
    static final Set<String> DESCRIBE = Set.of("describe", "statistic", "statistics", "stats", "summary", "summarize",
            "summarise");
    static final Set<String> TREND = Set.of("trend", "evolve", "evolution", "evolved", "progression", "history", "over");
    static final Set<String> CHANGE = Set.of("change", "changed", "difference", "differ", "growth", "grow", "grew",
            "increase", "increased", "decrease", "decreased", "rise", "rose", "fall", "fell", "drop", "dropped", "gain",
            "decline", "declined", "shrink", "shrank", "shrunk", "grown");
    /** Changes named by their fall: the biggest of them is the most negative. */
    static final Set<String> FALLING = Set.of("decrease", "fall", "drop", "decline", "lose", "shrink", "sink", "slump");
    /** Words of analysis that are also a quantity a thing has, which a column may hold ("desk_headcount"). */
    static final Set<String> QUANTITIES = Set.of("headcount");
    /** Changes named by their rise. */
    static final Set<String> RISING = Set.of("increase", "rise", "grow", "gain", "climb");
    static final Set<String> GROWTH = Set.of("growth", "grow", "grew", "percent", "percentage", "%", "pct");
    static final Set<String> COUNT_NOUNS = Set.of("how", "many", "number", "count", "often");
    static final Set<String> ASK_ENTITY = Set.of("which", "what", "who", "whose", "when", "where");
    static final Set<String> DATASET = Set.of("column", "columns", "field", "fields", "variable", "variables",
            "schema", "missing", "null", "nulls", "empty", "incomplete", "blank", "type", "types", "range", "span",
            "cover", "covers", "about", "contain", "contains", "overview", "describe", "quality");

    private Vocabulary() {
    }

    /**
     * The grain a word names ("year", "yrs", "monthly"), or null. The keys are tried in alphabetical order: a Map.of's
     * own order changes from one JVM to the next, and a word matching two keys must name the same grain every run.
     */
    static Grain grain(Token t) {
        return GRAINS.keySet().stream().sorted().filter(t::is).findFirst().map(GRAINS::get).orElse(null);
    }
}
