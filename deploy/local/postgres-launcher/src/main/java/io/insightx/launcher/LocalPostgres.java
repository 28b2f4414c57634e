package io.insightx.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs PostgreSQL 14 from the binaries zonky ships on Maven Central, keeping its data between runs, until this
 * process is stopped. Prints {@code READY <jdbc-url>} once the {@code insightx} database accepts connections.
 *
 * <pre>java -cp 'target/*:target/lib/*' io.insightx.launcher.LocalPostgres DATA_DIR PORT</pre>
 */
public final class LocalPostgres {

    static final String DATABASE = "insightx";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres DATA_DIR PORT");
            System.exit(2);
        }
        Path data = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        createDatabase(postgres);
        System.out.println("READY jdbc:postgresql://localhost:" + port + "/" + DATABASE);
        System.out.flush();
        Thread.currentThread().join();
    }

    static void createDatabase(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }
}
