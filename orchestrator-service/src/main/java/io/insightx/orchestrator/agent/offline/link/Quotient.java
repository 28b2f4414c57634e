package io.insightx.orchestrator.agent.offline.link;

/**
 * A measure that is one total divided by another: "clicks per impression", "cost per conversion". Over many rows it is
 * the ratio of the two totals (all the clicks over all the impressions), not the average of each row's ratio, which
 * would weigh a day of ten impressions like a day of ten thousand. {@code scale} is 100 for a percent of the divisor.
 */
public record Quotient(DataColumn dividend, DataColumn divisor, int scale) {

    /** The figure over the rows, each total kept to the rows {@code filter} says (" FILTER (WHERE …)", or ""). */
    public String sql(String filter) {
        return (scale == 1 ? "" : scale + ".0 * ") + "sum(" + dividend.sql() + ")" + filter + " / nullif(sum("
                + divisor.sql() + ")" + filter + ", 0)";
    }
}
