package io.insightx.keymanager.key;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where keys come from: {@code BYTEZ_API_KEY_1 … BYTEZ_API_KEY_12}, then {@code INSIGHTX_LLM_API_KEYS}.
 * Each distinct key gets a stable id by its position: k1, k2, …
 */
public final class KeySource {

    static final int NUMBERED_KEYS = 12;

    private KeySource() {
    }

    public static List<ApiKey> load(Function<String, Optional<String>> lookup, List<String> listed) {
        Set<String> secrets = new LinkedHashSet<>();
        for (int i = 1; i <= NUMBERED_KEYS; i++) {
            lookup.apply("BYTEZ_API_KEY_" + i).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(secrets::add);
        }
        listed.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(secrets::add);
        List<ApiKey> keys = new ArrayList<>();
        for (String secret : secrets) {
            keys.add(new ApiKey("k" + (keys.size() + 1), secret));
        }
        return keys;
    }
}
