package io.insightx.orchestrator.agent.offline.plan;

import java.util.HashSet;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "total energy produced in march", "how much electricity was generated": the verb whose noun names the measure's
 * quantity (production, generation: energy) says what the figure is, nothing more; the word is used. A verb WordNet
 * does not tie to the quantity ("exported") stays to be reported.
 */
final class MeasureVerb {

    private MeasureVerb() {
    }

    static void read(Reading r, Draft d, Lexicon lexicon) {
        if (d.measures.isEmpty() || !d.measures.get(0).role().numeric()) {
            return;
        }
        DataColumn measure = d.measures.get(0);
        Set<String> nouns = new HashSet<>(measure.words());
        String dimension = Units.dimension(measure);
        if (dimension != null) {
            nouns.addAll(Units.nounsOf(dimension));
        }
        Set<String> verbs = new HashSet<>();
        nouns.forEach(n -> verbs.addAll(lexicon.derivations(n)));
        for (Token t : r.tokens) {
            boolean participle = t.lower().matches("\\p{L}{3,}(ed|en)") && t.lemmas().stream().anyMatch(l -> !l.equals(t.lower()));
            if (participle && r.free(t.index()) && t.lemmas().stream().anyMatch(verbs::contains)) {
                r.use(t.index());
            }
        }
    }
}
