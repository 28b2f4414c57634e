package io.insightx.orchestrator.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.insightx.orchestrator.persistence.Artifact;
import io.insightx.orchestrator.persistence.ArtifactRepository;
import io.insightx.orchestrator.persistence.ChatRepository;
import io.insightx.orchestrator.persistence.ChatSummary;
import io.insightx.orchestrator.persistence.DatasetRecord;
import io.insightx.orchestrator.persistence.DatasetRepository;
import io.insightx.orchestrator.persistence.Insight;
import io.insightx.orchestrator.persistence.InsightRepository;
import io.insightx.orchestrator.persistence.Session;
import io.insightx.orchestrator.persistence.SessionRepository;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** What a session holds: its datasets (uploads go through to sql-tool), its chats, insights and artifacts. */
@Path("/api")
public class SessionContentResource {

    private final SessionRepository sessions;
    private final DatasetRepository datasets;
    private final ChatRepository chats;
    private final InsightRepository insights;
    private final ArtifactRepository artifacts;
    private final DatasetUploads uploads;
    private final CurrentUser user;

    public SessionContentResource(SessionRepository sessions, DatasetRepository datasets, ChatRepository chats,
            InsightRepository insights, ArtifactRepository artifacts, DatasetUploads uploads, CurrentUser user) {
        this.sessions = sessions;
        this.datasets = datasets;
        this.chats = chats;
        this.insights = insights;
        this.artifacts = artifacts;
        this.uploads = uploads;
        this.user = user;
    }

    /**
     * Streams the upload on to sql-tool (scoped to this session) and keeps the Data DNA it returns: 201 for a new
     * dataset or version, 200 when the same bytes were uploaded before.
     */
    @POST
    @Path("/sessions/{id}/datasets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestPath UUID id, @RestHeader("Content-Type") String contentType,
            @RestHeader("Content-Length") Long contentLength, InputStream body) {
        uploads.checkDeclaredLength(contentLength);
        UploadedDataset uploaded = uploads.upload(session(id), body, contentType);
        return "same-content".equals(uploaded.outcome()) ? Response.ok(uploaded).build()
                : Response.created(URI.create("/api/sessions/" + id + "/datasets/" + uploaded.dataset().id()))
                        .entity(uploaded).build();
    }

    @GET
    @Path("/sessions/{id}/datasets")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DatasetRecord> datasets(@RestPath UUID id) {
        return datasets.bySession(session(id).id());
    }

    /** The session's chats to reopen one, the most recently used first. */
    @GET
    @Path("/sessions/{id}/chats")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ChatSummary> chats(@RestPath UUID id) {
        return chats.bySession(session(id).id());
    }

    @GET
    @Path("/sessions/{id}/insights")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Insight> insights(@RestPath UUID id) {
        return insights.bySession(session(id).id());
    }

    @GET
    @Path("/sessions/{id}/artifacts")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Artifact> artifacts(@RestPath UUID id) {
        return artifacts.bySession(session(id).id());
    }

    /** The artifact itself: PNG for figures, CSV for tables, text for SQL and code. */
    @GET
    @Path("/artifacts/{id}")
    public Response artifact(@RestPath UUID id) {
        Artifact artifact = artifacts.find(id, user.id()).orElseThrow(() -> new ProblemException(404,
                "artifact-not-found", "Artifact not found", "No artifact has the id '" + id + "'."));
        return Response.ok(artifact.body(), artifact.mediaType()).build();
    }

    private Session session(UUID id) {
        return sessions.find(id, user.id()).orElseThrow(() -> new ProblemException(404, "session-not-found",
                "Session not found", "No session has the id '" + id + "'."));
    }
}
