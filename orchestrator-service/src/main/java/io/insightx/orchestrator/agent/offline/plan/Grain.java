package io.insightx.orchestrator.agent.offline.plan;

/** A time grain to group by; the month of the year and the weekday repeat every year, the others do not. */
public enum Grain {
    DECADE("decade"), YEAR("year"), QUARTER("quarter"), MONTH("month"), MONTH_OF_YEAR("month of the year"),
    WEEK("week"), WEEKDAY("weekday"), DAY("day");

    public final String words;

    Grain(String words) {
        this.words = words;
    }

    /** Whether the grain repeats (January follows December, Monday follows Sunday): its order is no time line. */
    public boolean cyclic() {
        return this == MONTH_OF_YEAR || this == WEEKDAY;
    }
}
