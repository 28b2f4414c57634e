package io.insightx.orchestrator.agent.offline.plan;

/**
 * "histogram of income with python", "plot it using matplotlib", "as a png": the question asks for its chart drawn
 * by Python, not only by the browser. Read after the plan is made, and only for a chart, so that the words are
 * used when they are acted on and reported as ignored when they are not.
 */
final class PythonRequest {

    private PythonRequest() {
    }

    /** Uses the words that ask for Python, and the "using" before one; whether there was one. */
    static boolean read(Reading r) {
        boolean asked = false;
        for (int i = r.find(Vocabulary.PYTHON, 0); i >= 0; i = r.find(Vocabulary.PYTHON, i + 1)) {
            r.use(i);
            if (r.at(i - 1) != null && r.at(i - 1).isAny(Vocabulary.TOOL_LEADS)) {
                r.use(i - 1);
            }
            asked = true;
        }
        return asked;
    }
}
