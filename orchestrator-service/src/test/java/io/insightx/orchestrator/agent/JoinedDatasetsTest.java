package io.insightx.orchestrator.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.Chats;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Questions over a session of two datasets through the whole pipeline (the offline analyst, the real sql-tool):
 * one that needs both is answered from their join on the key they share, one that fits a table stays with it, and
 * words of another table that shares no key are said, not silently dropped. Expected figures are summed by hand.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class JoinedDatasetsTest {

    /** Customer 5 has no customer row: a LEFT JOIN keeps its order, with no region. */
    private static final String ORDERS = """
            order_id,customer_id,amount
            1,1,100
            2,1,50
            3,2,200
            4,3,25
            5,3,75
            6,4,10
            7,2,40
            8,5,60
            """;
    private static final String CUSTOMERS = """
            customer_id,region,name
            1,North,Ann
            2,South,Bob
            3,North,Cid
            4,West,Dee
            """;
    private static final String OFFICES = """
            office,region,manager
            Oslo,North,Ann
            Rome,South,Bob
            Lima,West,Dee
            """;

    @Test
    void aQuestionNeedingBothTablesIsAnsweredFromTheirJoin() {
        String session = sessionWith("orders.csv", ORDERS, "customers.csv", CUSTOMERS);
        SseEvents stream = ask(session, "total amount by region");
        // North: orders 1, 2, 4, 5 = 100 + 50 + 25 + 75; South: orders 3, 7 = 200 + 40; West: order 6.
        assertThat(rows(stream)).containsExactly(List.of("North", 250), List.of("South", 240), List.of("West", 10));
        JsonPath fin = stream.first("final").data();
        assertThat(fin.getString("content")).contains("Joined orders.csv and customers.csv on customer_id.");
        assertThat(fin.getString("interpretation")).contains("orders.csv").contains("customers.csv");
        assertThat(fin.getString("understood")).isEqualTo("full");
    }

    @Test
    void aValueOfTheLookupTableFiltersTheJoin() {
        String session = sessionWith("orders.csv", ORDERS, "customers.csv", CUSTOMERS);
        SseEvents stream = ask(session, "total amount in the South");
        // South: orders 3 and 7 of customer 2.
        assertThat(((Number) rows(stream).get(0).get(0)).doubleValue()).isEqualTo(240.0);
        assertThat(stream.first("final").data().getString("content")).contains("Joined orders.csv and customers.csv");
    }

    @Test
    void aQuestionNamingADatasetByItsNameGoesToThatDataset() {
        String session = sessionWith("orders.csv", ORDERS, "customers.csv", CUSTOMERS);
        SseEvents stream = ask(session, "how many customers are there");
        assertThat(stream.first("final").data().getString("content")).doesNotContain("Several datasets")
                .contains("Answered from customers.csv.");
        assertThat(((Number) rows(stream).get(0).get(0)).intValue()).isEqualTo(4);
    }

    @Test
    void aQuestionOneTableAnswersStaysWithThatTable() {
        String session = sessionWith("orders.csv", ORDERS, "customers.csv", CUSTOMERS);
        SseEvents stream = ask(session, "total amount");
        assertThat(((Number) rows(stream).get(0).get(0)).doubleValue()).isEqualTo(560.0);
        String content = stream.first("final").data().getString("content");
        assertThat(content).contains("Answered from orders.csv.").doesNotContain("Joined");
        assertThat(sql(stream)).doesNotContainIgnoringCase("join");
    }

    @Test
    void wordsOfATableSharingNoKeyAreSaid() {
        String session = sessionWith("orders.csv", ORDERS, "offices.csv", OFFICES);
        SseEvents stream = ask(session, "total amount by region");
        JsonPath fin = stream.first("final").data();
        assertThat(fin.getString("understood")).isNotEqualTo("full");
        assertThat(fin.getList("ignored", String.class)).contains("region");
        assertThat(fin.getString("content")).contains("orders.csv").contains("offices.csv").contains("“region”")
                .contains("no key");
    }

    private static SseEvents ask(String session, String question) {
        return Chats.ask(session, question);
    }

    private static JsonPath lastSql(SseEvents stream) {
        JsonPath found = null;
        for (SseEvents.Event e : stream.named("tool_result")) {
            if ("run_sql".equals(e.data().getString("tool")) && e.data().getBoolean("ok")) {
                found = e.data();
            }
        }
        assertThat(found).as("a successful query in %s", stream.names()).isNotNull();
        return found;
    }

    private static List<List<Object>> rows(SseEvents stream) {
        return lastSql(stream).getList("output.rows");
    }

    private static String sql(SseEvents stream) {
        return stream.named("tool_call").stream().filter(e -> "run_sql".equals(e.data().getString("tool")))
                .map(e -> e.data().getString("input.sql")).reduce("", String::concat);
    }

    private static String sessionWith(String name, String csv, String otherName, String otherCsv) {
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        for (String[] file : List.of(new String[] {name, csv}, new String[] {otherName, otherCsv})) {
            given().multiPart("file", file[0], file[1].getBytes(StandardCharsets.UTF_8))
                    .post("/api/sessions/" + session + "/datasets").then().statusCode(201);
        }
        return session;
    }
}
