package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;

/**
 * Two datasets joined on a shared key, many to one: every row of the {@code many} side (orders) with the columns of
 * the one row of the {@code lookup} side (customers) whose key matches, or nulls when none does (a LEFT JOIN, so no
 * order is lost and none is counted twice, the key being unique on the lookup side).
 */
public record KeyJoin(Catalog many, DataColumn manyKey, Catalog lookup, DataColumn lookupKey) {

    /** "Joined orders.csv and customers.csv on customer_id." */
    public String note() {
        boolean sameName = manyKey.words().equals(lookupKey.words());
        return "Joined " + many.displayName() + " and " + lookup.displayName() + " on " + manyKey.name()
                + (sameName ? "" : " = " + lookupKey.name()) + ".";
    }

    /**
     * The joined datasets as one catalog: the many side's columns (the key once), then the lookup side's; a name
     * both sides hold is prefixed by its table on each side ("orders_date", "customers_date"), the roles kept. Its
     * {@link Catalog#sqlTable()} is the derived table of the join, used by the statements as a table name.
     */
    public Catalog catalog(Tokenizer words) {
        Set<String> manyNames = lowerNames(many, null);
        Set<String> lookupNames = lowerNames(lookup, lookupKey);
        List<DataColumn> columns = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (DataColumn c : many.columns()) {
            columns.add(side(c, "m", many, lookupNames, words, select));
        }
        for (DataColumn c : lookup.columns()) {
            if (c != lookupKey) {
                columns.add(side(c, "l", lookup, manyNames, words, select));
            }
        }
        String source = "(SELECT " + String.join(", ", select) + " FROM " + many.sqlTable() + " AS m LEFT JOIN "
                + lookup.sqlTable() + " AS l ON m." + Identifiers.quoted(manyKey.name()) + " = l."
                + Identifiers.quoted(lookupKey.name()) + ") AS " + Identifiers.quoted(many.table() + "_" + lookup.table());
        String name = many.displayName() + " joined with " + lookup.displayName() + " on " + manyKey.name();
        return new Catalog(many.table() + " + " + lookup.table(), many.toolId(), name, many.rows(), columns,
                many.entityWords(), many.singular(), source);
    }

    /** One column of one side, renamed when the other side holds its name, and its item of the join's SELECT. */
    private static DataColumn side(DataColumn c, String alias, Catalog table, Set<String> otherNames, Tokenizer words,
            List<String> select) {
        boolean clash = otherNames.contains(c.name().toLowerCase(Locale.ROOT));
        String name = clash ? table.table() + "_" + c.name() : c.name();
        select.add(alias + "." + Identifiers.quoted(c.name()) + " AS " + Identifiers.quoted(name));
        return clash ? new DataColumn(name, c.type(), c.role(), words.nameWords(name), c.unit(), c.values(), c.totals(),
                c.dna(), c.textDateFormat()) : c;
    }

    private static Set<String> lowerNames(Catalog catalog, DataColumn except) {
        return catalog.columns().stream().filter(c -> c != except).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
