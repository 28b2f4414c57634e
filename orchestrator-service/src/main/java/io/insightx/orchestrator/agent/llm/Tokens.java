package io.insightx.orchestrator.agent.llm;

/**
 * A token count estimated from characters: about four characters a token for English and JSON with the common
 * tokenizers. Close enough for a budget, and free: no tokenizer of one model is right for every provider.
 */
public final class Tokens {

    private static final int CHARS_PER_TOKEN = 4;

    private Tokens() {
    }

    public static int estimate(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
