package io.insightx.sqltool.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading rows stops at the row cap, the byte cap or the deadline, whichever comes first. */
class ResultReaderTest {

    @Test
    void theDeadlineHoldsWhileRowsAreRead() throws SQLException {
        long startedLongAgo = System.nanoTime() - 5_000_000_000L;
        try (Connection c = InMemoryDuckDb.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM range(10)")) {
            assertThatThrownBy(() -> new ResultReader(100, 1 << 20, startedLongAgo, 1000).read(rs, startedLongAgo))
                    .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.code()).isEqualTo("sql-timeout"));
        }
    }

    @Test
    void bytesCapTheRowsAndSaySo() throws SQLException {
        long now = System.nanoTime();
        try (Connection c = InMemoryDuckDb.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT repeat('x', 1000) AS s FROM range(100)")) {
            QueryResult result = new ResultReader(100, 10_000, now, 60_000).read(rs, now);
            assertThat(result.rowCount()).isEqualTo(9);
            assertThat(result.truncated()).isTrue();
            assertThat(result.truncatedReason()).isEqualTo(ResultReader.MAX_RESULT_BYTES);
            assertThat(result.limit()).isEqualTo(10_000L);
        }
    }

    @Test
    void sizesAreThoseOfTheJson() {
        assertThat(ResultReader.jsonSize(null)).isEqualTo(4);
        assertThat(ResultReader.jsonSize("abc")).isEqualTo(5);
        assertThat(ResultReader.jsonSize(List.of(1, "a"))).isEqualTo(2 + 1 + 1 + 3 + 1);
        assertThat(ResultReader.jsonSize(Map.of("k", 12))).isEqualTo(2 + 1 + 4 + 2);
    }
}
