package io.insightx.orchestrator.chat;

import java.util.List;
import java.util.Locale;

import io.insightx.orchestrator.agent.Brain;

/**
 * How failed SQL or Python is told: to the agent, every failure of the run (so that it does not go back to an
 * earlier mistake); to the person, in a sentence of ours first, the tool's own message only as the detail.
 */
final class Failures {

    private static final int DETAIL_CHARS = 300;

    private Failures() {
    }

    /** The last failure, with the earlier ones listed in its error. */
    static Brain.Attempt fedBack(List<Brain.Attempt> failures) {
        Brain.Attempt last = failures.get(failures.size() - 1);
        if (failures.size() == 1) {
            return last;
        }
        StringBuilder error = new StringBuilder(last.error()).append("\nEarlier attempts of this question failed too;"
                + " do not repeat them:");
        for (int i = 0; i < failures.size() - 1; i++) {
            error.append("\n").append(i + 1).append(". ").append(failures.get(i).input().strip()).append("\n   Error: ")
                    .append(failures.get(i).error());
        }
        return new Brain.Attempt(last.input(), error.toString());
    }

    /** The same text, whatever its spacing and letter case. */
    static String normalised(String input) {
        return input.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String code(String tool) {
        return "run_sql".equals(tool) ? "sql-failed" : "python-failed";
    }

    static String repeated(String tool, List<Brain.Attempt> failures) {
        return "The " + agent(tool) + " wrote the same " + what(tool) + " again after it had failed, so it was stopped."
                + detail(failures);
    }

    static String exhausted(String tool, List<Brain.Attempt> failures) {
        return "This question could not be answered: the " + agent(tool) + " tried " + failures.size()
                + " times and its " + what(tool) + " failed each time. Check that the columns and values the question"
                + " names exist in the dataset (its Data DNA lists them), or ask it another way." + detail(failures);
    }

    private static String detail(List<Brain.Attempt> failures) {
        if (failures.isEmpty()) {
            return "";
        }
        String last = failures.get(failures.size() - 1).error().strip().lines().findFirst().orElse("");
        return " (Last error: " + (last.length() <= DETAIL_CHARS ? last : last.substring(0, DETAIL_CHARS) + "…") + ")";
    }

    private static String agent(String tool) {
        return "run_sql".equals(tool) ? "SQL agent" : "Python agent";
    }

    private static String what(String tool) {
        return "run_sql".equals(tool) ? "query" : "code";
    }
}
