package io.insightx.orchestrator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of the orchestrator that loses the network under the first chat stream: it delivers the
 * stream up to its first {@code agent} event, then nothing more, and {@link #drop()} ends the connection — after the
 * test has seen that step in the page, so the drop lands mid-answer however fast the answer is.
 */
public final class DroppingProxy implements AutoCloseable {

    private static final Pattern FIRST_STEP = Pattern.compile("^event: ?agent$", Pattern.MULTILINE);

    private final ServerSocket server;
    private final int target;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final AtomicReference<Connection> stalled = new AtomicReference<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dropping-proxy");
        t.setDaemon(true);
        return t;
    });

    public DroppingProxy(int targetPort) {
        this.target = targetPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pumps.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Whether the chat stream has reached its first step and goes no further. */
    public boolean stalled() {
        return stalled.get() != null;
    }

    /** The network goes away under the stalled stream: the browser sees its connection end mid-answer. */
    public void drop() {
        Connection connection = stalled.get();
        if (connection == null) {
            throw new IllegalStateException("No chat stream has stalled yet");
        }
        closeQuietly(connection.client);
        closeQuietly(connection.upstream);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                Connection connection = new Connection(client, upstream);
                pumps.execute(connection::requests);
                pumps.execute(connection::responses);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pumps.shutdownNow();
    }

    private final class Connection {

        private final Socket client;
        private final Socket upstream;
        private volatile boolean doomed;

        Connection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void requests() {
            pump(client, upstream, false);
        }

        void responses() {
            pump(upstream, client, true);
        }

        private void pump(Socket from, Socket to, boolean response) {
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream held = new ByteArrayOutputStream();
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (!response && !doomed && new String(buffer, 0, n, StandardCharsets.ISO_8859_1)
                            .startsWith("POST /api/chat/stream") && armed.compareAndSet(true, false)) {
                        doomed = true; // marked before the request goes on, so before any of its response returns
                    }
                    if (!response || !doomed) {
                        out.write(buffer, 0, n);
                    } else if (!stalled()) {
                        held.write(buffer, 0, n);
                        int cut = cutPoint(held.toByteArray());
                        if (cut > 0) {
                            stalled.set(this);
                            out.write(held.toByteArray(), 0, cut);
                            out.flush();
                        }
                    } // else: swallowed, as by a network that has gone
                }
            } catch (IOException e) {
                // one side closed: close both below
            } finally {
                closeQuietly(client);
                closeQuietly(upstream);
            }
        }
    }

    /**
     * Just past the HTTP chunk that holds the first {@code agent} event (its blank line, then the chunk's CRLF), or
     * -1 while that has not all arrived.
     */
    static int cutPoint(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher event = FIRST_STEP.matcher(text);
        int end = event.find() ? text.indexOf("\n\n\r\n", event.end()) : -1;
        return end < 0 ? -1 : end + 4;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
