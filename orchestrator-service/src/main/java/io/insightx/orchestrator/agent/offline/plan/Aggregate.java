package io.insightx.orchestrator.agent.offline.plan;

/** How rows become one figure, and how the answer says it. */
public enum Aggregate {
    COUNT("count", "Counted", "number of"),
    COUNT_DISTINCT("count(DISTINCT %s)", "Counted the distinct", "number of distinct"),
    SUM("sum(%s)", "Added up", "total"),
    AVG("avg(%s)", "Averaged", "average"),
    MEDIAN("median(%s)", "Took the median of", "median"),
    STDDEV("stddev_samp(%s)", "Took the standard deviation of", "standard deviation"),
    MIN("min(%s)", "Found the lowest", "lowest"),
    MAX("max(%s)", "Found the highest", "highest"),
    SHARE("share", "Computed the share of", "share"),
    /** One total over another ({@link io.insightx.orchestrator.agent.offline.link.Quotient}): "clicks per impression". */
    RATIO("%s", "Divided", "overall");

    public final String sql;
    public final String verb;
    public final String words;

    Aggregate(String sql, String verb, String words) {
        this.sql = sql;
        this.verb = verb;
        this.words = words;
    }

    public boolean edge() {
        return this == MIN || this == MAX;
    }
}
