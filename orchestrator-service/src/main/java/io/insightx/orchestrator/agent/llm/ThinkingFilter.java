package io.insightx.orchestrator.agent.llm;

import java.util.function.Consumer;

/**
 * Drops a reasoning model's {@code <think>…</think>} from a streamed answer before anyone sees it, even when a tag
 * is split across chunks: text that may be the start of a tag is held back until the next chunk tells.
 */
final class ThinkingFilter implements Consumer<String> {

    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    private final Consumer<String> next;
    private final StringBuilder held = new StringBuilder();
    private boolean thinking;

    ThinkingFilter(Consumer<String> next) {
        this.next = next;
    }

    @Override
    public void accept(String piece) {
        held.append(piece);
        for (int at = held.indexOf(tag()); at >= 0; at = held.indexOf(tag())) {
            if (!thinking && at > 0) {
                next.accept(held.substring(0, at));
            }
            held.delete(0, at + tag().length());
            thinking = !thinking;
        }
        int keep = partialTag();
        if (!thinking && held.length() > keep) {
            next.accept(held.substring(0, held.length() - keep));
        }
        held.delete(0, held.length() - keep);
    }

    /** The end of the answer: text held back for a tag that never came is passed on. */
    void finish() {
        if (!thinking && held.length() > 0) {
            next.accept(held.toString());
        }
        held.setLength(0);
    }

    private String tag() {
        return thinking ? CLOSE : OPEN;
    }

    /** Length of the longest end of the held text that begins the tag looked for. */
    private int partialTag() {
        String tag = tag();
        for (int n = Math.min(tag.length() - 1, held.length()); n > 0; n--) {
            if (held.substring(held.length() - n).equals(tag.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }
}
