package io.insightx.keymanager.api;

import java.util.List;

import io.insightx.keymanager.key.KeyEvent;
import io.insightx.keymanager.key.KeyEvents;
import io.insightx.keymanager.key.KeyPool;
import io.insightx.keymanager.key.KeySnapshot;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.resteasy.reactive.RestPath;

/** What operators see of the keys: states and counters by id and fingerprint, and their events as they happen. */
@Path("/v1/keys")
public class KeysResource {

    private final KeyPool pool;
    private final KeyEvents events;

    public KeysResource(KeyPool pool, KeyEvents events) {
        this.pool = pool;
        this.events = events;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<KeySnapshot> list() {
        return pool.snapshot();
    }

    @POST
    @Path("/{id}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    public KeySnapshot enable(@RestPath String id) {
        return pool.enable(id).orElseThrow(() -> new ProblemException(404, "key-not-found", "Key not found",
                "No key has the id '" + id + "'."));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        return events.stream().map(e -> sse.newEventBuilder().name(e.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(KeyEvent.class, e).build());
    }
}
