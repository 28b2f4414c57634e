package io.insightx.sqltool.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crashed instance leaves in the temporary directory is removed at the next start; nothing else is. */
class CrashLeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void aCrashedInstancesDirectoryGoesAndLiveOnesStay() throws Exception {
        Path parent = tmp.resolve("insightx-sql");
        WorkRoot live = new WorkRoot(parent);
        Files.writeString(live.newDirectory("q").resolve("spill.tmp"), "x");
        Path crashed = Files.createDirectories(parent.resolve("crashed"));
        Files.writeString(crashed.resolve("export-1.csv"), "x");
        Files.createFile(parent.resolve("crashed" + WorkRoot.LOCK_SUFFIX));
        Path foreign = Files.createDirectories(parent.resolve("not-ours"));

        WorkRoot next = new WorkRoot(parent);

        assertThat(crashed).doesNotExist();
        assertThat(parent.resolve("crashed" + WorkRoot.LOCK_SUFFIX)).doesNotExist();
        assertThat(live.dir()).isDirectory();
        assertThat(foreign).isDirectory();
        next.close();
        live.close();
        assertThat(live.dir()).doesNotExist();
    }

    @Test
    void duckDbLibraryCopiesMappedByNoProcessAreRemovedOnceOld() throws Exception {
        Path old = Files.writeString(tmp.resolve("libduckdb_java111.so"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(tmp.resolve("libduckdb_java222.so"), "x");
        Path inUse = Files.writeString(tmp.resolve("libduckdb_java333.so"), "x");
        Files.setLastModifiedTime(inUse, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path other = Files.writeString(tmp.resolve("unrelated.so"), "x");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path proc = tmp.resolve("proc");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/maps"), "");
        Files.createDirectories(proc.resolve("4242"));
        Files.writeString(proc.resolve("4242/maps"),
                "7f0000000000-7f0000001000 r-xp 00000000 08:01 123 " + inUse.toAbsolutePath() + "\n");

        assertThat(StaleNativeLibraries.removeStale(tmp, proc)).containsExactly(old);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(inUse).exists();
        assertThat(other).exists();
        // Where /proc cannot be read, nothing is removed.
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertThat(StaleNativeLibraries.removeStale(tmp, tmp.resolve("no-proc"))).isEmpty();
        assertThat(fresh).exists();
    }
}
