package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.sqltool.config.SqlToolConfig;
import io.insightx.sqltool.query.InMemoryDuckDb;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dataset directory: each dataset is {@code <id>.parquet} with {@code <id>.json} (its record and DNA) beside
 * it, so a restarted service, or another replica on the same volume, knows every dataset.
 */
@ApplicationScoped
public class DatasetStore {

    private final Path dir;
    private final ObjectMapper json;
    private final Map<String, Dataset> byId = new ConcurrentHashMap<>();
    private final Set<String> reservedTableNames = new HashSet<>();
    private final Set<String> sqlKeywords;

    public DatasetStore(SqlToolConfig config, ObjectMapper json) throws IOException, SQLException {
        this.dir = Files.createDirectories(Path.of(config.storage().dir()).toAbsolutePath().normalize());
        this.json = json;
        this.sqlKeywords = reservedKeywords();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(this::load);
        }
        Log.infof("Dataset store at %s holds %d datasets", dir, byId.size());
    }

    public Optional<Dataset> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Dataset require(String id) {
        return find(id).orElseThrow(() -> DatasetException.notFound(id));
    }

    public List<Dataset> list(String scope) {
        return byId.values().stream().filter(d -> scope == null || scope.equals(d.scope()))
                .sorted(Comparator.comparing(Dataset::createdAt)).toList();
    }

    public Path dataFile(String id) {
        return dir.resolve(id + ".parquet");
    }

    /** Picks a table name unique within the scope and holds it until {@link #save} or {@link #release}. */
    public synchronized String reserveTableName(String name, String scope) {
        Set<String> taken = byId.values().stream().filter(d -> Objects.equals(d.scope(), scope))
                .map(Dataset::tableName).collect(Collectors.toCollection(HashSet::new));
        reservedTableNames.stream().filter(r -> r.startsWith(scope + "\n")).map(r -> r.substring(scope.length() + 1))
                .forEach(taken::add);
        String tableName = TableNames.derive(name, sqlKeywords, taken);
        reservedTableNames.add(scope + "\n" + tableName);
        return tableName;
    }

    public synchronized void release(String tableName, String scope) {
        reservedTableNames.remove(scope + "\n" + tableName);
    }

    public void save(Dataset dataset) {
        Path target = dir.resolve(dataset.id() + ".json");
        try {
            Path tmp = Files.createTempFile(dir, dataset.id(), ".tmp");
            json.writeValue(tmp.toFile(), dataset);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byId.put(dataset.id(), dataset);
        release(dataset.tableName(), dataset.scope());
    }

    public void delete(String id) {
        Dataset dataset = require(id);
        byId.remove(id);
        try {
            Files.deleteIfExists(dir.resolve(id + ".json"));
            Files.deleteIfExists(dataFile(dataset.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(Path metadata) {
        try {
            Dataset dataset = json.readValue(metadata.toFile(), Dataset.class);
            if (Files.exists(dataFile(dataset.id()))) {
                byId.put(dataset.id(), dataset);
            }
        } catch (IOException e) {
            Log.warnf("Skipping unreadable dataset metadata %s: %s", metadata.getFileName(), e.getMessage());
        }
    }

    private static Set<String> reservedKeywords() throws SQLException {
        Set<String> words = new HashSet<>();
        try (Connection c = InMemoryDuckDb.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category <> 'unreserved'")) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }
}
