package io.insightx.sqltool.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datasets of 20 users, asked about in turn, each keep their database: only the first query opens one. */
@QuarkusTest
class DatabaseReuseTest {

    private static final int USERS = 20;

    @Inject
    DatabaseCache databases;

    @Inject
    MeterRegistry metrics;

    @TempDir
    Path dir;

    @Test
    void twentyDatasetSetsQueriedInTurnAreEachOpenedOnce() throws Exception {
        List<Map<String, Path>> sets = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            sets.add(Map.of("t", parquet("user" + user, user)));
        }
        double before = opened();
        for (int round = 0; round < 3; round++) {
            for (int user = 0; user < USERS; user++) {
                try (DatabaseCache.Lease db = databases.lease(sets.get(user));
                        Statement s = db.connection().createStatement();
                        ResultSet rs = s.executeQuery("SELECT x FROM t")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(user);
                }
            }
        }
        assertThat(opened() - before).isEqualTo(USERS);
    }

    private double opened() {
        return metrics.counter("insightx.sql.databases.opened").count();
    }

    private Path parquet(String name, int x) throws Exception {
        Path file = dir.resolve(name + ".parquet");
        try (Connection c = InMemoryDuckDb.open(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT " + x + " AS x) TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }
}
