package io.insightx.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL that up.sh starts: ready when it says so, and its data survives a restart. */
class LocalPostgresTest {

    @TempDir
    Path data;

    @Test
    void keepsItsDataBetweenRuns() throws Exception {
        int port = freePort();
        String url = startAndRun(port, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
        assertThat(url).isEqualTo("jdbc:postgresql://localhost:" + port + "/insightx");
        assertThat(startAndQuery(port, "SELECT n FROM kept")).isEqualTo(42);
    }

    private String startAndRun(int port, String sql) throws Exception {
        Process process = start(port);
        try {
            String url = awaitReady(process);
            if (sql != null) {
                try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                    c.createStatement().execute(sql);
                }
            }
            return url;
        } finally {
            stop(process);
        }
    }

    private int startAndQuery(int port, String sql) throws Exception {
        Process process = start(port);
        try (Connection c = DriverManager.getConnection(awaitReady(process), "postgres", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } finally {
            stop(process);
        }
    }

    private Process start(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LocalPostgres.class.getName(), data.toString(), Integer.toString(port))).redirectErrorStream(true).start();
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line.substring("READY ".length());
            }
        }
        throw new IllegalStateException("PostgreSQL ended without saying READY");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
