package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "which stock", "per stock", "how many stocks", "the 2 stocks with …": the dataset's noun for the things it follows
 * over time, said where a grouping or a count goes, stands for the column that names them
 * ({@link Catalog#entityColumn}: {@code symbol} in stocks.csv). Anywhere else ("the average price of the stocks") the
 * noun only says what the rows are about.
 */
final class EntityNoun {

    private static final Set<String> GROUPING = Set.of("which", "what", "per", "each", "every", "by", "top",
            "many", "different", "distinct");
    /** Articles, and "all" ("which of all the stocks"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "all");

    private EntityNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Catalog catalog, List<ColumnMention> mentions) {
        Optional<DataColumn> column = catalog.entityColumn();
        if (column.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            int at = i;
            if (r.used(i) || !catalog.namesRows(r.at(i).lower()) || mentions.stream().anyMatch(m -> m.tokens().contains(at))) {
                continue;
            }
            Token before = r.before(i, ARTICLES);
            Token after = r.at(i + 1);
            if (after != null && io.insightx.orchestrator.agent.offline.lang.RowWords.is(after)) {
                continue; // "how many timesheet entries": the rows, the dataset's noun only says which
            }
            boolean counted = before != null && before.is("of") && i >= 2 && r.at(i - 2).isAny(Set.of("number", "count", "no"));
            boolean grouped = before != null && (before.isAny(GROUPING) || before.isNumber() || Planner.superlative(before))
                    || after != null && after.isAny(Set.of("with", "having"));
            if (counted || grouped) {
                return Optional.of(new ColumnMention(column.get(), List.of(i), 1.0, false, List.of()));
            }
        }
        return Optional.empty();
    }
}
