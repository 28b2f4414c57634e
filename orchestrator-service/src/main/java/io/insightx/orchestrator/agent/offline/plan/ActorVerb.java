package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;

/**
 * The verb whose doer the question names, which only says what the doer does with the rows: "which teacher taught
 * the most lessons" (a teacher teaches), "the driver who drove the most trips", "how many orders did we take". It
 * is read with its doer, never as a figure or a filter of its own. A verb that could filter the rows ("did we
 * cancel") is none of these and stays to be read or reported.
 */
final class ActorVerb {

    /** What may stand between a thing and the verb it does: "the teacher who taught". */
    private static final Set<String> BETWEEN = Set.of("who", "that", "which", "has", "have", "had", "did", "does");
    /** Verbs that say only that the business had the rows: "orders did we take", "guests have we served". */
    private static final Set<String> OURS = Set.of("take", "get", "receive", "handle", "see", "serve", "have", "book",
            "sell", "do");
    private static final Set<String> WE = Set.of("we", "i");

    private ActorVerb() {
    }

    static void read(Reading r, List<ColumnMention> mentions, Lexicon lexicon) {
        for (ColumnMention m : mentions) {
            int k = m.last() + 1;
            while (r.at(k) != null && r.at(k).isAny(BETWEEN)) {
                k++;
            }
            Token verb = r.at(k);
            if (verb != null && r.free(k) && doneBy(verb, m, r, lexicon)) {
                r.use(k);
            }
        }
        for (Token t : r.tokens) {
            Token before = r.at(t.index() - 1);
            Token subject = before != null && before.isAny(BETWEEN) ? r.at(t.index() - 2) : before;
            boolean ours = subject != null && subject.isAny(WE) && t.lemmas().stream().anyMatch(OURS::contains);
            if (ours && r.free(t.index())) {
                r.use(t.index());
            }
        }
    }

    /** Whether a word of the thing's column is the doer made from the verb: "teacher" of taught, "driver" of drove. */
    private static boolean doneBy(Token verb, ColumnMention m, Reading r, Lexicon lexicon) {
        List<String> said = m.tokens().stream().map(i -> r.at(i).lower()).toList();
        return verb.lower().matches("\\p{L}{3,}") && m.column().words().stream().filter(w -> w.length() >= 4)
                .filter(w -> said.stream().anyMatch(s -> s.startsWith(w)))
                .anyMatch(w -> lexicon.derivations(w).stream().anyMatch(verb.lemmas()::contains));
    }
}
