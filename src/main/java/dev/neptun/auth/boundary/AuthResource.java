package dev.neptun.auth.boundary;

import dev.neptun.auth.control.Accounts;
import dev.neptun.auth.control.SessionCookie;
import dev.neptun.auth.control.Sessions;
import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Authenticated;
import dev.neptun.platform.ErrorBody;
import dev.neptun.platform.RequestValidator;
import dev.neptun.platform.SessionPrincipal;
import dev.neptun.platform.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Settings settings;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Path("sign-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(SignUpRequest body) {
        SignUpRequest valid = validator.valid(body);
        if (!valid.password().equals(valid.confirmPassword())) {
            throw new ApiException(400, "Invalid request body",
                    List.of(new ErrorBody.FieldError("confirmPassword", "must match password")));
        }
        UserAccount user = accounts.signUp(valid.email(), valid.password());
        return signedIn(Response.status(Response.Status.CREATED), user);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest body) {
        LoginRequest valid = validator.valid(body);
        return signedIn(Response.ok(), accounts.verify(valid.email(), valid.password()));
    }

    @POST
    @Path("logout")
    public Response logout() {
        SessionCookie.read(request).ifPresent(sessions::revoke);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure())).build();
    }

    @HEAD
    @Path("check")
    @Authenticated
    public Response check() {
        return Response.noContent().build();
    }

    @GET
    @Path("session")
    @Authenticated
    public SessionView session() {
        SessionPrincipal principal = SessionPrincipal.of(security);
        UserAccount user = accounts.find(principal.userId()).orElseThrow(ApiException::unauthorized);
        return SessionView.of(user, principal.loggedInAt());
    }

    private Response signedIn(Response.ResponseBuilder response, UserAccount user) {
        Sessions.Issued issued = sessions.issue(user.getId());
        return response
                .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(issued.token(), settings.sessionLifetime(), secure()))
                .entity(SessionView.of(user, issued.principal().loggedInAt()))
                .build();
    }

    private boolean secure() {
        return settings.alwaysSecureCookie() || security.isSecure();
    }
}
