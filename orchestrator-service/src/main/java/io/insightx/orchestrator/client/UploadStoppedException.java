package io.insightx.orchestrator.client;

import java.io.IOException;

/**
 * The sender's side of an upload stopped while it was being passed on (over the size cap, or the connection
 * closed): the caller's doing, not an outage of sql-tool, so it never trips the breaker.
 */
public class UploadStoppedException extends IOException {

    public UploadStoppedException(String message) {
        super(message);
    }

    public UploadStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
