package dev.neptun.auth.boundary;

import dev.neptun.auth.control.Accounts;
import dev.neptun.auth.control.SessionCookie;
import dev.neptun.auth.control.Sessions;
import dev.neptun.auth.control.SignIn;
import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.refusals.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
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

@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    SignIn signIn;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Settings settings;

    @Inject
    SameOrigin sameOrigin;

    @POST
    @Path("sign-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(SignUpRequest body, @Context HttpServletRequest request, @Context SecurityContext security) {
        sameOrigin.require(request);
        return signedIn(Response.status(Response.Status.CREATED),
                signIn.signUp(body.email(), body.password(), client(request), SessionCookie.read(request)), security);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest body, @Context HttpServletRequest request, @Context SecurityContext security) {
        sameOrigin.require(request);
        return signedIn(Response.ok(), signIn.login(body.email(), body.password(), client(request), SessionCookie.read(request)), security);
    }

    @POST
    @Path("logout")
    public Response logout(@Context HttpServletRequest request, @Context SecurityContext security) {
        sameOrigin.require(request);
        SessionCookie.read(request).ifPresent(sessions::revoke);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure(security))).build();
    }

    @HEAD
    @Path("check")
    public Response check(@Context SecurityContext security) {
        Caller.require(security);
        return Response.noContent().build();
    }

    @GET
    @Path("session")
    public SessionView session(@Context SecurityContext security) {
        Caller caller = Caller.require(security);
        UserAccount user = accounts.findById(caller.userId()).orElseThrow(Unauthenticated::new);
        return SessionView.of(user, caller.session().loggedInAt());
    }

    /** The new session's cookie, and the session's body; the session the request came with is revoked already. */
    private Response signedIn(Response.ResponseBuilder response, SignIn.SignedIn signedIn, SecurityContext security) {
        Sessions.Issued issued = signedIn.session();
        return response
                .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(issued.token(), settings.sessionLifetime(), secure(security)))
                .entity(SessionView.of(signedIn.user(), issued.session().loggedInAt()))
                .build();
    }

    /** The client's address, also behind a trusted proxy: what sign-ups and logins are throttled by. */
    private String client(HttpServletRequest request) {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), settings.trustedProxies());
    }

    private boolean secure(SecurityContext security) {
        return settings.alwaysSecureCookie() || security.isSecure();
    }
}
