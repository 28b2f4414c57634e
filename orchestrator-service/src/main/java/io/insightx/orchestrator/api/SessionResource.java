package io.insightx.orchestrator.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.insightx.orchestrator.persistence.Session;
import io.insightx.orchestrator.persistence.SessionRepository;
import io.insightx.orchestrator.persistence.SessionSummary;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

// Every /api resource shares the root path, so that the routes of sessions and their content never shadow each other.
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final int MAX_TITLE = 200;
    private static final int MAX_LISTED = 100;

    private final SessionRepository sessions;
    private final CurrentUser user;

    public SessionResource(SessionRepository sessions, CurrentUser user) {
        this.sessions = sessions;
        this.user = user;
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateSessionRequest request) {
        String title = request == null || request.title() == null ? null : request.title().strip();
        if (title != null && title.length() > MAX_TITLE) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "'title' may be at most " + MAX_TITLE + " characters.");
        }
        Session session = sessions.create(user.id(), title);
        return Response.created(URI.create("/api/sessions/" + session.id())).entity(session).build();
    }

    /** The user's recent sessions with their titles, to come back to one (the newest first). */
    @GET
    @Path("/sessions")
    public List<SessionSummary> recent(@RestQuery @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LISTED) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "'limit' must be between 1 and " + MAX_LISTED + ".");
        }
        return sessions.recent(user.id(), limit);
    }

    @GET
    @Path("/sessions/{id}")
    public Session get(@RestPath UUID id) {
        return sessions.find(id, user.id()).orElseThrow(() -> new ProblemException(404, "session-not-found",
                "Session not found", "No session has the id '" + id + "'."));
    }
}
