import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upload + Data DNA of a generated CSV (200 MB by default) through the orchestrator (POST
 * /api/sessions/{id}/datasets, which streams it on to sql-tool) against sql-tool alone (POST /v1/datasets), runs
 * alternating, and the orchestrator's resident memory before, at its peak (VmHWM) and after. Prints figures only.
 * Arguments: orchestrator URL, sql-tool URL, internal token, orchestrator pid, megabytes, runs.
 */
public class UploadBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String orchestrator = args[0];
        String sqlTool = args[1];
        String token = args[2];
        long pid = Long.parseLong(args[3]);
        long megabytes = Long.parseLong(args[4]);
        int runs = Integer.parseInt(args[5]);
        Path csv = Files.createTempFile("upload-bench", ".csv");
        long rows = writeCsv(csv, megabytes * 1024 * 1024);
        System.out.printf("file: %d MB, %,d rows%n", Files.size(csv) / (1024 * 1024), rows);
        System.out.printf("orchestrator RSS before: %d MB (peak so far %d MB)%n", memory(pid, "VmRSS"), memory(pid, "VmHWM"));
        double direct = 0;
        double through = 0;
        for (int run = 1; run <= runs; run++) {
            double d = upload(URI.create(sqlTool + "/v1/datasets"), csv, token, "bench");
            String session = post(orchestrator + "/api/sessions", "{\"title\": \"upload bench\"}");
            double t = upload(URI.create(orchestrator + "/api/sessions/" + session + "/datasets"), csv, null, null);
            System.out.printf("run %d: sql-tool alone %6.2f s · through the orchestrator %6.2f s%n", run, d, t);
            direct += d;
            through += t;
        }
        System.out.printf("mean: sql-tool alone %6.2f s · through the orchestrator %6.2f s · ratio %.2f (target <= 1.5)%n",
                direct / runs, through / runs, through / direct);
        System.out.printf("orchestrator RSS after: %d MB · peak during the uploads (VmHWM) %d MB%n",
                memory(pid, "VmRSS"), memory(pid, "VmHWM"));
        Files.delete(csv);
    }

    /** Streams the file as multipart (never whole in memory here either); seconds until the DNA came back. */
    static double upload(URI uri, Path file, String token, String scope) throws Exception {
        String boundary = "bench" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n" + (scope == null ? "" : "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"scope\"\r\n\r\n" + scope + "\r\n") + "--" + boundary + "--\r\n";
        long length = head.length() + Files.size(file) + tail.length();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return new SequenceInputStream(java.util.Collections.enumeration(List.of(bytes(head),
                                Files.newInputStream(file), bytes(tail))));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), length));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return seconds;
    }

    static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("No session: " + response.body());
        }
        return id.group(1);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A line of /proc/PID/status, in MB. */
    static long memory(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static long writeCsv(Path file, long bytes) throws IOException {
        String[] cities = {"Lyon", "Oslo", "Porto", "Gdansk", "Ghent", "Bergen", "Turin", "Malmo"};
        long rows = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("order_id,city,day,quantity,amount\n");
            while (written < bytes) {
                long month = 1 + rows % 12;
                long day = 1 + rows % 28;
                String line = rows + "," + cities[(int) (rows % cities.length)] + ",2024-" + (month < 10 ? "0" : "")
                        + month + "-" + (day < 10 ? "0" : "") + day + "," + (1 + rows % 9) + ","
                        + (rows * 37 % 10_000) / 100.0 + "\n";
                out.write(line);
                written += line.length();
                rows++;
            }
        }
        return rows;
    }
}
