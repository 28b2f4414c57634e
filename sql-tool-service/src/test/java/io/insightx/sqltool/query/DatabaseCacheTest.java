package io.insightx.sqltool.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More dataset sets queried at once than databases kept open: each query still gets a working database. */
@QuarkusTest
@TestProfile(DatabaseCacheTest.OneOpenDatabase.class)
class DatabaseCacheTest {

    public static class OneOpenDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("insightx.query.open-databases", "1");
        }
    }

    @Inject
    DatabaseCache databases;

    @TempDir
    Path dir;

    @Test
    void aDatabaseOpenedBeyondCapacityWhileOthersAreInUseIsNotClosedBeforeItsQuery() throws Exception {
        Path a = parquet("a", 1);
        Path b = parquet("b", 2);
        try (DatabaseCache.Lease first = databases.lease(Map.of("a", a));
                DatabaseCache.Lease second = databases.lease(Map.of("b", b));
                Statement s = second.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT x FROM b")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        try (DatabaseCache.Lease again = databases.lease(Map.of("a", a));
                Statement s = again.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT x FROM a")) {
            assertThat(rs.next()).isTrue();
        }
    }

    private Path parquet(String name, int x) throws Exception {
        Path file = dir.resolve(name + ".parquet");
        try (Connection c = InMemoryDuckDb.open(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT " + x + " AS x) TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }
}
