package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "mock test pass rate" over lessons whose test result is blank on most rows (no test taken): a share of one
 * outcome, said of no rows by name and under no other condition, is of the rows that have an outcome. An outcome
 * blank on a few rows ("pct adopted" of intakes not yet out) stays a share of every row.
 */
public final class ShareOfRecorded {

    private ShareOfRecorded() {
    }

    /** The outcome column whose recorded rows the plan's share is of, if it is such a share. */
    public static Optional<DataColumn> of(Plan plan) {
        List<Filter> values = plan.filters().stream().filter(f -> f instanceof Filter.Values).toList();
        if (plan.aggregate() != Aggregate.SHARE || plan.entity() != null || values.size() != 1
                || !(values.get(0) instanceof Filter.Values v) || v.negated() || !Filter.part(v)) {
            return Optional.empty();
        }
        DataColumn c = v.column();
        boolean mostlyBlank = c.dna() != null && c.dna().path("nullFraction").asDouble() > 0.5;
        return c.role() == ColumnRole.CATEGORY && mostlyBlank ? Optional.of(c) : Optional.empty();
    }
}
