package io.insightx.orchestrator.persistence;

/** The database failed; callers see a 503, never the SQL or the driver's message. */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
