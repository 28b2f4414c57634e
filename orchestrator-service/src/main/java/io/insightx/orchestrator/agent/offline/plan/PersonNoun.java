package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "how many unique drivers", "top 5 drivers by kwh", "avg kwh per driver" over charging sessions keyed by userId: a noun
 * for people by what they do (drive, visit, donate: what the rows record them doing), plural or one said after "per",
 * "each" or "which", that nothing of the data names stands for the data's one key of people, which the answer says. A
 * noun of a kind of person ("kindergarteners") names some of them, which no key tells apart.
 */
final class PersonNoun {

    /** Nouns for people of any kind, which stand for the data's one key of people as a doer's noun does. */
    private static final java.util.Set<String> ANYONE = java.util.Set.of("people", "persons", "individuals", "folks");

    private PersonNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        for (Token t : r.tokens) {
            int i = t.index();
            boolean plural = t.lower().matches("\\p{L}{4,}s") && t.lemmas().stream().anyMatch(l -> !l.equals(t.lower()));
            // "avg kwh per driver", "which donor gave the most": one of them, each in turn
            boolean each = t.lower().matches("\\p{L}{4,}") && r.at(i - 1) != null
                    && r.at(i - 1).isAny(java.util.Set.of("per", "each", "every", "by", "which"));
            boolean anyone = t.isAny(ANYONE);
            boolean doer = t.lemmas().stream().anyMatch(lexicon::person)
                    && t.lemmas().stream().anyMatch(l -> !lexicon.derivations(l).isEmpty());
            if (!plural && !each && !anyone || !r.free(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i))
                    || d.catalog.holds(t)
                    || RowNoun.names(d.catalog, t) || !doer && !anyone) {
                continue;
            }
            Optional<DataColumn> key = anyone && RowNoun.rowsArePeople(d.catalog, lexicon) ? Optional.empty()
                    : ValueHeads.personKey(d, lexicon, anyone);
            if (key.isPresent()) {
                d.notes.add("Taking " + key.get().name() + " for '" + t.text() + "', the data's one key of people.");
                d.entity = d.entity == null ? t.text() : d.entity;
                return Optional.of(new ColumnMention(key.get(), List.of(i), 1.0, false, List.of()));
            }
        }
        return Optional.empty();
    }
}
