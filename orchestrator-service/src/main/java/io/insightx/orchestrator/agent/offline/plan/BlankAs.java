package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.CaseVariants;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "ticket count by loyalty tier (blank = none)", "count blank payment status as unpaid": the rows a column leaves
 * blank are read as one of its values. Read first, so "blank" asks for no count of missing values; the column then
 * carries the value its blanks are read as ({@link DataColumn#blankAs()}), and the answer says so.
 */
final class BlankAs {

    private static final Set<String> BLANK = Set.of("blank", "blanks", "empty", "null", "nulls", "missing");
    private static final Set<String> AS = Set.of("=", "as", "means", "mean", "is", "are");

    private BlankAs() {
    }

    /** Reads the words, keeping the column and the value its blanks are to be read as in the draft. */
    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            int i = t.index();
            if (!t.isAny(BLANK) || !r.free(i)) {
                continue;
            }
            // "blank payment status as unpaid": the column may be named between
            int said = i + 1;
            while (r.at(said) != null && !r.at(said).isAny(AS) && said - i <= 3 && columnWord(d, r.at(said))) {
                said++;
            }
            int value = r.at(said) != null && r.at(said).isAny(AS) ? said + 1 : -1;
            if (r.at(value) == null || !r.free(value)) {
                continue;
            }
            List<String> named = r.tokens.subList(i + 1, said).stream().map(Token::lower).toList();
            List<DataColumn> columns = d.catalog.columns().stream().filter(c -> c.role().labels() && c.hasBlanks()
                    && c.words().containsAll(named) && spelling(c, r.at(value)).isPresent()).toList();
            if (columns.size() != 1) {
                continue; // no column, or several, holds the value
            }
            DataColumn column = columns.get(0);
            String spelled = spelling(column, r.at(value)).orElseThrow();
            d.blankAs = new Blank(column, spelled);
            d.notes.add("Reading blank " + column.name() + " as “" + spelled + "”.");
            List<Integer> words = new ArrayList<>(java.util.stream.IntStream.rangeClosed(i, value).boxed().toList());
            if (r.at(i - 1) != null && r.at(i - 1).isAny(Set.of("count", "treat", "treating", "counting"))) {
                words.add(i - 1); // "count blank … as unpaid"
            }
            r.use(words);
            return;
        }
    }

    /** The column and the value its blanks are read as. */
    record Blank(DataColumn column, String value) {
    }

    /** The draft's groupings and value filters by the column the words named, its blanks read as the value. */
    static void apply(Draft d) {
        if (d.blankAs == null) {
            return;
        }
        d.groups.replaceAll(g -> new Group(applied(g.column(), d.blankAs), g.grain(), g.sides()));
        d.filters.replaceAll(f -> f instanceof Filter.Values v ? new Filter.Values(applied(v.column(), d.blankAs),
                v.values(), v.negated(), v.excluding(), v.blankIsNo()) : f);
    }

    private static DataColumn applied(DataColumn c, Blank blank) {
        if (blank == null || !c.equals(blank.column())) {
            return c;
        }
        ObjectNode dna = ((ObjectNode) c.dna().deepCopy()).put(DataColumn.BLANK_AS, blank.value());
        return c.withDna(dna);
    }

    private static boolean columnWord(Draft d, Token t) {
        return d.catalog.columns().stream().anyMatch(c -> c.words().contains(t.lower()));
    }

    private static Optional<String> spelling(DataColumn c, Token said) {
        String normal = CaseVariants.normal(said.lower());
        return c.values().stream().filter(v -> CaseVariants.normal(v).equals(normal)).findFirst();
    }
}
