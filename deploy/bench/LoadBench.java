import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Concurrent users asking questions through the public API: throughput, latency percentiles, errors (load.sh). */
public class LoadBench {

    static final String[] QUESTIONS = {"average temp_max by weather", "histogram of temp_max",
            "how many rows per weather", "total precipitation by year", "what columns does the dataset have",
            "average wind by month", "top 5 days with the highest precipitation", "trend of temp_max over time"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dataset = Path.of(args[1]);
        int users = Integer.parseInt(args[2]);
        int perUser = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
        List<Long> firstEvent = new CopyOnWriteArrayList<>();
        List<Long> done = new CopyOnWriteArrayList<>();
        ConcurrentHashMap<String, List<Long>> byQuestion = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        // Every user first opens a session with its upload, all at once; the questions are timed from a start line
        // that all users cross together, so that the uploads' conversion (a worker JVM each) is reported on its own.
        long setupStart = System.nanoTime();
        List<java.util.concurrent.Future<String>> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            sessions.add(pool.submit(() -> session(http, base, dataset)));
        }
        List<String> opened = new ArrayList<>();
        for (var s : sessions) {
            try {
                opened.add(s.get());
            } catch (java.util.concurrent.ExecutionException e) {
                errors.computeIfAbsent("session: " + e.getCause().getMessage(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
        System.out.printf("setup: %d sessions, each with its upload, opened at once in %.1f s%n", opened.size(),
                (System.nanoTime() - setupStart) / 1e9);
        long start = System.nanoTime();
        for (int u = 0; u < opened.size(); u++) {
            int user = u;
            String session = opened.get(u);
            pool.execute(() -> {
                for (int i = 0; i < perUser; i++) {
                    String question = QUESTIONS[(user + i) % QUESTIONS.length];
                    Long took = ask(http, base, session, question, firstEvent, errors);
                    if (took != null) {
                        done.add(took);
                        byQuestion.computeIfAbsent(question, q -> new CopyOnWriteArrayList<>()).add(took);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("users %d × %d questions: %d answered in %.1f s → %.1f answers/s%n", users, perUser,
                done.size(), seconds, done.size() / seconds);
        System.out.printf("first event ms: p50 %d  p95 %d  p99 %d%n", pct(firstEvent, 50), pct(firstEvent, 95), pct(firstEvent, 99));
        System.out.printf("done ms:        p50 %d  p95 %d  p99 %d  max %d%n", pct(done, 50), pct(done, 95), pct(done, 99), pct(done, 100));
        for (String question : QUESTIONS) {
            List<Long> times = byQuestion.getOrDefault(question, List.of());
            System.out.printf("  %-45s n=%3d  done p50 %6d  p95 %6d%n", question, times.size(), pct(times, 50), pct(times, 95));
        }
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("errors: %d%s%n", errorCount, errors.isEmpty() ? "" : " " + errors);
    }

    static String session(HttpClient http, String base, Path dataset) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String id = body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String boundary = "load-" + UUID.randomUUID();
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + id + "/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                                + "filename=\"" + dataset.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n"),
                        HttpRequest.BodyPublishers.ofFile(dataset),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 201) {
            throw new IllegalStateException("upload " + upload.statusCode());
        }
        return id;
    }

    /** Asks one question and returns the milliseconds to its {@code done} event, or null when it failed. */
    static Long ask(HttpClient http, String base, String session, String question, List<Long> firstEvent,
            ConcurrentHashMap<String, AtomicInteger> errors) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat/stream"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"sessionId\":\"" + session + "\",\"message\":\"" + question + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                response.body().close();
                return null;
            }
            boolean first = true;
            String event = "";
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (first && line.startsWith("data:")) {
                        firstEvent.add((System.nanoTime() - t0) / 1_000_000);
                        first = false;
                    }
                    if (event.equals("error") && line.startsWith("data:")) {
                        String code = line.replaceAll(".*\"code\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                        errors.computeIfAbsent("error " + (code.startsWith("data:") ? "event" : code),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                        if (event.equals("done")) {
                            return (System.nanoTime() - t0) / 1_000_000;
                        }
                    }
                }
            }
            errors.computeIfAbsent("stream ended without done", k -> new AtomicInteger()).incrementAndGet();
        } catch (Exception e) {
            errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
        return null;
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
