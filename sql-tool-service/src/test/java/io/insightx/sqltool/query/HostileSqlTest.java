package io.insightx.sqltool.query;

import static io.insightx.sqltool.support.TestDatasets.api;
import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * SQL written by an attacker (or a confused model): each statement must fail with a clean 400 or 403, touch no
 * file, and leave every dataset as it was. {@code {OWN}} is the queried dataset's file, {@code {OTHER}} another
 * dataset's, {@code {DIR}} the storage directory.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSqlTest {

    static final String PWNED = "/tmp/insightx-pwned";

    @ConfigProperty(name = "insightx.storage.dir")
    String storageDir;

    String own;
    String other;

    static Stream<Arguments> statements() {
        return Stream.of(
                forbidden("SELECT * FROM read_csv('/etc/passwd')"),
                forbidden("SELECT * FROM read_csv_auto('/etc/passwd')"),
                forbidden("SELECT * FROM read_csv(['/etc/hostname', '/etc/passwd'])"),
                forbidden("SELECT * FROM read_text('/etc/hostname')"),
                forbidden("SELECT * FROM read_blob('/proc/self/environ')"),
                forbidden("SELECT * FROM read_json('/etc/passwd')"),
                forbidden("SELECT * FROM read_json_auto('/etc/passwd')"),
                forbidden("SELECT * FROM read_ndjson_objects('/etc/passwd')"),
                forbidden("SELECT * FROM sniff_csv('/etc/passwd')"),
                forbidden("SELECT * FROM glob('/*')"),
                forbidden("SELECT * FROM glob('{DIR}/*')"),
                forbidden("SELECT * FROM read_parquet('{OTHER}')"),
                forbidden("SELECT * FROM read_parquet('{DIR}/*.parquet')"),
                forbidden("SELECT * FROM parquet_metadata('{OTHER}')"),
                forbidden("SELECT * FROM read_parquet('{OWN}/../{OTHER_NAME}')"),
                forbidden("SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')"),
                error("SELECT * FROM '/etc/passwd'"),
                error("SELECT * FROM other_table"),
                forbidden("COPY (SELECT 1) TO '" + PWNED + ".csv'"),
                forbidden("COPY seattle_weather TO '{OWN}' (FORMAT parquet)"),
                forbidden("EXPORT DATABASE '" + PWNED + "'"),
                forbidden("ATTACH '" + PWNED + ".db' AS pwned"),
                forbidden("ATTACH ':memory:' AS scratch"),
                forbidden("DETACH memory"),
                forbidden("INSTALL httpfs"),
                forbidden("LOAD httpfs"),
                forbidden("SET enable_external_access = true"),
                forbidden("SET lock_configuration = false"),
                forbidden("RESET allowed_paths"),
                forbidden("SET threads = 64"),
                forbidden("PRAGMA memory_limit = '100GB'"),
                forbidden("PRAGMA database_list"),
                forbidden("CALL pragma_version()"),
                forbidden("CREATE TABLE t AS SELECT 1"),
                forbidden("CREATE OR REPLACE VIEW seattle_weather AS SELECT 1"),
                forbidden("CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')"),
                forbidden("INSERT INTO seattle_weather SELECT * FROM seattle_weather"),
                forbidden("UPDATE seattle_weather SET weather = 'x'"),
                forbidden("DELETE FROM seattle_weather"),
                forbidden("DROP VIEW seattle_weather"),
                forbidden("CHECKPOINT"),
                forbidden("BEGIN TRANSACTION"),
                forbidden("SET VARIABLE x = 1"),
                forbidden("EXPLAIN ANALYZE SELECT 1"),
                forbidden("SELECT 1; DROP VIEW seattle_weather"),
                forbidden("SELECT 1 /* ; */; COPY (SELECT 1) TO '" + PWNED + ".csv'"),
                forbidden("SELECT 1 -- harmless?\n; COPY (SELECT 1) TO '" + PWNED + ".csv'"),
                forbidden("WITH x AS (SELECT 1) SELECT * FROM x; ATTACH '" + PWNED + ".db'"),
                error("SELECT * FROM query('COPY (SELECT 1) TO ''" + PWNED + ".csv''')"));
    }

    static Arguments forbidden(String sql) {
        return Arguments.of(sql, 403, "sql-forbidden");
    }

    static Arguments error(String sql) {
        return Arguments.of(sql, 400, "sql-error");
    }

    // Once per class (RestAssured knows the port only once the first test runs); no statement here changes them.
    @BeforeEach
    void datasets() {
        if (own != null) {
            return;
        }
        own = upload("seattle-weather.csv", newScope()).getString("id");
        other = upload("stocks.csv", newScope()).getString("id");
    }

    @ParameterizedTest
    @MethodSource("statements")
    void isRefusedCleanly(String template, int status, String code) throws IOException {
        String ownFile = dataFile(own);
        String before = digest(ownFile);
        String sql = template.replace("{OWN}", ownFile).replace("{OTHER_NAME}", other + ".parquet")
                .replace("{OTHER}", dataFile(other)).replace("{DIR}", Path.of(storageDir).toAbsolutePath().toString());

        api().contentType("application/json").body(Map.of("datasetIds", List.of(own), "sql", sql))
                .post("/v1/query").then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body(not(containsString("root:")));

        assertThat(Path.of(PWNED + ".csv")).doesNotExist();
        assertThat(Path.of(PWNED + ".db")).doesNotExist();
        assertThat(Path.of(PWNED)).doesNotExist();
        assertThat(digest(ownFile)).isEqualTo(before);
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(own), "sql", "SELECT count(*) FROM seattle_weather"))
                .post("/v1/query").then().statusCode(200).body("rows[0][0]", equalTo(1461));
    }

    @Test
    void anotherDatasetIsInvisibleUnlessRequested() {
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(own), "sql", "SELECT * FROM stocks"))
                .post("/v1/query").then().statusCode(400).body("detail", containsString("stocks"));
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(own, other), "sql", "SELECT count(*) FROM stocks"))
                .post("/v1/query").then().statusCode(200).body("rows[0][0]", equalTo(560));
    }

    private String dataFile(String id) {
        return Path.of(storageDir).toAbsolutePath().resolve(id + ".parquet").toString();
    }

    private static String digest(String file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
