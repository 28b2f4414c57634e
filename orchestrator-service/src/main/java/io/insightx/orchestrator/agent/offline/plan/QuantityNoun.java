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
            Optional<ColumnMention> unit = unitNamed(r, d, mentions, t);
            if (unit.isPresent()) {
                return unit;
            }
            String dimension = Units.dimensionNamed(t.lower());
            if (dimension == null || r.used(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
                continue;
            }
            List<DataColumn> measured = d.catalog.columns().stream()
                    .filter(c -> c.role().numeric() && dimension.equals(Units.dimension(c))).toList();
            // "avg daily output of wt-07 kwh": the unit said last is the answer's unit, the noun names the figure
            mentions.removeIf(m -> measured.size() == 1 && m.column().equals(measured.get(0)) && m.tokens().size() == 1
                    && Units.dimensionOfUnit(r.at(m.first()).lower()) != null);
            if (measured.size() != 1 || mentions.stream().anyMatch(m -> m.column().equals(measured.get(0)))) {
                continue;
            }
            d.notes.add("Taking " + measured.get(0).name() + " for '" + t.text() + "' (the data's one quantity of " + dimension + ").");
            return Optional.of(new ColumnMention(measured.get(0), List.of(i), 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /**
     * "tonnes harvested per month", "total tonnage" over load_weight_kg: a unit said as the thing measured names the
     * one column of its dimension, in that unit; so does "total wheat in tonnes" where no other word names a figure.
     * Not a unit after a number ("over 5 tonnes", a comparison), nor after "in" where a figure is named (the answer's
     * unit, {@link UnitAsked}), nor a unit of time, which a time between two dates may be.
     */
    private static Optional<ColumnMention> unitNamed(Reading r, Draft d, List<ColumnMention> mentions, Token t) {
        int i = t.index();
        String said = Units.unitSaid(t.lower());
        String dimension = said == null ? null : Units.dimensionOfUnit(said);
        Token before = r.at(i - 1);
        boolean figureNamed = mentions.stream().anyMatch(m -> m.column().role().numeric());
        if (dimension == null || "time".equals(dimension) || r.used(i) || before != null
                && (before.isNumber() || figureNamed && before.isAny(java.util.Set.of("in", "(")))
                || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
            return Optional.empty();
        }
        List<DataColumn> measured = d.catalog.columns().stream()
                .filter(c -> c.role().numeric() && dimension.equals(Units.dimension(c))).toList();
        if (measured.size() != 1 || mentions.stream().anyMatch(m -> m.column().equals(measured.get(0)))) {
            return Optional.empty();
        }
        d.notes.add("Taking " + measured.get(0).name() + " in " + said + " for '" + t.text() + "'.");
        return Optional.of(new ColumnMention(Units.converted(measured.get(0), said), List.of(i), 1.0, true, List.of()));
    }
}
