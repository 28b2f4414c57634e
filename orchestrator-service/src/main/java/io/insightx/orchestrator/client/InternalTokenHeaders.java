package io.insightx.orchestrator.client;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Adds {@code Authorization: Bearer <INSIGHTX_INTERNAL_TOKEN>} to every call to a tool service. */
@ApplicationScoped
public class InternalTokenHeaders implements ClientHeadersFactory {

    private final OrchestratorConfig config;

    public InternalTokenHeaders(OrchestratorConfig config) {
        this.config = config;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        config.internalToken().filter(t -> !t.isBlank()).ifPresent(t -> headers.add("Authorization", "Bearer " + t));
        return headers;
    }
}
