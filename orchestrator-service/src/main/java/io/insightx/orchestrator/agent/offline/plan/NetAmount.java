package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "net kg", "net weight", "tonnes (net)" over Gross (kg) and Tare (kg): the net amount is the column named by the
 * opposite of "net" (WordNet's antonym: "gross") less the one other amount in its unit, computed for each row; the
 * answer says how. Where two other amounts share the unit, which one is taken off is not known, and the word is left
 * unplaced; another gross amount ("Max Gross (t)", a limit) is none of them.
 */
final class NetAmount {

    private static final String NET = "net";

    private NetAmount() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        for (Token t : r.tokens) {
            // only "net" takes something off: "low" is the opposite of "high" too, and a low is no high less a low
            if (!r.free(t.index()) || !t.is(NET)) {
                continue;
            }
            Set<String> opposite = lexicon.antonyms(t.lower());
            List<DataColumn> grosses = amounts(d).filter(c -> c.words().stream().anyMatch(opposite::contains)).toList();
            // "Gross (t)" beside "Max Gross (t)", a vehicle's limit: the one named by the word alone
            List<DataColumn> whole = grosses.size() == 1 ? grosses
                    : grosses.stream().filter(c -> c.words().stream().allMatch(w -> opposite.contains(w)
                            || w.equals(c.unit()))).toList();
            if (opposite.isEmpty() || whole.size() != 1 || whole.get(0).unit() == null) {
                continue;
            }
            DataColumn gross = whole.get(0);
            List<DataColumn> less = amounts(d)
                    .filter(c -> !grosses.contains(c) && Objects.equals(c.unit(), gross.unit())).toList();
            if (less.size() != 1) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(List.of(t.index()));
            String unit = null;
            for (int k : new int[] {t.index() + 1, t.index() - 1}) {
                Token near = r.at(k);
                // a word beside it, free or linked only on its own ("kg" of Price (£/kg)): its unit or its quantity
                boolean open = near != null && (r.free(k) || mentions.stream().anyMatch(m -> m.tokens().contains(k)));
                String said = open ? Units.unitSaid(near.lower()) : null;
                boolean ofUnit = said != null && Objects.equals(Units.dimensionOfUnit(said), Units.dimension(gross));
                if (ofUnit || open && Objects.equals(Units.dimensionNamed(near.lower()), Units.dimension(gross))) {
                    tokens.add(k); // "net kg", "tonnes net", "net weight"
                    unit = ofUnit ? said : null;
                    break;
                }
            }
            mentions.removeIf(m -> m.tokens().stream().anyMatch(tokens::contains));
            DataColumn net = column(gross, less.get(0));
            DataColumn shown = unit == null || Units.own(unit, net) ? net : Units.converted(net, unit);
            d.notes.add("Computed " + net.name() + " for each row: the " + t.lower() + " amount.");
            tokens.sort(Integer::compare);
            return Optional.of(new ColumnMention(shown, tokens, tokens.size(), true, List.of()));
        }
        return Optional.empty();
    }

    private static java.util.stream.Stream<DataColumn> amounts(Draft d) {
        return d.catalog.columns().stream().filter(c -> (c.role() == ColumnRole.MEASURE || c.role() == ColumnRole.LEVEL)
                && c.numericType() && c.formula() == null);
    }

    private static DataColumn column(DataColumn gross, DataColumn less) {
        String formula = gross.sql() + " - " + less.sql();
        List<String> words = new ArrayList<>(gross.words());
        words.add("−");
        words.addAll(less.words());
        var profile = JsonNodeFactory.instance.objectNode().put("semanticType", "numeric");
        return new DataColumn(gross.name() + " − " + less.name(), "DOUBLE", gross.role(), words, gross.unit(),
                List.of(), Set.of(), profile, null, formula);
    }
}
