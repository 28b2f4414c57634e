package io.insightx.orchestrator.agent.offline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.persistence.DatasetRecord;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The complete values of a label column, looked up through a real DuckDB standing in for sql-tool. */
class DistinctValuesTest {

    private final Connection duck = open();

    @AfterEach
    void close() throws SQLException {
        duck.close();
    }

    @Test
    void equallyFrequentValuesComeInTheSameOrderOnEveryRun() throws SQLException {
        try (Statement s = duck.createStatement()) {
            // 3,000 names once each and one name twice: parallel grouping returns the ties in no fixed order
            s.execute("SET threads = 4");
            s.execute("CREATE TABLE people AS SELECT 'name ' || lpad(CAST(i AS VARCHAR), 4, '0') AS name "
                    + "FROM range(3000) t(i) UNION ALL SELECT 'name 2999'");
        }

        List<String> values = new DistinctValues(new DuckClient(duck), TestCatalogs.JSON).complete(people())
                .columns().get(0).values();

        assertEquals(3000, values.size());
        // the first few are what readings sample ("a kind of city?"): the most frequent, then the ties in order
        assertEquals(List.of("name 2999", "name 0000", "name 0001", "name 0002", "name 0003", "name 0004"),
                values.subList(0, 6));
        assertEquals("name 2998", values.get(2999));
    }

