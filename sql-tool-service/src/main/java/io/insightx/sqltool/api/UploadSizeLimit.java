package io.insightx.sqltool.api;

import io.insightx.sqltool.config.SqlToolConfig;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request whose declared length is over the upload cap before its body is read, with the same
 * problem+json a JAX-RS error would get (the body handler's own 413 would have no body).
 */
@ApplicationScoped
public class UploadSizeLimit {

    private final long maxBytes;

    public UploadSizeLimit(SqlToolConfig config) {
        this.maxBytes = config.upload().maxBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                refuse(ctx);
                return;
            }
            ctx.next();
        });
        // A chunked body declares no length: the body handler stops it at the cap and fails the route with 413.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx);
                return;
            }
            ctx.next();
        });
    }

    private void refuse(RoutingContext ctx) {
        Problem problem = Problem.of(413, "upload-too-large", "Upload too large",
                "Uploads may be at most " + maxBytes + " bytes.");
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem));
    }
}
