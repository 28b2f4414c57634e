package io.insightx.sqltool.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** DuckDB, not Java, cuts rows at the byte cap: the driver would otherwise turn 2,048 rows into objects at once. */
class ByteCapTest {

    @Test
    void megabyteRowsStopInDuckDbJustPastTheCap() throws SQLException {
        List<Object[]> rows = run(ByteCap.wrap("SELECT repeat('x', 1000000) AS s FROM range(200);", 3_000_000));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)[1]).isEqualTo(true);
        assertThat(rows.get(0)[1]).isEqualTo(false);
    }

    @Test
    void orderParametersAndCommentsSurviveTheWrapping() throws SQLException {
        List<Object[]> rows = run(ByteCap.wrap("SELECT i FROM range(100000) t(i) WHERE i >= ? ORDER BY i DESC -- last",
                1_000_000_000), 99_997L);
        assertThat(rows).extracting(r -> r[0]).containsExactly(99_999L, 99_998L, 99_997L);
        assertThat(rows).extracting(r -> r[1]).containsOnly(false);
    }

    private static List<Object[]> run(String sql, Object... params) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = InMemoryDuckDb.open(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.getMetaData().getColumnLabel(2)).isEqualTo(ByteCap.CUT_COLUMN);
                while (rs.next()) {
                    rows.add(new Object[] {rs.getObject(1), rs.getObject(2)});
                }
            }
        }
        return rows;
    }
}