    @Test
    void valuesWrittenSeveralWaysAreLookedUpAsWritten() throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE people AS SELECT * FROM (VALUES ('No-Show'), ('no-show'), ('noshow'), ('seated'))"
                    + " t(name)");
        }
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        ArrayNode top = dna.putArray("columns").addObject().put("name", "name").put("type", "VARCHAR")
                .put("semanticType", "category").put("distinctCount", 4).putArray("topValues");
        top.addObject().put("value", "No-Show").put("count", 1);
        top.addObject().put("value", "no-show").put("count", 1);
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-1", "people.csv", "people",
                4, dna.toString(), Instant.EPOCH);

        List<String> values = new DistinctValues(new DuckClient(duck), TestCatalogs.JSON)
                .complete(Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer())).columns().get(0).values();

        // what people type ("no-shows") must find its value: never only the one spelling the column is compared in
        assertEquals(List.of("No-Show", "no-show", "noshow", "seated"), values);
    }

    @Test
    void aMeasureTheRowsOfAThingRepeatIsMarkedConstantOnItsKey() throws SQLException {
        try (Statement s = duck.createStatement()) {
            // four sites over three days: capacity is the site's, energy each reading's
            s.execute("CREATE TABLE solar AS SELECT 'S' || (i % 4) AS site, CASE WHEN i % 2 = 0 THEN 'North' ELSE 'South' END"
                    + " AS region, 100 * (i % 4) + 50 AS capacity_kw, 10.5 * i AS energy_kwh,"
                    + " DATE '2025-01-01' + CAST(i // 4 AS INTEGER) AS day FROM range(12) t(i)");
        }
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        ArrayNode columns = dna.putArray("columns");
        columns.addObject().put("name", "site").put("type", "VARCHAR").put("semanticType", "category").put("distinctCount", 4)
                .putArray("topValues");
        columns.addObject().put("name", "region").put("type", "VARCHAR").put("semanticType", "category")
                .put("distinctCount", 2).putArray("topValues");
        columns.addObject().put("name", "capacity_kw").put("type", "INTEGER").put("semanticType", "numeric")
                .put("distinctCount", 4).putArray("topValues");
        columns.addObject().put("name", "energy_kwh").put("type", "DOUBLE").put("semanticType", "numeric")
                .put("distinctCount", 12).putArray("topValues");
        columns.addObject().put("name", "day").put("type", "DATE").put("semanticType", "datetime").put("distinctCount", 3)
                .put("min", "2025-01-01").put("max", "2025-01-03").putArray("topValues");
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-2", "solar.csv", "solar",
                12, dna.toString(), Instant.EPOCH);

        Catalog catalog = new DistinctValues(new DuckClient(duck), TestCatalogs.JSON)
                .complete(Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer()));

        assertEquals(List.of("site"), catalog.columns().get(2).constantPer());
        assertEquals(List.of("site"), catalog.columns().get(2).snapshotsOf()); // a site and a day name each row once
        assertEquals(List.of(), catalog.columns().get(3).constantPer());
    }

    @Test
    void aLevelOfAFewThingsIsFoundAmongManyLabelsOfMoreThings() throws SQLException {
        try (Statement s = duck.createStatement()) {
            // screenings at three venues, with seven labels of many more things (films, directors…) beside them
            StringBuilder labels = new StringBuilder();
            for (int k = 0; k < 7; k++) {
                labels.append("'L").append(k).append("-' || (i % ").append(20 + k).append(") AS label").append(k).append(", ");
            }
            s.execute("CREATE TABLE screenings AS SELECT " + labels + "'V' || (i % 3) AS venue, 100 * (i % 3) + 90 AS seats,"
                    + " DATE '2025-01-01' + CAST(i // 6 AS INTEGER) AS day FROM range(120) t(i)");
        }
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        ArrayNode columns = dna.putArray("columns");
        for (int k = 0; k < 7; k++) {
            columns.addObject().put("name", "label" + k).put("type", "VARCHAR").put("semanticType", "category")
                    .put("distinctCount", 20 + k).putArray("topValues");
        }
        columns.addObject().put("name", "venue").put("type", "VARCHAR").put("semanticType", "category")
                .put("distinctCount", 3).putArray("topValues");
        columns.addObject().put("name", "seats").put("type", "INTEGER").put("semanticType", "numeric")
                .put("distinctCount", 3).putArray("topValues");
        columns.addObject().put("name", "day").put("type", "DATE").put("semanticType", "datetime").put("distinctCount", 20)
                .put("min", "2025-01-01").put("max", "2025-01-20").putArray("topValues");
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-3", "screenings.csv",
                "screenings", 120, dna.toString(), Instant.EPOCH);

        Catalog catalog = new DistinctValues(new DuckClient(duck), TestCatalogs.JSON)
                .complete(Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer()));

        DataColumn seats = catalog.column("seats").orElseThrow();
        assertEquals(true, seats.constantPer().contains("venue"), seats.constantPer().toString());
    }

    @Test
    void theValuesOfAListAreWhatItsListsHold() throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE prs AS SELECT * FROM (VALUES (['bug', 'docs']), (['bug']), ([]::VARCHAR[])) t(labels)");
        }
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        dna.putArray("columns").addObject().put("name", "labels").put("type", "VARCHAR[]").put("semanticType", "text")
                .put("distinctCount", 3).putArray("topValues");
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-3", "prs.json", "prs",
                3, dna.toString(), Instant.EPOCH);

        List<String> values = new DistinctValues(new DuckClient(duck), TestCatalogs.JSON)
                .complete(Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer())).columns().get(0).values();

        assertEquals(List.of("bug", "docs"), values);
    }

    @Test
    void aLookUpThatFailedIsTriedAgainOnTheNextQuestion() throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE people AS SELECT 'name ' || lpad(CAST(i AS VARCHAR), 4, '0') AS name"
                    + " FROM range(3000) t(i)");
        }
        DuckClient busy = new DuckClient(duck);
        DistinctValues lookUp = new DistinctValues(busy, TestCatalogs.JSON);

        busy.failNext = true; // sql-tool busy or restarting when the first question came
        assertEquals(2, lookUp.complete(people()).columns().get(0).values().size());
        assertEquals(3000, lookUp.complete(people()).columns().get(0).values().size());
    }

    /** A dataset held by sql-tool (it has a tool id) whose DNA kept only its two most frequent names. */
    private static Catalog people() {
        ObjectNode dna = TestCatalogs.JSON.createObjectNode();
        ObjectNode name = dna.putArray("columns").addObject().put("name", "name").put("type", "VARCHAR")
                .put("semanticType", "category").put("distinctCount", 3000);
        ArrayNode top = name.putArray("topValues");
        top.addObject().put("value", "name 2999").put("count", 2);
        top.addObject().put("value", "name 0000").put("count", 1);
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "tool-1", "people.csv", "people",
                3001, dna.toString(), Instant.EPOCH);
        return Catalog.of(record, TestCatalogs.JSON, TestCatalogs.tokenizer());
    }

    /** The driver itself, not DriverManager: under Quarkus's test class loaders DriverManager may not see it. */
    private static Connection open() {
        try {
            return new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** sql-tool's query endpoint over an in-memory DuckDB: the SQL as sent, the rows as arrays. */
    private static final class DuckClient extends SqlToolClient {

        private final Connection duck;
        boolean failNext;

        DuckClient(Connection duck) {
            super(null, null);
            this.duck = duck;
        }

        @Override
        public JsonNode query(JsonNode request) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("sql-tool did not answer in time");
            }
            ObjectNode result = TestCatalogs.JSON.createObjectNode();
            ArrayNode rows = result.putArray("rows");
            try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(request.path("sql").asText())) {
                while (rs.next()) {
                    ArrayNode row = rows.addArray();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return result;
        }
    }
}
