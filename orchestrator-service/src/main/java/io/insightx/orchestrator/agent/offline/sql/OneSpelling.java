package io.insightx.orchestrator.agent.offline.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.OncePerKey;
import io.insightx.orchestrator.agent.offline.plan.Plan;

/**
 * The table as a statement reads it once the values of its columns written in other forms ({@link ValueForms}: "Mthly"
 * of "Monthly") are one, and a column's blanks the value a question reads them as ("blank = none"): a common table
 * expression of the table's own name that puts each form's value in its place, the forms and values bound as
 * parameters, never written into the SQL. Every reference to the table, sub-queries included, then reads the one
 * spelling.
 */
final class OneSpelling {

    private OneSpelling() {
    }

    /** The statement reading the table with one spelling per value, or as it is when no column it uses needs that. */
    static SqlStatement around(Plan plan, String sql, List<Object> params) {
        Map<DataColumn, Map<String, String>> forms = new LinkedHashMap<>();
        used(plan).forEach(c -> {
            Map<String, String> f = ValueForms.of(c);
            if (!f.isEmpty() || c.blankAs() != null) {
                forms.put(c, f);
            }
        });
        if (forms.isEmpty() || plan.catalog().joined()) {
            return new SqlStatement(sql, params);
        }
        List<Object> bound = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        forms.forEach((column, f) -> {
            String name = Identifiers.quoted(column.name());
            StringBuilder when = new StringBuilder("CASE");
            if (column.blankAs() != null) {
                when.append(" WHEN nullif(trim(").append(name).append("), '') IS NULL THEN ?"); // "(blank = none)"
                bound.add(column.blankAs());
            }
            // one WHEN per value its forms are counted as: WHEN "c" IN (?, ?) THEN ?
            Map<String, List<String>> byValue = new LinkedHashMap<>();
            f.forEach((form, value) -> byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(form));
            byValue.forEach((value, spellings) -> {
                when.append(" WHEN ").append(name).append(" IN (")
                        .append(String.join(", ", Collections.nCopies(spellings.size(), "?"))).append(") THEN ?");
                bound.addAll(spellings);
                bound.add(value);
            });
            replaced.add(when + " ELSE " + name + " END AS " + name);
        });
        String table = Identifiers.quoted(plan.catalog().table());
        String cte = table + " AS (SELECT * REPLACE (" + String.join(", ", replaced) + ") FROM " + table + ")";
        bound.addAll(params);
        String body = sql.startsWith("WITH ") ? ", " + sql.substring("WITH ".length()) : " " + sql;
        return new SqlStatement("WITH " + cte + body, bound);
    }

    private static Stream<DataColumn> used(Plan plan) {
        // the key a figure is taken once for ("DT" and "Downtown" are one clinic, its chairs counted once)
        return Stream.of(plan.groups().stream().map(Group::column), plan.filters().stream().flatMap(Filter::columns),
                Stream.of(plan.measure(), plan.second()), OncePerKey.key(plan).stream()).flatMap(s -> s)
                .filter(Objects::nonNull).distinct();
    }
}
