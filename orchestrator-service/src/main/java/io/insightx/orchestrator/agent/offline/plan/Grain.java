package io.insightx.orchestrator.agent.offline.plan;

/**
 * A time grain to group by; the month of the year, the weekday and weekend-or-not repeat, the others do not.
 * WEEKEND splits the days in two: true for Saturday and Sunday. MONTH_OF_ONE_YEAR is a month of data that spans one year
 * ("applications per month in 2024"): keyed like a month ("2024-01") and also numbered and named (1, January).
 */
public enum Grain {
    CENTURY("century"), DECADE("decade"), YEAR("year"), QUARTER("quarter"), MONTH("month"), MONTH_OF_YEAR("month of the year"),
    MONTH_OF_ONE_YEAR("month"),
    WEEK("week"), WEEKDAY("weekday"), WEEKEND("weekend"), DAY("day"),
    HOUR_OF_DAY("hour of the day"), HOUR("hour");

    public final String words;

    Grain(String words) {
        this.words = words;
    }

    /** Whether the grain repeats (January follows December, Monday follows Sunday): its order is no time line. */
    public boolean cyclic() {
        return this == MONTH_OF_YEAR || this == WEEKDAY || this == WEEKEND || this == HOUR_OF_DAY;
    }
}
