package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * The first step of "how many states have more than 100 airports": a number compared with no measure beside it,
 * said of a label column's groups ("states ... have", "with"), keeps the groups with that many rows. The noun after
 * the number names the rows ("airports") and is consumed with it.
 */
final class GroupSizes {

    private static final Set<String> HAVE = Set.of("have", "has", "had", "with", "having", "contain", "contains");

    private GroupSizes() {
    }

    static boolean read(Reading r, Draft d, Comparison c, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        if (!(">".equals(c.op()) || ">=".equals(c.op()) || "<".equals(c.op()) || "<=".equals(c.op()) || "=".equals(c.op()))
                || !d.filters.isEmpty() || c.hint() >= 0) {
            return false;
        }
        int start = c.tokens().get(0);
        int end = c.tokens().get(c.tokens().size() - 1);
        Token noun = r.at(end + 1);
        // "fewer than 40 orders" over an order number: the ids name the rows counted
        ColumnMention ids = mentions.stream().filter(m -> m.first() == end + 1 && m.tokens().size() == 1
                && m.column().role() == ColumnRole.IDENTIFIER).findFirst().orElse(null);
        if (noun == null || r.used(end + 1) || noun.isNumber() || inMention(mentions, end + 1) && ids == null) {
            return false;
        }
        ColumnMention group = null;
        int verb = -1;
        for (ColumnMention m : mentions) {
            int have = m.last() < start && start - m.last() <= 3 && m.column().role().labels() ? have(r, m.last(), start) : -1;
            if (have >= 0) {
                group = m;
                verb = have;
            }
        }
        if (group == null) {
            return false;
        }
        r.use(verb);
        r.use(end + 1);
        if (ids != null) {
            spent.add(ids);
        }
        d.filters.add(new Filter.GroupSize(group.column(), d.catalog.sqlTable(), c.op(), c.lo(), noun.text()));
        return true;
    }

    /** Where "have"/"with" stands between the group's words and the comparison, or -1. */
    private static int have(Reading r, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (r.at(i).isAny(HAVE)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inMention(List<ColumnMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.tokens().contains(i));
    }
}
