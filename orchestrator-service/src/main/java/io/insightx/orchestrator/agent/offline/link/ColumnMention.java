package io.insightx.orchestrator.agent.offline.link;

import java.util.List;

/**
 * Where the question names a column: the tokens used, how well they match ({@code whole}: every word of the name is
 * there) and the other columns the same words fit equally well, if any.
 */
public record ColumnMention(DataColumn column, List<Integer> tokens, double score, boolean whole,
        List<DataColumn> alternatives) {

    public int first() {
        return tokens.get(0);
    }

    public int last() {
        return tokens.get(tokens.size() - 1);
    }
}
