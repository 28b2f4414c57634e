package io.insightx.orchestrator.agent.offline.link;

/** What a column is to an analyst: how it may be counted, summed, averaged, grouped by or used as time. */
public enum ColumnRole {
    /** A key: counted distinctly, never summed. */
    IDENTIFIER,
    /** Names one entity per row (a country, an airport): what a "which" question answers with. */
    NAME,
    /** A few repeated labels: grouped by and filtered on. */
    CATEGORY,
    /** Yes or no. */
    FLAG,
    /** Adds up across rows (sales, passengers, people): totals are sums. */
    MEASURE,
    /** A level or a rate (prices, temperatures, ages, shares): totals make no sense, it is averaged. */
    LEVEL,
    /** A date or a timestamp. */
    TIME,
    /** A year written as a number. */
    YEAR,
    /** Free text. */
    TEXT;

    public boolean numeric() {
        return this == MEASURE || this == LEVEL;
    }

    public boolean time() {
        return this == TIME || this == YEAR;
    }

    public boolean labels() {
        return this == CATEGORY || this == NAME || this == FLAG || this == TEXT || this == IDENTIFIER;
    }
}
