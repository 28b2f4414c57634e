package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A figure asked in another unit than its column holds: "avg wait time in minutes" over wait_sec is the seconds / 60,
 * "total listening time (hrs)" and "listening hours" the seconds / 3600. The measure becomes that computed column;
 * a unit of another dimension, or one the column's name does not say, is left for the words nothing used.
 */
final class UnitAsked {

    private UnitAsked() {
    }

    /** Whether the word at {@code i} follows "in" or "(", where a unit is said as the answer's ("in minutes", "(hrs)"). */
    static boolean afterIn(Reading r, int i) {
        Token before = r.at(i - 1);
        return before != null && before.isAny(java.util.Set.of("in", "("));
    }

    /**
     * "spot count by length (secs)": the unit a number the rows are grouped by is in, said as its own; no second
     * figure of that number.
     */
    static void ofGroups(Reading r, Draft d) {
        for (int i = 1; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            String said = t.lower();
            DataColumn grouped = d.groups.stream().map(Group::column).filter(c -> c.role().numeric() && !c.role().time()
                    && Units.own(said, c)).findFirst().orElse(null);
            if (grouped == null || !afterIn(r, i)) {
                continue;
            }
            r.claim(i); // held, maybe, as a word of the column's whole name ("spot length (sec)")
            d.measures.removeIf(c -> c.equals(grouped) && t.text().equals(d.said.get(c)));
            if (r.at(i - 1).is("in") && r.free(i - 1)) {
                r.use(i - 1);
            }
        }
    }

    static void read(Reading r, Draft d) {
        for (int i = 0; i < r.tokens.size() && !d.measures.isEmpty(); i++) {
            Token t = r.at(i);
            Token before = r.at(i - 1);
            // "in minutes", "(hrs)", "…, mwh" at the end: said as the unit of the answer, never "min" the aggregate
            Token next = r.at(i + 1);
            boolean last = next == null || next.text().matches("\\p{Punct}+");
            DataColumn measure = d.measures.get(0);
            // "labour hours" over labour_min: the unit in place of the one the name says
            boolean inPlace = before != null && measure.words().contains(before.lower());
            // "incidents per km" at the end is the rows over an amount (RowNoun.perUnit), no unit of the answer
            boolean asUnit = (afterIn(r, i) || last || inPlace) && !RowNoun.perUnit(r, d, i);
            if (!r.free(i) || t.isNumber()) {
                continue;
            }
            if (asUnit && Units.own(t.lower(), measure)) {
                r.use(i); // "avg daily output of wt-07 kwh": the unit the figure is in already
                if (before != null && before.is("in") && r.free(i - 1)) {
                    r.use(i - 1);
                }
                return;
            }
            double factor = Units.factor(t.lower(), measure);
            if (!asUnit || factor == 1) {
                continue;
            }
            DataColumn converted = Units.converted(measure, t.lower());
            d.measures.set(0, converted);
            d.said.put(converted, d.said.getOrDefault(measure, measure.label()));
            r.use(i);
            if (before.is("in") && r.free(i - 1)) {
                r.use(i - 1);
            }
            return;
        }
    }
}
