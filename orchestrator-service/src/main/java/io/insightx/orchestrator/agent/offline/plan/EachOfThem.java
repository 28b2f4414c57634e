package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.HowMany;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "for turbines commissioned in 2024, first reading date of each": "each" with no noun after it is one of the things
 * named before in the plural, grouped by the one key or name that holds them (turbines: turbine_id).
 */
final class EachOfThem {

    private EachOfThem() {
    }

    static void read(Reading r, Draft d) {
        if (!d.groups.isEmpty() || d.limit != null) {
            return; // "for the 3 states with the most revenue, … in each": each of the groups already read
        }
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            boolean bare = next == null || next.text().matches("\\p{Punct}+") || next.isAny(Set.of("one", "of"));
            if (!t.isAny(Set.of("each", "every")) || !r.free(t.index()) || !bare) {
                continue;
            }
            for (int k = t.index() - 1; k >= 0; k--) {
                if (HowMany.countsOrBounds(r.tokens, k)) {
                    continue; // "how many orders … each": the things counted, not those they are counted for
                }
                DataColumn key = keyOf(d, r.at(k));
                if (key != null) {
                    if (d.groups.stream().noneMatch(g -> g.column().equals(key))) {
                        d.groups.add(new Group(key, null));
                    }
                    r.use(t.index());
                    if (r.at(t.index() - 1) != null && r.at(t.index() - 1).is("of")) {
                        r.use(t.index() - 1);
                    }
                    return;
                }
            }
        }
    }

    /** The one key or name column of the things a plural noun names ("turbines": turbine_id), or null. */
    private static DataColumn keyOf(Draft d, Token noun) {
        if (!noun.lower().matches("\\p{L}{3,}s")) {
            return null;
        }
        List<DataColumn> keys = d.catalog.columns().stream()
                .filter(c -> (c.role() == ColumnRole.IDENTIFIER || c.role() == ColumnRole.NAME)
                        && c.words().stream().anyMatch(w -> noun.lemmas().contains(w)))
                .toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }
}
