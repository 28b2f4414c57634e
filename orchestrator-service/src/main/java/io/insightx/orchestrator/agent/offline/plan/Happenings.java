package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * "number of tests" over test_name, "more than 5 tests", "visits by clinic" over visit_type: a plural noun of an act
 * or an event that is a word of a text category's name says the rows, each one such happening, not the kinds of it.
 */
final class Happenings {

    private Happenings() {
    }

    static boolean named(Reading r, ColumnMention m, Lexicon lexicon) {
        Token said = r.at(m.last());
        return m.column().role() == ColumnRole.CATEGORY && !m.column().numericType() && m.tokens().size() == 1
                && said.lower().endsWith("s") && said.lemmas().stream().anyMatch(l -> !l.equals(said.lower())
                        && m.column().words().contains(l) && lexicon.event(l));
    }
}
