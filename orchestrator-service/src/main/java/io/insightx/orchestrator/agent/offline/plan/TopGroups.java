package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The first step of a two-step question: "for the 2 islands with the most penguins, the average bill depth". The
 * clause after the ranked groups ("with the most penguins", "with the highest average price") picks the groups; the
 * rest of the question is then answered for each of them. Read only when something else is asked of those groups:
 * "the 3 islands with the most penguins" alone is a plain ranking.
 */
final class TopGroups {

    private static final Set<String> WITH = Set.of("with", "having", "that", "which", "who");
    private static final Set<String> HAVE = Set.of("have", "has", "had");

    private TopGroups() {
    }

    /**
     * The figure the groups were picked by, given beside the one asked of them: "for the 3 drivers with the most
     * sessions, how much did each spend" shows each driver's sessions too.
     */
    static Plan rankedBy(Plan plan) {
        Filter.TopGroups top = plan.filters().stream().filter(f -> f instanceof Filter.TopGroups).map(f -> (Filter.TopGroups) f)
                .filter(t -> plan.groups().stream().anyMatch(g -> g.grain() == null && g.column().equals(t.column())))
                .findFirst().orElse(null);
        if (top == null || plan.kind() != Plan.Kind.AGGREGATE || plan.limit() != null || !plan.also().isEmpty()
                || OncePerKey.key(plan).isPresent()) {
            return plan;
        }
        Aggregate by = top.measure() == null ? Aggregate.COUNT : top.by();
        if (by == plan.aggregate() && java.util.Objects.equals(top.measure(), plan.measure())) {
            return plan;
        }
        // a count named by the clause's own noun: "sessions" of "with the most sessions"
        String[] clause = top.words() == null ? new String[0] : top.words().trim().split("\\s+");
        String counted = by == Aggregate.COUNT && clause.length > 0 ? clause[clause.length - 1] : null;
        // the ranking's own conditions ("wins" of "with the most wins") hold for its figure only
        List<Filter> rows = new ArrayList<>(plan.filters());
        top.within().stream().filter(f -> !plan.filters().contains(f)).forEach(rows::add);
        Plan ranking = new Plan(Plan.Kind.AGGREGATE, plan.catalog(), by, top.measure(), null, plan.groups(), rows,
                false, null, List.of(), counted, List.of(), List.of(), false, null);
        return plan.withAlso(List.of(ranking), plan.notes(), plan.guessed());
    }

    /** The rows' noun: "with the most penguins", "with the most jobs" of interpreters' bookings. */
    private static boolean rowsNoun(Reading r, Draft d, int j) {
        return r.at(j) != null && RowNoun.said(d, r.at(j));
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        if (d.limit == null || d.groups.size() != 1 || !d.ranking) {
            return;
        }
        DataColumn group = d.groups.get(0).column();
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.used(i) || !r.at(i).isAny(WITH)) {
                continue;
            }
            List<Integer> clause = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (r.at(j) != null && (r.at(j).isAny(HAVE) || r.at(j).is("the"))) {
                clause.add(j++);
            }
            Token edge = r.at(j);
            if (edge == null || r.used(j) || !Planner.superlative(edge)) {
                continue;
            }
            clause.add(j++);
            Aggregate stated = r.at(j) == null ? null : Vocabulary.AGGREGATES.get(r.at(j).lower());
            if (stated != null && !stated.edge() && stated != Aggregate.SHARE) {
                clause.add(j++);
            }
            int valueAt = j;
            while (r.at(j) != null && r.used(j) && at(mentions, j, spent) == null && !rowsNoun(r, d, j) && j - valueAt < 2) {
                j++; // "with the most completed trips": a value of the rows counted, already a condition
            }
            if (j > valueAt && !rowsNoun(r, d, j)) {
                continue;
            }
            ColumnMention ranked = at(mentions, j, spent);
            boolean byMeasure = ranked != null && ranked.column().role().numeric();
            if (ranked != null) {
                clause.addAll(ranked.tokens());
            } else if (rowsNoun(r, d, j)) {
                clause.add(j); // "with the most penguins": the rows themselves are counted
            } else {
                continue; // "with the most revenue" where no column holds revenue: not read as a count of rows
            }
            if (!asksMore(r, mentions, spent, clause)) {
                return;
            }
            Aggregate by = !byMeasure ? Aggregate.COUNT : stated != null ? stated
                    : ranked.column().role() == ColumnRole.MEASURE ? Aggregate.SUM : Aggregate.AVG;
            boolean low = edge.isAny(Vocabulary.LOW);
            String words = String.join(" ", clause.stream().map(k -> r.at(k).text()).toList());
            List<Filter> within = new ArrayList<>(d.filters);
            if (ranked != null && ranked.column().role() == ColumnRole.FLAG) {
                // "the 3 teams with the most wins": the rows where the flag holds are counted, in the ranking only
                within.add(new Filter.Values(ranked.column(), List.of("true"), false));
            }
            d.filters.add(new Filter.TopGroups(group, d.catalog.sqlTable(), by, byMeasure ? ranked.column() : null, !low,
                    d.limit, List.copyOf(within), "for the " + d.limit + " " + r.at(i - 1).text() + " " + words));
            r.use(clause);
            if (ranked != null) {
                spent.add(ranked);
            }
            d.limit = null;
            d.ranking = false;
            return;
        }
    }

    /** Whether the question asks something besides the ranking: a measure or an aggregate outside its clause. */
    private static boolean asksMore(Reading r, List<ColumnMention> mentions, Set<ColumnMention> spent, List<Integer> clause) {
        for (ColumnMention m : mentions) {
            if (!spent.contains(m) && m.tokens().stream().noneMatch(clause::contains) && m.column().role().numeric()) {
                return true;
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Aggregate a = Vocabulary.AGGREGATES.get(r.at(i).lower());
            if (!r.used(i) && !clause.contains(i) && a != null && !a.edge()) {
                return true;
            }
        }
        return r.tokens.stream().anyMatch(t -> t.is("how") && !r.used(t.index()));
    }

    private static ColumnMention at(List<ColumnMention> mentions, int j, Set<ColumnMention> spent) {
        return mentions.stream().filter(m -> m.first() == j && !spent.contains(m)).findFirst().orElse(null);
    }
}
