package io.insightx.orchestrator.support;

import java.util.HashMap;
import java.util.Map;

/** The fake services with {@code insightx.agents.mode=auto}: the LLM when key-manager has a usable key. */
public class AutoModeServices extends FakeServices {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("insightx.agents.mode", "auto");
        return config;
    }
}
