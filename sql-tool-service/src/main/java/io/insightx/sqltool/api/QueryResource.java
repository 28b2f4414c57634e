package io.insightx.sqltool.api;

import io.insightx.sqltool.query.ExportFormat;
import io.insightx.sqltool.query.ExportedResult;
import io.insightx.sqltool.query.QueryRequest;
import io.insightx.sqltool.query.QueryResult;
import io.insightx.sqltool.query.QueryService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/query")
@Consumes(MediaType.APPLICATION_JSON)
public class QueryResource {

    private final QueryService queries;

    public QueryResource(QueryService queries) {
        this.queries = queries;
    }

    /** Runs one read-only statement; the datasets are visible as views named by their table names. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public QueryResult query(QueryRequest request) {
        return queries.query(request);
    }

    /** Streams the whole result (no row cap) as CSV, Parquet or a JSON array. */
    @POST
    @Path("/export")
    public Response export(QueryRequest request, @RestQuery String format) {
        ExportedResult result = queries.export(request, ExportFormat.parse(format));
        StreamingOutput body = result::writeTo;
        return Response.ok(body, result.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"result." + result.format().extension() + "\"")
                .build();
    }
}
