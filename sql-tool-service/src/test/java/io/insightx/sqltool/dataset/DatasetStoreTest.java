package io.insightx.sqltool.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.insightx.sqltool.config.SqlToolConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreTest {

    @TempDir
    Path dir;

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aRestartedStoreKnowsEveryDataset() throws Exception {
        DatasetStore first = store();
        Dataset saved = dataset("a", first.reserveTableName("Sales.csv", "s1"));
        Files.writeString(first.dataFile("a"), "parquet bytes");
        first.save(saved);

        DatasetStore second = store();
        assertThat(second.require("a")).isEqualTo(saved);
        assertThat(second.list("s1")).containsExactly(saved);
        assertThat(second.reserveTableName("sales.csv", "s1")).isEqualTo("sales_2");
    }

    @Test
    void metadataWithoutDataOrUnreadableIsSkipped() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{not json");
        json.writeValue(dir.resolve("orphan.json").toFile(), dataset("orphan", "orphan"));
        DatasetStore store = store();
        assertThat(store.list(null)).isEmpty();
        assertThatThrownBy(() -> store.require("orphan")).isInstanceOf(DatasetException.class);
    }

    @Test
    void reservedNamesAreHeldUntilReleased() throws Exception {
        DatasetStore store = store();
        assertThat(store.reserveTableName("x.csv", "s")).isEqualTo("x");
        assertThat(store.reserveTableName("x.csv", "s")).isEqualTo("x_2");
        store.release("x", "s");
        assertThat(store.reserveTableName("x.csv", "s")).isEqualTo("x");
    }

    @Test
    void deleteRemovesBothFiles() throws Exception {
        DatasetStore store = store();
        Files.writeString(store.dataFile("d"), "parquet bytes");
        store.save(dataset("d", "d"));
        store.delete("d");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private DatasetStore store() throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SqlToolConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("insightx.storage.dir", dir.toString()).build();
        return new DatasetStore(config.getConfigMapping(SqlToolConfig.class), json);
    }

    private static Dataset dataset(String id, String tableName) {
        DataDna dna = new DataDna(id, tableName, id, "csv", 1, 1, 10, List.of(), List.of(), List.of(),
                Instant.parse("2026-01-01T00:00:00Z"));
        return new Dataset(id, id, tableName, "csv", "s1", 1, 1, 10, dna.createdAt(), dna);
    }
}
