package dev.neptun.platform.errors;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands every exception that reaches JAX-RS to {@link ErrorMapper}. {@link Transactions} does the
 * same for failures at commit, which Jersey would otherwise give to a mapper of its own.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        return response(failure);
    }

    static Response response(Throwable failure) {
        ErrorMapper.Mapped mapped = ErrorMapper.map(failure);
        Response.ResponseBuilder response = Response.status(mapped.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(mapped.body());
        mapped.headers().forEach(response::header);
        return response.build();
    }

    /**
     * A transaction that fails as it commits ends in a {@link TransactionalException}. Jersey ships
     * a mapper for exactly that type, which rethrows it to the container (which logs it with its
     * SQL); a mapper of the same type registered by the application is chosen before it.
     */
    @Provider
    public static class Transactions implements ExceptionMapper<TransactionalException> {

        @Override
        public Response toResponse(TransactionalException failure) {
            return response(failure);
        }
    }
}
