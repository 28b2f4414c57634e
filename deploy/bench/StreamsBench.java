import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/** Opens N followers of one live chat stream and counts what holds; run by streams.sh. */
public class StreamsBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        int n = Integer.parseInt(args[2]);
        long pid = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();

        // The question that never finishes: its first event names the chat.
        HttpRequest ask = HttpRequest.newBuilder(URI.create(base + "/api/chat/stream")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + session + "\",\"message\":\"hold\"}")).build();
        InputStream asking = http.send(ask, HttpResponse.BodyHandlers.ofInputStream()).body();
        String first = new String(asking.readNBytes(400), StandardCharsets.UTF_8);
        String chatId = first.replaceAll("(?s).*\"chatId\":\"([0-9a-f-]+)\".*", "$1");
        long before = rssKb(pid);

        AtomicInteger open = new AtomicInteger();
        AtomicInteger beating = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> followers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            HttpRequest follow = HttpRequest.newBuilder(URI.create(base + "/api/chats/" + chatId + "/events?after=0")).build();
            followers.add(http.sendAsync(follow, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                boolean beat;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    open.incrementAndGet();
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (!beat && line.startsWith(":")) {
                        beat = true;
                        beating.incrementAndGet();
                    }
                }

                @Override
                public void onError(Throwable t) {
                    errors.incrementAndGet();
                }

                @Override
                public void onComplete() {
                }
            })).exceptionally(t -> {
                errors.incrementAndGet();
                return null;
            }));
            if (i % 500 == 499) {
                Thread.sleep(50); // pace the connects so the accept queue is not the thing measured
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while ((beating.get() + errors.get()) < n && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = rssKb(pid);
        System.out.printf("streams opened %d of %d in %.1f s, with a heartbeat received: %d, errors: %d%n",
                open.get(), n, seconds, beating.get(), errors.get());
        System.out.printf("orchestrator resident memory: %d MB before, %d MB with the streams open: %.1f KB per stream%n",
                before / 1024, after / 1024, (after - before) / (double) Math.max(1, beating.get()));
        System.exit(0);
    }

    /** Resident memory after a full collection, so that garbage not yet collected is not counted as cost. */
    static long rssKb(long pid) throws Exception {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
