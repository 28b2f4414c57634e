package io.insightx.orchestrator.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, for this request: the token's subject with {@code insightx.auth.mode=jwt}, the one local user
 * with {@code none}. Set by {@link AuthFilter} before any resource runs.
 */
@RequestScoped
public class CurrentUser {

    private String id;

    public String id() {
        if (id == null) {
            throw new IllegalStateException("No user was established for this request");
        }
        return id;
    }

    void set(String id) {
        this.id = id;
    }
}
