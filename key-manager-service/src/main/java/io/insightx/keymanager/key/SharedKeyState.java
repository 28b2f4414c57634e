package io.insightx.keymanager.key;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.postgresql.Driver;

import io.quarkus.logging.Log;

/**
 * Shares cooldowns and disables between replicas through one PostgreSQL table, so that no replica hammers a key
 * another saw rate-limited. Writes merge so that a cooldown only ever extends; each replica reads the changes of
 * the others every poll interval and adopts them. All database work runs on a thread of its own, never on the
 * event loop that serves requests.
 */
public final class SharedKeyState implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE SEQUENCE IF NOT EXISTS insightx_key_state_version;
            CREATE TABLE IF NOT EXISTS insightx_key_states (
                key_hash text PRIMARY KEY,
                state text NOT NULL,
                cooldown_until timestamptz,
                version bigint NOT NULL
            )""";
    private static final String MERGE = """
            INSERT INTO insightx_key_states AS s (key_hash, state, cooldown_until, version)
            VALUES (?, ?, ?, nextval('insightx_key_state_version'))
            ON CONFLICT (key_hash) DO UPDATE SET
                state = CASE WHEN s.state = 'disabled' THEN s.state ELSE EXCLUDED.state END,
                cooldown_until = GREATEST(s.cooldown_until, EXCLUDED.cooldown_until),
                version = EXCLUDED.version""";
    private static final String ENABLE = """
            INSERT INTO insightx_key_states AS s (key_hash, state, cooldown_until, version)
            VALUES (?, 'healthy', NULL, nextval('insightx_key_state_version'))
            ON CONFLICT (key_hash) DO UPDATE SET state = 'healthy', cooldown_until = NULL, version = EXCLUDED.version""";

    private static final Driver DRIVER = new Driver();

    private final String url;
    private final Properties credentials;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shared-key-state");
        t.setDaemon(true);
        return t;
    });
    private KeyPool pool;
    private Connection connection;
    private long seenVersion;

    public SharedKeyState(String url, String username, String password) {
        this.url = url;
        this.credentials = new Properties();
        if (username != null) {
            credentials.setProperty("user", username);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    /** Starts sharing this pool's changes and adopting the others'. */
    public void attach(KeyPool pool, Duration pollInterval) {
        this.pool = pool;
        pool.onChange(change -> worker.execute(() -> write(change)));
        worker.execute(this::createSchema);
        worker.scheduleWithFixedDelay(this::read, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void createSchema() {
        try (Statement s = connection().createStatement()) {
            s.execute(SCHEMA);
        } catch (SQLException e) {
            failed("create the key state table", e);
        }
    }

    private void write(KeyChange change) {
        boolean enable = "healthy".equals(change.state());
        try (PreparedStatement ps = connection().prepareStatement(enable ? ENABLE : MERGE)) {
            ps.setString(1, change.keyHash());
            if (!enable) {
                ps.setString(2, change.state());
                ps.setTimestamp(3, change.cooldownUntil() == null ? null : Timestamp.from(change.cooldownUntil()));
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            failed("share a key state", e);
        }
    }

    private void read() {
        try (PreparedStatement ps = connection().prepareStatement("SELECT key_hash, state, cooldown_until, version "
                + "FROM insightx_key_states WHERE version > ? ORDER BY version")) {
            ps.setLong(1, seenVersion);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp until = rs.getTimestamp(3);
                    pool.adopt(new KeyChange(rs.getString(1), rs.getString(2), until == null ? null : until.toInstant()));
                    seenVersion = rs.getLong(4);
                }
            }
        } catch (SQLException e) {
            failed("read shared key states", e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            // The driver is called directly: DriverManager's class-loader checks fail under Quarkus' class loading.
            connection = DRIVER.connect(url, credentials);
        }
        return connection;
    }

    private void failed(String what, SQLException e) {
        // The pool keeps working on its own state; sharing resumes when the database answers again.
        Log.warnf("Could not %s: %s", what, e.getMessage());
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        connection = null;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            Log.debug("Closing the shared key state connection failed", e);
        }
    }
}
