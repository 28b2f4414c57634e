import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures sql-tool-service against plain DuckDB; run by sql-tool.sh. Prints figures, asserts nothing. */
public class SqlToolBench {

    static final String GROUP_BY = "SELECT origin, count(*) AS flights, avg(delay) AS avg_delay, max(distance) AS longest "
            + "FROM %s GROUP BY origin ORDER BY flights DESC";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        Path flights = Path.of(args[0]);
        String base = args[1];
        String token = "Bearer " + args[2];

        // (b) upload + Data DNA, against reading the file and SUMMARIZE in-process.
        double[] summarize = time(5, () -> {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SUMMARIZE SELECT * FROM read_parquet('" + flights + "')")) {
                while (rs.next()) { }
            }
        });
        String[] id = new String[1];
        double[] upload = time(5, () -> id[0] = upload(base, token, flights));
        report("(b) upload + Data DNA (HTTP)", upload);
        report("(b) DuckDB read + SUMMARIZE (JDBC)", summarize);
        System.out.printf("(b) ratio upload+DNA / SUMMARIZE (p50): %.2f  (target <= 1.5)%n%n", p(upload, 50) / p(summarize, 50));

        // (a) the same group-by through the API and through one JDBC connection.
        String table = tableName(base, token, id[0]);
        String body = "{\"datasetIds\":[\"" + id[0] + "\"],\"sql\":\"" + GROUP_BY.formatted(table) + "\"}";
        List<Double> server = new ArrayList<>();
        double[] api = time(100, () -> server.add(Double.parseDouble(post(base + "/v1/query", token, body)
                .replaceAll("(?s).*\"elapsedMs\":(\\d+).*", "$1"))));
        double[] jdbc;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 2");
            s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + flights + "')");
            jdbc = time(100, () -> {
                try (ResultSet rs = s.executeQuery(GROUP_BY.formatted(table))) {
                    while (rs.next()) { }
                }
            });
        }
        report("(a) group-by via POST /v1/query", api);
        report("(a) group-by via plain JDBC", jdbc);
        double[] inside = server.subList(server.size() - api.length, server.size()).stream().mapToDouble(Double::doubleValue)
                .sorted().toArray(); // the timed runs, without the warm-up ones
        report("(a) the same, timed inside sql-tool (elapsedMs)", inside);
        System.out.printf("(a) ratio API (JDK HttpClient) / JDBC (p50): %.2f%n", p(api, 50) / p(jdbc, 50));
        // For sql-tool.sh's measurement with wrk, whose lean client adds less of its own than the JDK's.
        System.out.printf("wrk-target %s %s %.3f%n%n", id[0], table, p(jdbc, 50));

        // (c) a tiny query, over HTTP.
        String tiny = "{\"datasetIds\":[\"" + id[0] + "\"],\"sql\":\"SELECT 42\"}";
        double[] small = time(300, () -> post(base + "/v1/query", token, tiny));
        report("(c) tiny query over HTTP", small);

        // (d) the fixed cost of an upload: its conversion and profiling run in a worker JVM of their own.
        Path tinyCsv = Files.createTempFile("bench", ".csv");
        Files.writeString(tinyCsv, "city,temp\nOslo,3\nRome,18\nLima,21\n");
        double[] tinyUpload = time(10, () -> upload(base, token, tinyCsv));
        report("(d) 3-row CSV upload + Data DNA (HTTP)", tinyUpload);
        Files.delete(tinyCsv);

        // (e) 2,000 rows of a megabyte each: read up to the byte cap (32 MiB by default), never materialised.
        String huge = "{\"datasetIds\":[],\"maxRows\":2000,\"timeoutMs\":60000,"
                + "\"sql\":\"SELECT repeat('x', 1000000) AS s FROM range(2000)\"}";
        int[] bytes = new int[1];
        double[] capped = time(5, () -> bytes[0] = post(base + "/v1/query", token, huge).length());
        report("(e) 2,000 x 1 MB rows, capped by bytes", capped);
        System.out.printf("(e) response size %.1f MiB%n", bytes[0] / 1048576.0);
    }

    static String upload(String base, String token, Path file) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flights.parquet\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/datasets")).header("Authorization", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload: " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "id");
    }

    static String tableName(String base, String token, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/datasets/" + id)).header("Authorization", token).build();
        return field(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), "tableName");
    }

    static String post(String url, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Milliseconds of each of n runs, after warm-up runs (a fifth as many, at least two) for the JIT. */
    static double[] time(int n, Work work) throws Exception {
        for (int i = 0; i < Math.max(2, n / 5); i++) {
            work.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static void report(String what, double[] ms) {
        System.out.printf("%-40s n=%-4d p50 %8.2f ms  p99 %8.2f ms  min %8.2f ms%n", what, ms.length, p(ms, 50), p(ms, 99), ms[0]);
    }
}
