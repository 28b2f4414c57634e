package io.insightx.sqltool.dataset;

import static io.insightx.sqltool.support.TestDatasets.api;
import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.post;
import static io.insightx.sqltool.support.TestDatasets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** CSV uploads are read in the encoding they were written in, and the DNA says which, and what was renamed. */
@QuarkusTest
class EncodingTest {

    @Test
    void latin1IsDetectedConvertedAndReadBackIntact() {
        JsonPath ds = upload("latin1.csv", newScope());
        assertThat(ds.getString("dna.encoding")).isEqualTo("ISO-8859-1");
        assertThat(ds.getList("dna.warnings.code")).contains("not-utf8");
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(ds.getString("id")), "sql", "SELECT name, city, note FROM latin1"))
                .post("/v1/query").then().statusCode(200)
                .body("rows", equalTo(List.of(List.of("José", "Málaga", "año"), List.of("Nuño", "Señora", "über"),
                        List.of("Müller", "Zürich", "crème"))));
    }

    @Test
    void utf8IsSaidAndNotWarnedAbout() {
        JsonPath ds = new JsonPath(post("accents.csv", "name\nJosé\nNuño\n".getBytes(StandardCharsets.UTF_8), newScope())
                .statusCode(201).extract().asString());
        assertThat(ds.getString("dna.encoding")).isEqualTo("UTF-8");
        assertThat(ds.getList("dna.warnings.code")).doesNotContain("not-utf8");
        assertThat(ds.getList("dna.sampleRows.name")).containsExactly("José", "Nuño");
    }

    @Test
    void aRaggedFileReadAsOneColumnIsWarnedAbout() {
        JsonPath ds = new JsonPath(post("ragged.csv", "id,name,amount\n1,alpha,10\n2,beta\n3,\"gamma,30\n4,delta,40,extra\n5,eps,50\n"
                .getBytes(StandardCharsets.UTF_8), newScope()).statusCode(201).extract().asString());
        assertThat(ds.getList("dna.columns.name")).hasSize(1);
        assertThat(ds.getList("dna.warnings.code")).contains("one-column");
    }

    @Test
    void linesRepeatingTheHeaderAreLeftOutSoTheColumnsKeepTheirTypes() {
        JsonPath ds = new JsonPath(post("pages.csv", ("order_no,price,framer\r\n1,10.5,Dave\r\n2,20,Gwen\r\n"
                + "order_no,price,framer\r\n3,30,Rosa\r\norder_no,price,framer\r\n").getBytes(StandardCharsets.UTF_8),
                newScope()).statusCode(201).extract().asString());
        assertThat(ds.getInt("rowCount")).isEqualTo(3);
        assertThat(ds.getString("dna.warnings.find { it.code == 'repeated-header' }.message")).startsWith("2 lines");
        api().contentType("application/json").body(Map.of("datasetIds", List.of(ds.getString("id")), "sql",
                "SELECT sum(price) AS total FROM pages")).post("/v1/query").then().statusCode(200)
                .body("rows", equalTo(List.of(List.of(60.5f))));
    }

    @Test
    void aLineFarLongerThanTheHeaderIsKeptWhole() {
        String note = "x".repeat(900_000);
        JsonPath ds = new JsonPath(post("long.csv", ("id,note\n1," + note + "\nid,note\n2,short")
                .getBytes(StandardCharsets.UTF_8), newScope()).statusCode(201).extract().asString());
        assertThat(ds.getInt("rowCount")).isEqualTo(2);
        api().contentType("application/json").body(Map.of("datasetIds", List.of(ds.getString("id")), "sql",
                "SELECT id, length(note) AS n FROM long ORDER BY id")).post("/v1/query").then().statusCode(200)
                .body("rows", equalTo(List.of(List.of(1, 900_000), List.of(2, 5))));
    }

    @Test
    void aHeaderWrittenInsideAQuotedFieldIsData() {
        JsonPath ds = new JsonPath(post("notes.csv", "id,note\n1,\"first line\nid,note\"\n2,plain\n"
                .getBytes(StandardCharsets.UTF_8), newScope()).statusCode(201).extract().asString());
        assertThat(ds.getInt("rowCount")).isEqualTo(2);
        assertThat(ds.getList("dna.warnings.code")).doesNotContain("repeated-header");
    }

    @Test
    void duplicateAndBlankHeadersAreRenamedAndEachRenamingIsAWarning() {
        JsonPath ds = new JsonPath(post("headers.csv", "id,name,name,,score\n1,a,b,c,2\n3,d,e,f,4\n"
                .getBytes(StandardCharsets.UTF_8), newScope()).statusCode(201).extract().asString());
        List<String> columns = ds.getList("dna.columns.name");
        assertThat(columns).hasSize(5).startsWith("id", "name").endsWith("score");
        assertThat(ds.getList("dna.warnings.findAll { it.code == 'renamed-column' }.column"))
                .containsExactly(columns.get(2), columns.get(3));
        assertThat(ds.getString("dna.warnings.find { it.column == '" + columns.get(2) + "' }.message"))
                .contains("'name' appears more than once");
        assertThat(ds.getString("dna.warnings.find { it.column == '" + columns.get(3) + "' }.message"))
                .contains("Column 4 has no header");
    }
}
