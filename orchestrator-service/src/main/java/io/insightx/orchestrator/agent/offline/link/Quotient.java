package io.insightx.orchestrator.agent.offline.link;

/**
 * A measure that is one total divided by another: "clicks per impression", "cost per conversion". Over many rows it is
 * the ratio of the two totals (all the clicks over all the impressions), not the average of each row's ratio, which
 * would weigh a day of ten impressions like a day of ten thousand. {@code scale} is 100 for a percent of the divisor;
 * {@code perKey} divides by the number of distinct divisor values instead ("per receipt" over a receipt's lines).
 */
public record Quotient(DataColumn dividend, DataColumn divisor, int scale, boolean perKey) {

    public Quotient(DataColumn dividend, DataColumn divisor, int scale) {
        this(dividend, divisor, scale, false);
    }

    /** "avg items per receipt" over receipt lines: the total over the number of distinct keys. */
    public static Quotient perKey(DataColumn amount, DataColumn key) {
        return new Quotient(amount, key, 1, true);
    }

    /** The figure over the rows, each total kept to the rows {@code filter} says (" FILTER (WHERE …)", or ""). */
    public String sql(String filter) {
        String divided = perKey ? "count(DISTINCT " + divisor.sql() + ")" : "sum(" + divisor.sql() + ")";
        return (scale == 1 ? "" : scale + ".0 * ") + "sum(" + dividend.sql() + ")" + filter + " / nullif(" + divided
                + filter + ", 0)";
    }
}
