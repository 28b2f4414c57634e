package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits a streamed answer into what the reader sees and what the session keeps: the model writes its Markdown
 * answer, then a line {@code Insights:} followed by {@code - } items. Text is passed on as soon as it cannot be the
 * start of that line, and nothing from the insights section reaches the reader.
 */
final class AnswerStream implements Consumer<String> {

    private static final String MARKER = "insights:";

    private final Consumer<String> reader;
    private final StringBuilder answer = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder trailer = new StringBuilder();
    private boolean inTrailer;
    private boolean atLineStart = true;

    AnswerStream(Consumer<String> reader) {
        this.reader = reader;
    }

    @Override
    public void accept(String piece) {
        if (inTrailer) {
            trailer.append(piece);
            return;
        }
        pending.append(piece);
        flush(false);
    }

    /** The answer without the insights section. */
    String answer() {
        flush(true);
        return answer.toString().strip();
    }

    List<String> insights() {
        List<String> items = new ArrayList<>();
        trailer.toString().lines().map(String::strip).filter(l -> l.startsWith("- ") || l.startsWith("* "))
                .map(l -> l.substring(2).strip()).filter(l -> !l.isEmpty()).forEach(items::add);
        return items;
    }

    private void flush(boolean end) {
        while (!inTrailer && pending.length() > 0) {
            int newline = pending.indexOf("\n");
            String line = newline >= 0 ? pending.substring(0, newline + 1) : pending.toString();
            if (atLineStart) {
                String start = line.stripLeading().toLowerCase(Locale.ROOT);
                if (start.startsWith(MARKER)) {
                    inTrailer = true;
                    trailer.append(pending.substring(pending.indexOf(":") + 1));
                    pending.setLength(0);
                    return;
                }
                if (newline < 0 && !end && MARKER.startsWith(start.strip())) {
                    return; // this line may still turn out to be "Insights:"
                }
            }
            answer.append(line);
            reader.accept(line);
            pending.delete(0, line.length());
            atLineStart = newline >= 0;
        }
    }
}
