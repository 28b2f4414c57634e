package io.insightx.orchestrator.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.client.ToolRejectedException;
import io.insightx.orchestrator.client.ToolUnavailableException;
import io.insightx.orchestrator.persistence.Artifact;
import io.insightx.orchestrator.persistence.ArtifactRepository;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What a session holds: its datasets (uploads go through to sql-tool), its insights and its artifacts. */
@Path("/api")
public class SessionContentResource {

    private final SessionRepository sessions;
    private final DatasetRepository datasets;
    private final InsightRepository insights;
    private final ArtifactRepository artifacts;
    private final SqlToolClient sqlTool;
    private final CurrentUser user;

    public SessionContentResource(SessionRepository sessions, DatasetRepository datasets, InsightRepository insights,
            ArtifactRepository artifacts, SqlToolClient sqlTool, CurrentUser user) {
        this.sessions = sessions;
        this.datasets = datasets;
        this.insights = insights;
        this.artifacts = artifacts;
        this.sqlTool = sqlTool;
        this.user = user;
    }

    /** Forwards the upload to sql-tool (scoped to this session) and keeps the Data DNA it returns. */
    @POST
    @Path("/sessions/{id}/datasets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestPath UUID id, @RestForm("file") FileUpload file, @RestForm String name) throws IOException {
        Session session = session(id);
        if (file == null || file.uploadedFile() == null) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "Send the dataset as the multipart field 'file'.");
        }
        String displayName = name == null || name.isBlank() ? file.fileName() : name;
        JsonNode created;
        try {
            created = sqlTool.upload(file.uploadedFile().toFile(), displayName, session.id().toString());
        } catch (ToolRejectedException e) {
            throw new ProblemException(e.status(), e.code(), "Dataset refused", e.getMessage());
        } catch (RuntimeException e) {
            throw new ToolUnavailableException("sql-tool", e);
        } finally {
            Files.deleteIfExists(file.uploadedFile());
        }
        DatasetRecord record = datasets.add(session.id(), created.path("id").asText(), created.path("name").asText(),
                created.path("tableName").asText(), created.path("rowCount").asLong(), created.path("dna").toString());
        return Response.created(URI.create("/api/sessions/" + id + "/datasets/" + record.id())).entity(record).build();
    }

    @GET
    @Path("/sessions/{id}/datasets")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DatasetRecord> datasets(@RestPath UUID id) {
        return datasets.bySession(session(id).id());
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
