package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Checks the structure of a JSON or NDJSON upload before DuckDB reads it: one streaming pass (no tree is built)
 * counts nesting depth and the keys of each object. DuckDB's JSON reader recurses natively and a file nested a
 * thousand levels deep crashes it, so depth is refused here, in Java, with a clear problem.
 */
final class JsonShape {

    private final int maxDepth;
    private final int maxKeys;
    private final JsonFactory factory;

    JsonShape(int maxDepth, int maxKeys) {
        this.maxDepth = maxDepth;
        this.maxKeys = maxKeys;
        // Jackson's own depth limit must not speak first: ours names the limit that applies.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth + 1).build())
                .build();
    }

    /**
     * Refuses a file nested deeper than the limit or with an object of too many keys. Syntax errors are left to
     * DuckDB's reader (run in a worker process), whose message users already get.
     */
    void check(Path file) throws IOException {
        int[] keys = new int[maxDepth + 2];
        int depth = 0;
        try (JsonParser parser = factory.createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth > maxDepth) {
                            throw tooDeep(parser);
                        }
                        keys[depth] = 0;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (++keys[depth] > maxKeys) {
                            throw DatasetException.tooManyColumns("An object near line "
                                    + parser.currentLocation().getLineNr() + " has more than " + maxKeys
                                    + " keys; at most " + maxKeys + " columns are accepted.");
                        }
                    }
                    default -> {
                        // Values are skipped unread: only the shape matters here.
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Not JSON Jackson accepts: DuckDB's reader gives the user its own explanation.
        }
    }

    private DatasetException tooDeep(JsonParser parser) {
        return DatasetException.jsonTooDeep("The JSON is nested more than " + maxDepth + " levels deep (line "
                + parser.currentLocation().getLineNr() + "); flatten it to at most " + maxDepth + " levels.");
    }
}
