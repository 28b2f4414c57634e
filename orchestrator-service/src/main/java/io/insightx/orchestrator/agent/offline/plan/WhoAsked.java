package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "who ran the most km", "who logged the most hours": a question that opens with "who" and ranks asks for the person,
 * so the figure is summed per person (their name, else their key) and the top one named, never the one largest row.
 * Only where the data names one kind of person, or a column of who did what the verb says ("Collected By").
 */
final class WhoAsked {

    private WhoAsked() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        Token first = r.at(0);
        boolean ranked = d.aggregate != null && d.aggregate.edge() || d.superlative;
        if (first == null || !first.is("who") || !d.groups.isEmpty() || !ranked || d.measures.isEmpty()) {
            return;
        }
        // "who collected the most eggs" over "Collected By": the column of who did what the verb says
        Token verb = r.at(1);
        List<DataColumn> doers = verb == null ? List.of() : d.catalog.columns().stream()
                .filter(c -> c.role().labels() && c.words().size() == 2 && c.words().get(1).equals("by")
                        && verb.is(c.words().get(0)))
                .toList();
        if (doers.size() == 1) {
            d.groups.add(new Group(doers.get(0), null));
            d.ranking = true;
            r.use(0);
            r.use(1);
            return;
        }
        // "who approved the most entries" over approved_by: the verb names the people's column itself
        if (mentions.stream().anyMatch(m -> m.tokens().contains(1))) {
            return;
        }
        List<DataColumn> people = d.catalog.columns().stream()
                .filter(c -> (c.role() == ColumnRole.NAME || c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.IDENTIFIER)
                        && !c.words().isEmpty() && c.words().get(0).matches("[a-z]{3,}") && lexicon.person(c.words().get(0)))
                .toList();
        if (people.stream().map(c -> c.words().get(0)).distinct().count() != 1) {
            return;
        }
        List<DataColumn> named = people.stream().filter(c -> c.words().stream().anyMatch(Set.of("name", "names")::contains)).toList();
        DataColumn person = named.size() == 1 ? named.get(0) : people.size() == 1 ? people.get(0) : null;
        if (person == null) {
            return;
        }
        d.groups.add(new Group(person, null));
        d.ranking = true;
        r.use(0);
    }
}
