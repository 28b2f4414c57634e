package io.insightx.orchestrator.agent.offline.plan;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ValueMention;

/**
 * The verb a value's column is named by the noun of: "paid thru the app" of payment_method "App", "delivered by
 * van" of delivery_vehicle. The verb says which column the value is of, so it is read with the value, never as a
 * figure of its own (a price for "paid").
 */
final class ValueVerb {

    /** What may stand between the verb and its value: "paid thru the app", "shipped by air". */
    private static final Set<String> BETWEEN = Set.of("in", "at", "by", "with", "via", "through", "thru", "from", "on",
            "the", "a", "an", "using");

    private ValueVerb() {
    }

    static void read(Reading r, Collection<List<ValueMention>> values, Lexicon lexicon) {
        for (List<ValueMention> same : values) {
            for (ValueMention v : same) {
                int k = v.tokens().get(0) - 1;
                while (k > 0 && r.at(k).isAny(BETWEEN)) {
                    k--;
                }
                Token verb = r.at(k);
                if (verb != null && r.free(k) && !v.negated() && namesColumn(verb, v, lexicon)) {
                    r.use(k);
                }
            }
        }
    }

    /** Whether a word of the value's column is a noun made from the verb: "payment" of paid, "shipping" of shipped. */
    private static boolean namesColumn(Token verb, ValueMention v, Lexicon lexicon) {
        return verb.lower().matches("\\p{L}{3,}") && v.column().words().stream().filter(w -> w.length() >= 4)
                .anyMatch(w -> lexicon.derivations(w).stream().anyMatch(verb.lemmas()::contains));
    }
}
