package io.insightx.orchestrator.chat;

/** An agent could not produce working SQL or code within its corrections; the chat says so and ends. */
class StepFailedException extends RuntimeException {

    private final String code;

    StepFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
