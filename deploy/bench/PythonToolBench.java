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

/**
 * Measures python-tool-service's zygote and kernels against cold interpreters: latency one call at a time (with and
 * without a chat's kernel), executions per second from 8 concurrent callers (each on its own kernel, and with none),
 * and the rate of cold `python3 -c 'import pandas, numpy, matplotlib.pyplot'` in the same run. Run by python-tool.sh.
 */
public class PythonToolBench {

    static final String WORK = "import pandas as pd, numpy as np\\n"
            + "df = pd.DataFrame({'k': np.arange(1000) % 7, 'v': np.arange(1000.0)})\\n"
            + "result = df.groupby('k')['v'].agg(['sum', 'mean']).reset_index()";
    static final String CHART = WORK + "\\nimport matplotlib.pyplot as plt\\nplt.bar(result['k'], result['sum'])";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/v1/execute";
        String token = "Bearer " + args[1];
        int callers = 8;
        int total = 240;
        System.out.printf("machine: %d cores, load average at start %s%n", Runtime.getRuntime().availableProcessors(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        double[] warm = time(60, () -> execute(url, token, WORK, null));
        double[] chart = time(60, () -> execute(url, token, CHART, null));
        double[] kernelChart = time(60, () -> execute(url, token, CHART, "bench-latency"));
        report("groupby, fresh kernel each", warm);
        report("groupby + PNG chart, fresh kernel each", chart);
        report("groupby + PNG chart, one chat's kernel", kernelChart);

        double noKernel = rate(callers, total, i -> execute(url, token, WORK, null));
        System.out.printf("throughput, %d callers, no kernel (a fork each): %.1f executions/s%n", callers, noKernel);
        double ownKernel = rate(callers, total, i -> execute(url, token, WORK, "bench-" + (i % callers)));
        System.out.printf("throughput, %d callers, each on its own kernel: %.1f executions/s%n", callers, ownKernel);
        double cold = rate(callers, 24, i -> {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, numpy, matplotlib.pyplot")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cold python failed");
            }
        });
        System.out.printf("cold python3 -c 'import pandas, numpy, matplotlib.pyplot', %d at once: %.1f starts/s%n",
                callers, cold);
        System.out.printf("speed-up over cold: %.1fx no kernel, %.1fx own kernel (targets: >= 20 executions/s, >= 6x;"
                + " chart p50 <= 80 ms)%n", noKernel / cold, ownKernel / cold);
    }

    interface Call {
        void run(int i) throws Exception;
    }

    /** Calls per second when {@code callers} threads make {@code total} calls between them. */
    static double rate(int callers, int total, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    call.run(n);
                    return null;
                }));
            }
            for (Future<?> c : calls) {
                c.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static void execute(String url, String token, String code, String kernel) throws Exception {
        String body = "{\"code\":\"" + code + "\"" + (kernel == null ? "" : ",\"kernel\":\"" + kernel + "\"") + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"status\":\"ok\"")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Milliseconds per run, one at a time, each after the spare kernels have had a moment to refill. */
    static double[] time(int n, Work work) throws Exception {
        work.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
            Thread.sleep(100);
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
