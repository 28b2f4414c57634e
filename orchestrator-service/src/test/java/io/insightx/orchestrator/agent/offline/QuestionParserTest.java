package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.persistence.DatasetRecord;
import org.junit.jupiter.api.Test;

/**
 * Phrasings and a dataset the question suite never saw: a sales table whose columns, values and names the parser
 * must match from its profile alone.
 */
class QuestionParserTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Schema SALES = schema();

    @Test
    void totalsByACategory() {
        assertThat(sql("What's the total revenue per region?")).isEqualTo("SELECT \"region\" AS \"region\", "
                + "round(sum(\"revenue\"), 2) AS \"total_revenue\" FROM \"sales\" WHERE \"region\" IS NOT NULL "
                + "GROUP BY \"region\" ORDER BY \"region\"");
    }

    @Test
    void countsWithAValueFilter() {
        assertThat(sql("How many orders were placed in the West region?"))
                .isEqualTo("SELECT count(*) AS \"rows\" FROM \"sales\" WHERE \"region\" = 'West'");
        assertThat(sql("number of furniture orders")).contains("WHERE \"product_category\" = 'Furniture'");
    }

    @Test
    void rankingsPickTheirAggregate() {
        assertThat(sql("Which product category sells the most units?")).contains("sum(\"units\")")
                .contains("GROUP BY \"product_category\"").endsWith("ORDER BY \"total_units\" DESC, \"product_category\" LIMIT 1");
        assertThat(sql("which region has the lowest average unit price")).contains("avg(\"unit_price\")")
                .endsWith("ASC, \"region\" LIMIT 1");
        assertThat(sql("top 3 regions by revenue")).endsWith("LIMIT 3");
    }

    @Test
    void timeGrainsAndYears() {
        assertThat(sql("revenue by quarter")).contains("quarter(\"order_date\")");
        assertThat(sql("units sold per month in 2023")).contains("strftime(\"order_date\", '%Y-%m')")
                .contains("year(\"order_date\") = 2023");
        assertThat(sql("average unit price by day of week")).contains("dayname(\"order_date\")");
        assertThat(new QuestionParser(SALES).parse("revenue over time").kind()).isEqualTo(Plan.Kind.TREND);
    }

    @Test
    void numbersInTheQuestionBecomeFilters() {
        assertThat(sql("how many orders with units above 10")).endsWith("WHERE \"units\" > 10");
        assertThat(sql("average revenue for orders under 5 units")).contains("\"units\" < 5");
    }

    @Test
    void chartsAndStatistics() {
        assertThat(new QuestionParser(SALES).parse("plot the distribution of unit price").kind()).isEqualTo(Plan.Kind.HISTOGRAM);
        assertThat(new QuestionParser(SALES).parse("is revenue correlated with units?").kind()).isEqualTo(Plan.Kind.CORRELATION);
        assertThat(new QuestionParser(SALES).parse("bar chart of revenue by region").kind()).isEqualTo(Plan.Kind.BAR);
        assertThat(new QuestionParser(SALES).parse("describe unit price").kind()).isEqualTo(Plan.Kind.DESCRIBE);
    }

    @Test
    void questionsAboutTheDataAndQuestionsItCannotAnswer() {
        assertThat(new QuestionParser(SALES).parse("which columns does it have?").kind()).isEqualTo(Plan.Kind.EXPLAIN);
        assertThat(new QuestionParser(SALES).parse("tell me a joke").kind()).isEqualTo(Plan.Kind.UNKNOWN);
        assertThat(DatasetExplainer.suggestions(SALES)).contains("average units by region");
    }

    @Test
    void wordsOfAColumnNameAreNotInstructions() {
        // "max" in max_discount names the column; it does not ask for a maximum.
        assertThat(sql("trend of max_discount over time")).contains("avg(\"max_discount\")").doesNotContain("max(");
        assertThat(sql("maximum max_discount by region")).contains("max(\"max_discount\")");
    }

    @Test
    void superlativesNameTheirColumn() {
        assertThat(sql("which region is the noisiest")).contains("avg(\"noise\")").contains("GROUP BY \"region\"")
                .endsWith("DESC, \"region\" LIMIT 1");
        assertThat(sql("what was the hottest day")).contains("\"warehouse_temp\"").endsWith("DESC LIMIT 1");
    }

    @Test
    void aValueThatIsNotInTheDataIsNotInvented() {
        assertThat(sql("how many orders in the Central region?")).isEqualTo("SELECT count(*) AS \"rows\" FROM \"sales\"");
    }

    private static String sql(String question) {
        return SqlWriter.write(new QuestionParser(SALES).parse(question), SALES);
    }

    private static Schema schema() {
        List<Map<String, Object>> columns = List.of(
                column("order_id", "BIGINT", "identifier", List.of()),
                column("order_date", "DATE", "datetime", List.of()),
                column("region", "VARCHAR", "category", List.of("West", "East", "North", "South")),
                column("product_category", "VARCHAR", "category", List.of("Furniture", "Office Supplies", "Technology")),
                column("units", "BIGINT", "numeric", List.of()),
                column("unit_price", "DOUBLE", "numeric", List.of()),
                column("revenue", "DOUBLE", "numeric", List.of()),
                column("max_discount", "DOUBLE", "numeric", List.of()),
                column("noise", "DOUBLE", "numeric", List.of()),
                column("warehouse_temp", "DOUBLE", "numeric", List.of()));
        try {
            String dna = JSON.writeValueAsString(Map.of("columns", columns));
            return Schema.of(new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "t1", "sales.csv", "sales", 9994, dna,
                    Instant.now()), JSON);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> column(String name, String type, String semantic, List<String> values) {
        Map<String, Object> minMax = "DATE".equals(type) ? Map.of("min", "2021-01-03", "max", "2024-12-30") : Map.of();
        Map<String, Object> c = new java.util.HashMap<>(Map.of("name", name, "type", type, "semanticType", semantic,
                "nullCount", 0, "topValues", values.stream().map(v -> Map.of("value", v, "count", 10)).toList()));
        c.putAll(minMax);
        return c;
    }
}
