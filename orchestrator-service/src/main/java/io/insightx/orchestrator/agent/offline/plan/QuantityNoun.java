package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "avg daily output per site", "generation by month" over energy_kwh, "total distance" over trip_km: a noun for a
 * quantity of one dimension names the one column whose unit is of that dimension ({@link Units}), when no column is
 * named by the word itself. Two such columns (kWh generated and kWh used) leave the word unplaced.
 */
final class QuantityNoun {

    private QuantityNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            int i = t.index();
            String dimension = Units.dimensionNamed(t.lower());
            if (dimension == null || r.used(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
                continue;
            }
            List<DataColumn> measured = d.catalog.columns().stream()
                    .filter(c -> c.role().numeric() && dimension.equals(Units.dimension(c))).toList();
            if (measured.size() != 1 || mentions.stream().anyMatch(m -> m.column().equals(measured.get(0)))) {
                continue;
            }
            d.notes.add("Taking " + measured.get(0).name() + " for '" + t.text() + "' (the data's one quantity of " + dimension + ").");
            return Optional.of(new ColumnMention(measured.get(0), List.of(i), 1.0, true, List.of()));
        }
        return Optional.empty();
    }
}
