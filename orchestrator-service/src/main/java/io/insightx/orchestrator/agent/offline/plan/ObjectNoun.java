package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.HowMany;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * The rows named by a nested object they each hold, where the object holds only figures: "# of spots per show" of ad
 * slots whose "spot" holds a length and a rate card counts the slots, not a spot's length or its rate; so does "the
 * most patients" of a person ("Patient") of an age and a sex. An object with a key, a name or a kind ("customer" with
 * customer_id, "violation" with its code) names things of their own.
 */
final class ObjectNoun {

    private ObjectNoun() {
    }

    /** Whether the mention is only the object's name, read as the rows' noun (and used). */
    static boolean read(Reading r, Draft d, ColumnMention m, Lexicon lexicon) {
        if (m.tokens().size() != 1 || m.whole()) {
            return false;
        }
        Token t = r.at(m.first());
        String object = t.lemmas().stream().filter(l -> d.catalog.objectFields(l).size() >= 2).findFirst().orElse(null);
        if (object == null) {
            return false;
        }
        List<DataColumn> fields = d.catalog.objectFields(object);
        // a label among them (a key, a name, a code, a kind) makes the object a thing of its own kind
        // ("Hours" holding a start and a finish time is when the work was, no thing: "in hrs" is a unit)
        // a person's age and sex say what the patient is like, nothing which one it is: each row's own
        boolean figuresOnly = fields.stream().noneMatch(c -> c.role().labels() && c.role() != ColumnRole.FLAG
                || SettledTies.identity(c)) && !fields.stream().allMatch(c -> c.role().time())
                || lexicon.person(object) && fields.stream().noneMatch(ObjectNoun::identifies);
        // an object of amounts ("fee" with its amount and surcharge) names the money, not the rows
        boolean money = fields.stream().allMatch(c -> MoneyMeasure.moneyLike(c) || MoneyMeasure.inCurrency(c));
        boolean onlyFields = fields.contains(m.column()) && fields.containsAll(m.alternatives()) && !money;
        // "# of spots", "spot count", "aired spots": things counted, never "fees + travel" of travel's fee
        boolean counted = !t.lower().equals(object) || HowMany.counts(r.tokens, t.index())
                || r.at(t.index() + 1) != null && r.at(t.index() + 1).isAny(java.util.Set.of("count", "counts"));
        if (!figuresOnly || !onlyFields || !counted) {
            return false;
        }
        d.entity = d.entity == null ? t.text() : d.entity;
        r.use(t.index());
        return true;
    }

    /** Whether a field tells which person the object is: a key, a name, a code or a kind. */
    private static boolean identifies(DataColumn c) {
        return c.role() == ColumnRole.IDENTIFIER || c.role() == ColumnRole.NAME || SettledTies.identity(c)
                || c.role().labels() && c.role() != ColumnRole.FLAG && c.words().stream().anyMatch(KINDS::contains);
    }

    private static final java.util.Set<String> KINDS = java.util.Set.of("code", "type", "kind", "category", "class");
}
