package dev.neptun.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Hands every exception that reaches JAX-RS to {@link ErrorMapper}. */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        ErrorMapper.Mapped mapped = ErrorMapper.map(failure);
        Response.ResponseBuilder response = Response.status(mapped.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(mapped.body());
        mapped.headers().forEach(response::header);
        return response.build();
    }
}
