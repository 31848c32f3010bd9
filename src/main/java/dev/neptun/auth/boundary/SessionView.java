package dev.neptun.auth.boundary;

import dev.neptun.auth.entity.UserAccount;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** {@code {"user":{"id","primary_email"},"loggedInAt"}} — the body of sign-up, login and session. */
public record SessionView(@JsonbProperty("user") UserView user, @JsonbProperty("loggedInAt") Instant loggedInAt) {

    public record UserView(@JsonbProperty("id") int id, @JsonbProperty("primary_email") String primaryEmail) {
    }

    static SessionView of(UserAccount user, Instant loggedInAt) {
        return new SessionView(new UserView(user.getId(), user.getPrimaryEmail()), loggedInAt);
    }
}
