package io.insightx.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible provider on a free local port for the system tests: what every stub shares (the server, its
 * base URL, JSON answers, closing); each stub says how it answers {@code /v1/chat/completions}.
 */
abstract class LlmStub implements AutoCloseable {

    private final HttpServer server;

    LlmStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    /** Answers one chat completion request. */
    abstract void complete(HttpExchange exchange) throws IOException;

    /** Lets go of any request the stub holds back, before the server stops. */
    abstract void release();

    final String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public final void close() {
        release();
        server.stop(0);
    }
}
