package io.insightx.orchestrator.agent.offline.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What short phrases mean, as vectors of a small sentence-embedding model run in process (all-MiniLM-L6-v2,
 * quantized, ONNX, shipped in its Maven artifact): "richest" lies near "income", "populous" near "population".
 * The model loads in the background at startup like WordNet; until it has loaded the first question waits for it,
 * and where it cannot load (a native image, a missing native library) similarities are unknown and the analyst
 * links words without them (the health check says which).
 */
@ApplicationScoped
public class Embeddings {

    /** Phrases remembered: column names and question words; about 1.6 kB each. */
    private static final int REMEMBERED = 8192;

    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final Map<String, float[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** Embeddings that never load: the analyst links words by their form and WordNet alone. */
    public static Embeddings unavailable() {
        Embeddings none = new Embeddings();
        none.model.complete(null);
        return none;
    }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "embeddings-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the model now (tests and the first question call it; at startup it runs in the background). */
    public synchronized void load() {
        if (model.isDone()) {
            return;
        }
        try {
            long start = System.nanoTime();
            EmbeddingModel loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
            loaded.embed("warm up");
            model.complete(loaded);
            Log.infof("Sentence embeddings loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            Log.warnf("Sentence embeddings are unavailable, the offline analyst links words without them: %s", e.toString());
            model.complete(null);
        }
    }

    public boolean loading() {
        return !model.isDone();
    }

    public boolean loaded() {
        return model.isDone() && model.join() != null;
    }

    /** Whether similarities can be known: loads the model first if it is still loading. */
    public boolean available() {
        if (!model.isDone()) {
            load();
        }
        return model.join() != null;
    }

    /** The cosine similarity of two phrases' meanings, between -1 and 1; NaN when the model is unavailable. */
    public double similarity(String a, String b) {
        float[] x = vector(a);
        float[] y = vector(b);
        if (x == null || y == null) {
            return Double.NaN;
        }
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
    }

    private float[] vector(String phrase) {
        if (!available()) {
            return null;
        }
        EmbeddingModel m = model.join();
        String key = phrase.strip().toLowerCase(Locale.ROOT);
        float[] known = cache.get(key);
        if (known != null) {
            return known;
        }
        float[] computed = m.embed(key).content().vector();
        cache.put(key, computed);
        return computed;
    }
}
