package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
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
     * unit, {@link UnitAsked}), nor a unit of time where dates are named, whose time between is meant.
     */
    private static Optional<ColumnMention> unitNamed(Reading r, Draft d, List<ColumnMention> mentions, Token t) {
        int i = t.index();
        String said = Units.unitSaid(t.lower());
        String dimension = said == null ? null : Units.dimensionOfUnit(said);
        Token before = r.at(i - 1);
        boolean figureNamed = mentions.stream().anyMatch(m -> m.column().role().numeric());
        if (dimension == null || "time".equals(dimension) && !lengthOfTime(r, d, mentions, t) || r.used(i)
                || RowNoun.perUnit(r, d, i)
                || before != null
                && (before.isNumber() || figureNamed && before.isAny(java.util.Set.of("in", "(")))
                || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
            return Optional.empty();
        }
        List<DataColumn> all = d.catalog.columns().stream()
                .filter(c -> c.role().numeric() && dimension.equals(Units.dimension(c))).toList();
        List<Integer> beside = new ArrayList<>();
        List<DataColumn> measured = all.size() == 1 ? all : namedBeside(r, all, i, beside);
        if (measured.size() != 1) {
            return Optional.empty();
        }
        DataColumn column = measured.get(0);
        List<Integer> tokens = new ArrayList<>(beside);
        tokens.add(i);
        tokens.sort(null);
        Optional<ColumnMention> named = mentions.stream().filter(m -> m.column().equals(column)).findFirst();
        if (named.isPresent()) {
            // "litres brewed" where "brewed" named volume_brewed_l: the unit is that figure's, said with it
            ColumnMention m = named.get();
            List<Integer> with = new ArrayList<>(m.tokens());
            tokens.stream().filter(k -> !with.contains(k)).forEach(with::add);
            with.sort(null);
            // "total tonnes of feed used" over Feed Used (kg): that figure, in tonnes
            DataColumn figure = Units.own(said, column) ? column : Units.converted(column, said);
            mentions.set(mentions.indexOf(m), new ColumnMention(figure, with, m.score(), m.whole(), m.alternatives()));
            return Optional.empty();
        }
        mentions.removeIf(m -> m.tokens().stream().anyMatch(beside::contains));
        d.notes.add("Taking " + column.name() + " in " + said + " for '" + Planner.words(r, tokens) + "'.");
        DataColumn figure = Units.own(said, column) ? column : Units.converted(column, said);
        return Optional.of(new ColumnMention(figure, tokens, 1.0, true, List.of()));
    }

    /**
     * "total hours of piano" over Duration (min): a unit of time names the data's one length of time, where no dates
     * are named (the time between them is meant: "minutes between start and check in") and the word is no aggregate
     * ("min").
     */
    private static boolean lengthOfTime(Reading r, Draft d, List<ColumnMention> mentions, Token t) {
        List<DataColumn> times = d.catalog.columns().stream()
                .filter(c -> c.role().numeric() && "time".equals(Units.dimension(c))).toList();
        return times.size() == 1 && times.get(0).words().stream().anyMatch(LENGTHS::contains)
                && mentions.stream().noneMatch(m -> m.column().role() == ColumnRole.TIME)
                && !Vocabulary.AGGREGATES.containsKey(t.lower());
    }

    private static final java.util.Set<String> LENGTHS = java.util.Set.of("duration", "length", "elapsed");

    /**
     * "litres brewed", "packaged litres", "brewed the most litres" where the data holds several figures in litres: the
     * one a word just after the unit, or one of the three before it, names ("brewed" of volume_brewed_l), with that
     * word's place in {@code beside}.
     */
    private static List<DataColumn> namedBeside(Reading r, List<DataColumn> measured, int unit, List<Integer> beside) {
        for (int k : new int[] {unit + 1, unit - 1, unit - 2, unit - 3}) {
            Token w = r.at(k);
            if (w == null) {
                continue;
            }
            List<DataColumn> named = measured.stream().filter(c -> c.words().stream().anyMatch(w::is)).toList();
            if (named.size() == 1) {
                if (!r.used(k)) {
                    beside.add(k); // a word another reading took ("brewed in 2024", a date's verb) stays with it
                }
                return named;
            }
        }
        return List.of();
    }
}
