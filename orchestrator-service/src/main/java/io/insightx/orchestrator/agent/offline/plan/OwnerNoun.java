package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "how many households", "the plan with the most households" over monthly bills that repeat a household_size on every
 * bill of an account: the thing a column records an attribute of, where no column names it by a key of its own, is
 * the one key the data says that attribute is constant on ("Account No", {@link DataColumn#constantPer()}); each
 * thing is then one value of the key, never the attribute's figure.
 */
final class OwnerNoun {

    private static final Set<String> EACH = Set.of("each", "every", "per");

    private OwnerNoun() {
    }

    /**
     * "(each household counted once)", "count every household once" beside the households counted: said of the key
     * the owner's noun is read as, which a count of its distinct values already makes so; the words are used.
     */
    static boolean once(Reading r, Catalog catalog, ColumnMention m) {
        int at = m.first();
        int once = r.onceAfter(at - 1);
        if (once < 0 || of(r, catalog, m) == m) {
            return false;
        }
        for (int j = at - 1; j <= once; j++) {
            r.use(j);
        }
        if (r.at(at - 2) != null && r.at(at - 2).isAny(Set.of("count", "counting"))) {
            r.use(at - 2);
        }
        return true;
    }

    /**
     * "how many loads", "the most loads", "what share of graded loads" over load_weight_kg: things named in the plural
     * by the noun a measure's name is a property of, where each row is one of them (no key names them), are the rows,
     * never the property summed; the word names the rows.
     */
    static boolean countedRows(Reading r, Draft d, ColumnMention m, Lexicon lexicon) {
        DataColumn c = m.column();
        List<String> words = c.words();
        int at = m.first();
        Token t = r.at(at);
        // an amount of them (a load's weight), not a level of one ("units" of Unit Price are no rows)
        if (m.whole() || m.tokens().size() != 1 || c.role() != ColumnRole.MEASURE || !c.constantPer().isEmpty()
                || words.size() < 2 || !t.lower().endsWith("s") || t.lower().equals(words.get(0))
                || !t.lemmas().contains(words.get(0))) {
            return false;
        }
        String head = words.stream().skip(1).filter(w -> w.length() > 2 && lexicon.noun(w)).findFirst().orElse(null);
        if (head == null || !lexicon.property(head)) {
            return false;
        }
        d.entity = d.entity != null ? d.entity : t.text();
        r.use(at);
        return true;
    }

    static ColumnMention of(Reading r, Catalog catalog, ColumnMention m) {
        DataColumn attribute = m.column();
        List<String> words = attribute.words();
        if (m.whole() || m.tokens().size() != 1 || !attribute.role().numeric() || attribute.constantPer().size() != 1
                || words.size() < 2) {
            return m;
        }
        Token t = r.at(m.first());
        String owner = words.get(0);
        // the name's first word, not its head ("households" of household_size, never "size"), and things counted
        boolean named = t.is(owner) || t.lemmas().contains(owner);
        boolean things = !t.lower().equals(owner) || r.at(m.first() - 1) != null && r.at(m.first() - 1).isAny(EACH);
        DataColumn key = catalog.column(attribute.constantPer().get(0)).orElse(null);
        if (!named || !things || key == null || key.words().contains(owner)) {
            return m;
        }
        return new ColumnMention(key, m.tokens(), m.score(), true, List.of());
    }
}
