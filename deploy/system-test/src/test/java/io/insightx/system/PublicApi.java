package io.insightx.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a client of InsightX calls: the orchestrator's public API, over plain HTTP, the chat as SSE. */
final class PublicApi {

    /** One SSE event as the client received it. */
    record Event(long id, String name, JsonNode data) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    PublicApi(String base) {
        this.base = base;
    }

    String createSession() {
        return send(HttpRequest.newBuilder(uri("/api/sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), 201).path("id").asText();
    }

    JsonNode upload(String sessionId, Path file) throws IOException {
        String boundary = "insightx-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/api/sessions/" + sessionId + "/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))), 201);
    }

    /** Asks and reads the stream to its {@code done}. */
    List<Event> ask(String sessionId, String chatId, String message) {
        return read(chatRequest(sessionId, chatId, message), "done");
    }

    /** Asks, reads up to the first {@code agent} event, and drops the connection, as a client whose network fails. */
    Event askAndDrop(String sessionId, String message) {
        List<Event> seen = read(chatRequest(sessionId, null, message), "agent");
        Event last = seen.get(seen.size() - 1);
        if (!last.name().equals("agent")) {
            throw new IllegalStateException("the stream ended before its first agent event");
        }
        return last;
    }

    /** What a client that saw up to {@code lastEventId} gets when it comes back. */
    List<Event> replay(String chatId, long lastEventId) {
        return read(HttpRequest.newBuilder(uri("/api/chats/" + chatId + "/events"))
                .header("Last-Event-ID", Long.toString(lastEventId)).GET(), "done");
    }

    JsonNode messages(String chatId) {
        return send(HttpRequest.newBuilder(uri("/api/chats/" + chatId + "/messages")).GET(), 200);
    }

    private HttpRequest.Builder chatRequest(String sessionId, String chatId, String message) {
        Map<String, String> body = chatId == null ? Map.of("sessionId", sessionId, "message", message)
                : Map.of("sessionId", sessionId, "chatId", chatId, "message", message);
        try {
            return HttpRequest.newBuilder(uri("/api/chat/stream")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stream's events up to the first named {@code last} (or its end); the connection is closed after it. */
    private List<Event> read(HttpRequest.Builder request, String last) {
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode() + ": "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            List<Event> events = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                long id = 0;
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("id:")) {
                        id = Long.parseLong(line.substring(3).strip());
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(id, name, JSON.readTree(data.toString())));
                        if (name.equals(last)) {
                            break;
                        }
                        name = "message";
                        data.setLength(0);
                    }
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
