package io.insightx.sqltool.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.insightx.sqltool.dataset.DataDna;
import io.insightx.sqltool.dataset.Dataset;
import io.insightx.sqltool.dataset.DatasetException;
import io.insightx.sqltool.dataset.DatasetService;
import io.insightx.sqltool.dataset.DatasetStore;
import io.insightx.sqltool.query.QueryResult;
import io.insightx.sqltool.query.QueryService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private static final int MAX_PREVIEW = 1000;

    private final DatasetService uploads;
    private final DatasetStore store;
    private final QueryService queries;

    public DatasetResource(DatasetService uploads, DatasetStore store, QueryService queries) {
        this.uploads = uploads;
        this.store = store;
        this.queries = queries;
    }

    /** Uploads a CSV, TSV, Parquet, JSON or NDJSON file; answers with the dataset and its Data DNA. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String name, @RestForm String scope)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw DatasetException.badRequest("Send the dataset as the multipart field 'file'.");
        }
        Dataset dataset = uploads.upload(file.uploadedFile(), file.fileName(), name, scope);
        return Response.created(URI.create("/v1/datasets/" + dataset.id())).entity(dataset).build();
    }

    @GET
    public List<Dataset> list(@RestQuery String scope) {
        return store.list(scope);
    }

    @GET
    @Path("/{id}")
    public Dataset get(@RestPath String id) {
        return store.require(id);
    }

    @GET
    @Path("/{id}/dna")
    public DataDna dna(@RestPath String id) {
        return store.require(id).dna();
    }

    @GET
    @Path("/{id}/preview")
    public QueryResult preview(@RestPath String id, @RestQuery @DefaultValue("20") int limit) {
        if (limit < 0 || limit > MAX_PREVIEW) {
            throw DatasetException.badRequest("'limit' must be between 0 and " + MAX_PREVIEW + ".");
        }
        return queries.preview(id, limit);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@RestPath String id) {
        uploads.delete(id);
        return Response.noContent().build();
    }
}
