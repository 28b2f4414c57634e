package io.insightx.orchestrator.agent.offline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.persistence.DatasetRecord;
import org.junit.jupiter.api.Test;

/** Shared keys are found by name and type and kept by their values; the joined catalog reads as one table. */
class KeyJoinTest {

    private static Catalog orders() {
        ArrayNode columns = TestCatalogs.JSON.createArrayNode();
        column(columns, "order_id", "BIGINT", "identifier", 8);
        column(columns, "customer_id", "BIGINT", "numeric", 4);
        column(columns, "amount", "DOUBLE", "numeric", 8);
        column(columns, "date", "DATE", "datetime", 8);
        return catalog("orders.csv", "orders", 8, columns);
    }

    private static Catalog customers() {
        ArrayNode columns = TestCatalogs.JSON.createArrayNode();
        column(columns, "CustomerID", "INTEGER", "identifier", 5);
        column(columns, "region", "VARCHAR", "category", 3);
        column(columns, "date", "DATE", "datetime", 5);
        column(columns, "active", "BOOLEAN", "boolean", 2);
        return catalog("customers.csv", "customers", 5, columns);
    }

    @Test
    void aKeyIsAColumnOfTheSameNameWordsAndAComparableType() {
        assertThat(SharedKeys.candidates(orders(), customers())).extracting(p -> p[0].name() + "=" + p[1].name())
                .containsExactly("customer_id=CustomerID", "date=date");
        Catalog regions = catalog("regions.csv", "regions", 3, column(TestCatalogs.JSON.createArrayNode(), "customer_id",
                "VARCHAR", "category", 3));
        assertThat(SharedKeys.candidates(orders(), regions)).as("a number never joins a text").isEmpty();
        Catalog a = catalog("a.csv", "a", 3, column(TestCatalogs.JSON.createArrayNode(), "ID", "BIGINT", "identifier", 3));
        Catalog b = catalog("b.csv", "b", 3, column(TestCatalogs.JSON.createArrayNode(), "id", "BIGINT", "identifier", 3));
        assertThat(SharedKeys.candidates(a, b)).as("a bare id names nothing shared").isEmpty();
    }

    @Test
    void textColumnsNamedDifferentlyAreTriedWhenTheirProfiledValuesOverlap() {
        ArrayNode people = TestCatalogs.JSON.createArrayNode();
        column(people, "name", "VARCHAR", "identifier", 9);
        ((ObjectNode) people.get(0)).putArray("sampleValues").add("Alan").add("George").add("Fred");
        column(people, "age", "BIGINT", "numeric", 9);
        ArrayNode groups = TestCatalogs.JSON.createArrayNode();
        column(groups, "group", "BIGINT", "numeric", 3);
        column(groups, "person", "VARCHAR", "category", 9);
        ((ObjectNode) groups.get(1)).putArray("sampleValues").add("Fred").add("Alan").add("Ben");
        ArrayNode strangers = TestCatalogs.JSON.createArrayNode();
        column(strangers, "person", "VARCHAR", "category", 9);
        ((ObjectNode) strangers.get(0)).putArray("sampleValues").add("Zoe").add("Alan").add("Ben");
        Catalog peopleCatalog = catalog("lookup_people.csv", "lookup_people", 9, people);
        assertThat(SharedKeys.candidates(peopleCatalog, catalog("lookup_groups.csv", "lookup_groups", 9, groups)))
                .extracting(p -> p[0].name() + "=" + p[1].name()).containsExactly("name=person");
        assertThat(SharedKeys.candidates(peopleCatalog, catalog("others.csv", "others", 9, strangers)))
                .as("one name in common is chance").isEmpty();
    }

    @Test
    void theUniqueSideIsTheLookupAndValuesMustMostlyMatch() {
        Catalog orders = orders();
        Catalog customers = customers();
        DataColumn ok = orders.columns().get(1);
        DataColumn ck = customers.columns().get(0);
        KeyJoin join = new KeyCounts(4, 3, 5, 1, 4).join(orders, ok, customers, ck).orElseThrow();
        assertThat(join.many()).isSameAs(orders);
        assertThat(join.note()).isEqualTo("Joined orders.csv and customers.csv on customer_id.");
        assertThat(new KeyCounts(5, 1, 4, 3, 4).join(customers, ck, orders, ok).orElseThrow().many())
                .as("the same, seen from the other side").isSameAs(orders);
        assertThat(new KeyCounts(4, 3, 5, 1, 2).join(orders, ok, customers, ck)).as("half the ids unknown").isEmpty();
        assertThat(new KeyCounts(4, 3, 5, 2, 4).join(orders, ok, customers, ck)).as("many to many").isEmpty();
    }

    @Test
    void theJoinedCatalogHoldsBothTablesWithTheKeyOnceAndClashesPrefixed() {
        Catalog orders = orders();
        Catalog customers = customers();
        Catalog joined = new KeyJoin(orders, orders.columns().get(1), customers, customers.columns().get(0))
                .catalog(TestCatalogs.tokenizer());
        assertThat(joined.columns()).extracting(DataColumn::name).containsExactly("order_id", "customer_id", "amount",
                "orders_date", "region", "customers_date", "active");
        assertThat(joined.columns().get(4).role()).isEqualTo(ColumnRole.CATEGORY);
        assertThat(joined.columns().get(3).words()).containsExactly("orders", "date");
        assertThat(joined.rows()).isEqualTo(8);
        assertThat(joined.joined()).isTrue();
        assertThat(joined.sqlTable()).isEqualTo("(SELECT m.\"order_id\" AS \"order_id\", m.\"customer_id\" AS "
                + "\"customer_id\", m.\"amount\" AS \"amount\", m.\"date\" AS \"orders_date\", l.\"region\" AS \"region\", "
                + "l.\"date\" AS \"customers_date\", l.\"active\" AS \"active\" FROM \"orders\" AS m LEFT JOIN "
                + "\"customers\" AS l ON m.\"customer_id\" = l.\"CustomerID\") AS \"orders_customers\"");
        assertThat(orders.joined()).isFalse();
        assertThat(orders.sqlTable()).isEqualTo("\"orders\"");
    }

    private static ArrayNode column(ArrayNode columns, String name, String type, String semantic, long distinct) {
        ObjectNode c = columns.addObject().put("name", name).put("type", type).put("semanticType", semantic)
                .put("distinctCount", distinct);
        c.putArray("topValues");
        return columns;
    }

    private static Catalog catalog(String name, String table, long rows, ArrayNode columns) {
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        dna.set("columns", columns);
        return Catalog.of(new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-" + table, name, table, rows,
                dna.toString(), Instant.EPOCH), TestCatalogs.JSON, TestCatalogs.tokenizer());
    }
}
