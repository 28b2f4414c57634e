import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Measures python-tool-service's warm pool against a cold interpreter; run by python-tool.sh. */
public class PythonToolBench {

    static final String WORK = "import pandas as pd, numpy as np\\n"
            + "df = pd.DataFrame({'k': np.arange(1000) % 7, 'v': np.arange(1000.0)})\\n"
            + "result = df.groupby('k')['v'].agg(['sum', 'mean']).reset_index()";
    static final String CHART = WORK + "\\nimport matplotlib.pyplot as plt\\nplt.bar(result['k'], result['sum'])";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/v1/execute";
        String token = "Bearer " + args[1];
        double[] warm = time(60, () -> execute(url, token, WORK));
        double[] chart = time(60, () -> execute(url, token, CHART));
        String cold = WORK.replace("\\n", "\n") + "\nprint(result.to_json())";
        double[] coldRuns = time(10, () -> {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", cold).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cold python failed");
            }
        });
        report("warm groupby via POST /v1/execute", warm);
        report("warm groupby + PNG chart", chart);
        report("cold python3 -c (same groupby)", coldRuns);
        System.out.printf("speed-up warm vs cold (p50): %.1fx  (target >= 5x; warm p50 target < 100 ms, chart < 150 ms)%n",
                p(coldRuns, 50) / p(warm, 50));

        int callers = 8;
        int total = 160;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            calls.add(pool.submit(() -> {
                execute(url, token, WORK);
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("throughput with %d concurrent callers: %.1f executions/s (%d in %.1f s)%n", callers,
                total / seconds, total, seconds);
    }

    static void execute(String url, String token, String code) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"status\":\"ok\"")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Milliseconds per run, one at a time, each after the pool has had a moment to refill. */
    static double[] time(int n, Work work) throws Exception {
        work.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
            Thread.sleep(300);
        }
        Arrays.sort(ms);
        return ms;
    }

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static void report(String what, double[] ms) {
        System.out.printf("%-36s n=%-3d p50 %8.1f ms  p99 %8.1f ms%n", what, ms.length, p(ms, 50), p(ms, 99));
    }
}
