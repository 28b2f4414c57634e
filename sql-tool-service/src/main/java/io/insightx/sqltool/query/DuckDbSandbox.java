package io.insightx.sqltool.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.insightx.sqltool.config.SqlToolConfig;
import io.insightx.sqltool.work.WorkRoot;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens databases for untrusted SQL. Containment comes from DuckDB's own settings, not from a list of words:
 * only the requested dataset files are readable, external access and extension loading are off, memory, threads
 * and spill space are bounded, then the configuration is locked and read back. A database whose settings do not
 * read back as set is never used.
 */
@ApplicationScoped
public class DuckDbSandbox {

    private final SqlToolConfig.Query limits;
    private final WorkRoot workRoot;
    private final String memoryLimitReadBack;
    private final String maxTempSizeReadBack;

    public DuckDbSandbox(SqlToolConfig config, WorkRoot workRoot) throws SQLException {
        this.limits = config.query();
        this.workRoot = workRoot;
        // DuckDB shows sizes in its own units ("1.8 GiB"): learn how it shows ours, to compare on every open.
        try (Connection probe = InMemoryDuckDb.open(); Statement s = probe.createStatement()) {
            s.execute("SET memory_limit = " + SqlText.literal(limits.memoryLimit()));
            s.execute("SET max_temp_directory_size = " + SqlText.literal(limits.maxTempSize()));
            Map<String, String> values = read(s, Set.of("memory_limit", "max_temp_directory_size"));
            this.memoryLimitReadBack = values.get("memory_limit");
            this.maxTempSizeReadBack = values.get("max_temp_directory_size");
        }
    }

    /** A database where each given dataset file is visible as a view named by its table name, and nothing else. */
    public SandboxedDatabase open(Map<String, Path> tables) throws SQLException {
        Path workDir = workRoot.newDirectory("q");
        Connection connection = InMemoryDuckDb.open();
        SandboxedDatabase db = new SandboxedDatabase(connection, workDir);
        try (Statement s = connection.createStatement()) {
            String files = tables.values().stream().map(p -> SqlText.literal(p.toString()))
                    .collect(Collectors.joining(", ", "[", "]"));
            s.execute("SET allowed_paths = " + files);
            // The spill directory has to be named while file system settings may still change.
            s.execute("SET temp_directory = " + SqlText.literal(workDir.toString()));
            s.execute("SET max_temp_directory_size = " + SqlText.literal(limits.maxTempSize()));
            s.execute("SET enable_external_access = false");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET memory_limit = " + SqlText.literal(limits.memoryLimit()));
            s.execute("SET threads = " + limits.threads());
            for (Map.Entry<String, Path> table : tables.entrySet()) {
                s.execute("CREATE VIEW " + SqlText.identifier(table.getKey()) + " AS SELECT * FROM read_parquet("
                        + SqlText.literal(table.getValue().toString()) + ")");
            }
            s.execute("SET lock_configuration = true");
            verify(s, tables, workDir);
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void verify(Statement s, Map<String, Path> tables, Path workDir) throws SQLException {
        Map<String, String> expected = new HashMap<>();
        expected.put("enable_external_access", "false");
        expected.put("autoinstall_known_extensions", "false");
        expected.put("autoload_known_extensions", "false");
        expected.put("lock_configuration", "true");
        expected.put("threads", Integer.toString(limits.threads()));
        expected.put("memory_limit", memoryLimitReadBack);
        expected.put("max_temp_directory_size", maxTempSizeReadBack);
        expected.put("temp_directory", workDir.toString());
        Map<String, String> actual = read(s, expected.keySet());
        Set<String> paths = tables.values().stream().map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> lists = read(s, Set.of("allowed_paths", "allowed_directories"));
        boolean ok = expected.equals(actual)
                && paths.equals(pathList(lists.get("allowed_paths")))
                && Set.of(workDir.toString()).equals(pathList(lists.get("allowed_directories")));
        if (!ok) {
            throw new IllegalStateException("DuckDB sandbox settings did not read back as set; refusing to run");
        }
    }

    private static Map<String, String> read(Statement s, Set<String> names) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT name, value FROM duckdb_settings()")) {
            while (rs.next()) {
                if (names.contains(rs.getString(1))) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return values;
    }

    // DuckDB prints path lists as "[/a/b.parquet/, /c/]": compare them without the brackets and trailing slashes.
    private static Set<String> pathList(String shown) {
        String inner = shown == null ? "" : shown.replaceAll("^\\[|]$", "").trim();
        if (inner.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(inner.split(", ")).map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
