package io.insightx.orchestrator.support;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every workspace browser test starts from: the workspace's address and a fresh Chromium for each test. */
public abstract class WorkspaceBrowser {

    /** True once an answer's Vega-Lite chart is drawn (a canvas or SVG of some height). */
    public static final String ANSWER_CHART_DRAWN = "return [...document.querySelectorAll('.answer .chart')]"
            + ".some(c => c.querySelector('canvas, svg') && c.getBoundingClientRect().height > 100);";

    @TestHTTPResource("/")
    protected URL workspace;

    protected Chromium chromium;

    @BeforeEach
    void openChromium() {
        chromium = Chromium.open();
    }

    @AfterEach
    void closeChromium() {
        chromium.close();
    }
}
