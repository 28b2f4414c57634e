package io.insightx.pythontool.api;

import io.insightx.pythontool.execution.ExecuteRequest;
import io.insightx.pythontool.execution.ExecuteResult;
import io.insightx.pythontool.execution.ExecutionService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/execute")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExecuteResource {

    private final ExecutionService executions;

    public ExecuteResource(ExecutionService executions) {
        this.executions = executions;
    }

    /** Runs Python in a sandbox. A program that fails is still a 200, with {@code status: "error"}. */
    @POST
    public ExecuteResult execute(ExecuteRequest request) {
        return executions.execute(request);
    }
}
