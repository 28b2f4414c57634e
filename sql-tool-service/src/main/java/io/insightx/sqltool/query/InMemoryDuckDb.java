package io.insightx.sqltool.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/**
 * Opens a new, empty in-memory DuckDB database. The driver is called directly rather than through
 * {@code DriverManager}, whose class-loader checks fail under test and native-image class loading.
 */
public final class InMemoryDuckDb {

    private static final DuckDBDriver DRIVER = new DuckDBDriver();

    private InMemoryDuckDb() {
    }

    public static Connection open() throws SQLException {
        return DRIVER.connect("jdbc:duckdb:", new Properties());
    }
}
