package io.insightx.orchestrator.agent.offline.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A yes/no said by its negative prefix: "unpaid appointments" over a {@code paid} flag are those not paid,
 * "non-billable hours" those not billable; or by the verb of opposite meaning: "batches that failed qc" over
 * {@code qcPassed}, "matches lost" over {@code won}. Read before columns are linked, since no column is named
 * "unpaid" or "failed".
 */
final class NegatedFlag {

    /** What calls a planned thing off, which WordNet gives no antonym of. */
    private static final Set<String> CALLED_OFF = Set.of("cancel", "cancelled", "canceled", "void", "abandon");
    /** What a planned thing that went ahead is: "completed lessons", "held classes". */
    private static final Set<String> WENT_AHEAD = Set.of("complete", "completed", "hold", "held", "finish", "finished",
            "happen", "happened");

    private NegatedFlag() {
    }

    static void read(Reading r, Draft d, Lexicon lexicon, Tokenizer tokenizer) {
        for (DataColumn c : d.catalog.columns()) {
            if (c.role() != ColumnRole.FLAG || c.yes() == null || c.words().isEmpty()) {
                continue;
            }
            String word = c.words().get(c.words().size() - 1);
            Set<String> lemmas = lexicon.lemmas(word);
            Set<String> opposites = new HashSet<>();
            lemmas.forEach(l -> opposites.addAll(lexicon.verbAntonyms(l)));
            boolean calledOff = lemmas.stream().anyMatch(CALLED_OFF::contains);
            if (calledOff) {
                // "completed lessons" over a cancelled flag: those not cancelled; "finish" where lesson_finished is a
                // column names that column
                WENT_AHEAD.stream().filter(v -> !namesAColumn(d, v, lexicon)).forEach(opposites::add);
            }
            for (Token t : r.tokens) {
                String w = t.lower();
                // "failed", or "failure" made from it; never "had" ("which crew had the most missed pickups")
                boolean opposite = !d.catalog.holds(w) && t.lemmas().stream().noneMatch(Lexicon::lightVerb)
                        && (t.lemmas().stream().anyMatch(opposites::contains)
                        || tokenizer.derivations(t).stream().anyMatch(opposites::contains)
                        || lexicon.opposedVerbs(w).stream().anyMatch(lemmas::contains));
                boolean prefixed = word.length() >= 4
                        && (w.equals("un" + word) || w.equals("non" + word) || w.equals("non-" + word));
                boolean negative = prefixed || opposite;
                if (negative && r.free(t.index())) {
                    // "unpaid" counts the flag's blanks, as "not paid" does; "failed qc" is a recorded outcome
                    boolean notYes = calledOff && opposite && !prefixed || prefixed && !MarkedAs.before(r, t.index());
                    d.filters.add(notYes ? Filter.Values.notYes(c) : new Filter.Values(c, List.of(c.yes()), true));
                    r.use(t.index());
                    // "failed qc", "failure rate of qc" over qcPassed: the flag's other words name the same flag
                    for (Token other : r.tokens) {
                        if (r.free(other.index()) && !other.lower().equals(word) && c.words().contains(other.lower())) {
                            r.use(other.index());
                        }
                    }
                    return;
                }
            }
        }
    }

    /** Whether a word of a column's name is a form of the verb: "finished" of lesson_finished, of "finish". */
    private static boolean namesAColumn(Draft d, String verb, Lexicon lexicon) {
        Set<String> forms = lexicon.lemmas(verb);
        return d.catalog.columns().stream().flatMap(c -> c.words().stream())
                .anyMatch(w -> w.equals(verb) || lexicon.lemmas(w).stream().anyMatch(forms::contains));
    }
}
