import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Time to the first SSE event and to `done` for offline questions through the whole stack; run by orchestrator.sh. */
public class ChatBench {

    static final List<String> SQL_QUESTIONS = List.of("average temp_max by weather", "how many sunny days in 2014?",
            "total precipitation by year", "which weather has the highest average wind?", "maximum wind");
    static final List<String> CHART_QUESTIONS = List.of("histogram of temp_max", "correlation between temp_max and temp_min");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        int runs = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        measure(http, base, session, SQL_QUESTIONS, 5);
        double[][] sql = measure(http, base, session, SQL_QUESTIONS, runs);
        double[][] charts = measure(http, base, session, CHART_QUESTIONS, Math.max(4, runs / 4));
        report("SQL questions: first event", sql[0]);
        report("SQL questions: done", sql[1]);
        report("chart questions: first event", charts[0]);
        report("chart questions: done", charts[1]);
        System.out.printf("target: offline SQL questions done at p50 < 300 ms -> %.0f ms%n", p(sql[1], 50));
    }

    static double[][] measure(HttpClient http, String base, String session, List<String> questions, int runs)
            throws Exception {
        double[] first = new double[runs];
        double[] done = new double[runs];
        for (int i = 0; i < runs; i++) {
            String question = questions.get(i % questions.size());
            String body = "{\"sessionId\":\"" + session + "\",\"message\":\"" + question + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/chat/stream"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                boolean sawFirst = false;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (!sawFirst && line.startsWith("event:")) {
                        first[i] = (System.nanoTime() - start) / 1e6;
                        sawFirst = true;
                    }
                    if (line.startsWith("event:done") || line.startsWith("event: done")) {
                        done[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
        }
        Arrays.sort(first);
        Arrays.sort(done);
        return new double[][] {first, done};
    }

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static void report(String what, double[] ms) {
        System.out.printf("%-32s n=%-3d p50 %7.1f ms  p99 %7.1f ms%n", what, ms.length, p(ms, 50), p(ms, 99));
    }
}
