package io.insightx.orchestrator.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.client.ToolRejectedException;
import io.insightx.orchestrator.client.ToolUnavailableException;
import io.insightx.orchestrator.client.UploadStoppedException;
import io.insightx.orchestrator.config.OrchestratorConfig;
import io.insightx.orchestrator.persistence.DatasetRecord;
import io.insightx.orchestrator.persistence.DatasetRepository;
import io.insightx.orchestrator.persistence.Session;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An upload, from the sender through to sql-tool and into the session: streamed (the orchestrator's memory does
 * not grow with the file), capped at {@code insightx.upload.max-bytes}, hashed on the way; the same bytes again
 * give back the dataset they made, and a name taken by other content makes the next version of that name.
 */
@ApplicationScoped
public class DatasetUploads {

    /** Room for the multipart framing and form fields around the file in a declared Content-Length. */
    private static final long FRAMING_BYTES = 64 * 1024;

    private final SqlToolClient sqlTool;
    private final DatasetRepository datasets;
    private final long maxBytes;

    public DatasetUploads(SqlToolClient sqlTool, DatasetRepository datasets, OrchestratorConfig config) {
        this.sqlTool = sqlTool;
        this.datasets = datasets;
        this.maxBytes = config.upload().maxBytes();
    }

    /** Refuses, before reading it, a body that declares itself over the cap. */
    public void checkDeclaredLength(Long contentLength) {
        if (contentLength != null && contentLength > maxBytes + FRAMING_BYTES) {
            throw tooLarge();
        }
    }

    public UploadedDataset upload(Session session, InputStream body, String contentType) {
        IncomingUpload upload;
        try {
            upload = IncomingUpload.open(body, contentType, maxBytes).orElseThrow(() -> new ProblemException(400,
                    "invalid-request", "Invalid request", "Send the dataset as the multipart field 'file'."));
        } catch (IOException e) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "The body is not a readable multipart/form-data upload.", e);
        }
        JsonNode created = send(session, upload);
        String name = created.path("name").asText();
        var same = datasets.byContent(session.id(), upload.sha256());
        if (same.isPresent()) {
            forget(created.path("id").asText());
            DatasetRecord existing = same.get();
            return new UploadedDataset(existing, datasets.version(existing.id()), "same-content", "This file was "
                    + "uploaded before: its dataset '" + existing.name() + "' (table " + existing.tableName()
                    + ") is used again.");
        }
        int version = datasets.latestVersion(session.id(), name) + 1;
        DatasetRecord record = datasets.add(session.id(), created.path("id").asText(), name,
                created.path("tableName").asText(), created.path("rowCount").asLong(), created.path("dna").toString(),
                upload.sha256(), version);
        return version == 1 ? new UploadedDataset(record, 1, "created", null)
                : new UploadedDataset(record, version, "new-version", "A dataset named '" + name + "' was uploaded "
                        + "before with other content: this is version " + version + ", table " + record.tableName()
                        + ".");
    }

    private JsonNode send(Session session, IncomingUpload upload) {
        try {
            return sqlTool.upload(upload.fileName(), upload.content(), () -> fields(session, upload));
        } catch (UploadStoppedException e) {
            if (upload.tooLarge()) {
                throw tooLarge();
            }
            throw new ProblemException(400, "upload-interrupted", "Upload interrupted",
                    "The upload stopped before its end; send the file again.", e);
        } catch (ToolRejectedException e) {
            throw new ProblemException(e.status(), e.code(), "Dataset refused", e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ToolUnavailableException("sql-tool", e);
        }
    }

    /** What sql-tool is told besides the file: the display name and the session the dataset belongs to. */
    private static Map<String, String> fields(Session session, IncomingUpload upload) {
        String name = upload.fields().get("name");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name == null || name.isBlank() ? upload.fileName() : name.strip());
        fields.put("scope", session.id().toString());
        return fields;
    }

    private void forget(String toolId) {
        try {
            sqlTool.delete(toolId);
        } catch (RuntimeException e) {
            Log.warnf("The duplicate dataset %s could not be removed from sql-tool", toolId);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "upload-too-large", "Upload too large",
                "Uploads may be at most " + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MiB).");
    }
}
