package io.insightx.orchestrator.support;

import java.util.HashMap;
import java.util.Map;

/** The fake services, with the LLM's time limits cut to a second or two so that a test sees them pass. */
public class ImpatientLlm extends FakeServices {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("insightx.llm.first-byte-timeout", "1500ms");
        config.put("insightx.llm.idle-timeout", "500ms");
        return config;
    }
}
