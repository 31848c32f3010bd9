package dev.neptun.auth.boundary;

import dev.neptun.auth.control.Accounts;
import dev.neptun.auth.control.SessionCookie;
import dev.neptun.auth.control.Sessions;
import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Authenticated;
import dev.neptun.platform.ErrorBody;
import dev.neptun.platform.RequestBodies;
import dev.neptun.platform.SessionPrincipal;
import dev.neptun.platform.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.JsonValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@RequestScoped
@Tag(name = "Auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Settings settings;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Path("sign-up")
    @Operation(summary = "Create an account and sign in")
    @APIResponse(responseCode = "201", description = "Signed up; sets the neptun-session cookie")
    @APIResponse(responseCode = "400", description = "Invalid email, password or confirmation")
    @APIResponse(responseCode = "409", description = "Email already registered")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(
            @RequestBody(content = @Content(schema = @Schema(implementation = SignUpRequest.class))) JsonValue body) {
        SignUpRequest valid = bodies.read(body, SignUpRequest.class);
        if (!valid.password().equals(valid.confirmPassword())) {
            throw new ApiException(400, "Invalid request body",
                    List.of(new ErrorBody.FieldError("confirmPassword", "must match password")));
        }
        UserAccount user = accounts.signUp(valid.email(), valid.password());
        return signedIn(Response.status(Response.Status.CREATED), user);
    }

    @POST
    @Path("login")
    @Operation(summary = "Sign in; always issues a new session")
    @APIResponse(responseCode = "200", description = "Signed in; sets the neptun-session cookie")
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(
            @RequestBody(content = @Content(schema = @Schema(implementation = LoginRequest.class))) JsonValue body) {
        LoginRequest valid = bodies.read(body, LoginRequest.class);
        return signedIn(Response.ok(), accounts.verify(valid.email(), valid.password()));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Revoke the session and clear the cookie")
    @APIResponse(responseCode = "204", description = "Signed out (also without a session)")
    public Response logout() {
        SessionCookie.read(request).ifPresent(sessions::revoke);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure())).build();
    }

    @HEAD
    @Path("check")
    @Operation(summary = "Is the session valid?")
    @APIResponse(responseCode = "204", description = "Valid")
    @APIResponse(responseCode = "401", description = "No valid session")
    @Authenticated
    public Response check() {
        return Response.noContent().build();
    }

    @GET
    @Path("session")
    @Operation(summary = "The signed-in user and when the session began")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "401", description = "No valid session")
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
