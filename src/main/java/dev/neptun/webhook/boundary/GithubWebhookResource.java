package dev.neptun.webhook.boundary;

import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.webhook.control.Deliveries;
import dev.neptun.webhook.control.InstallationChange;
import dev.neptun.webhook.control.WebhookKey;
import dev.neptun.webhook.control.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * GitHub's webhook: GitHub tells here what became of installations of the App. Not under
 * {@code /api/users}, so no session is asked for and no Origin is judged: a delivery is authenticated
 * by its signature alone, over the raw bytes of its body, before any of it is parsed. The checks in
 * order: 404 without a secret ({@link WebhookSwitch}), 401 for a header that cannot be a signature
 * (nothing read), 413 past GitHub's 25 MiB, 401 for a wrong signature, 400 for missing headers or a
 * body that is not JSON, then the delivery: 200 when acted on or received before, 204 otherwise.
 */
@Path(GithubWebhookResource.PATH)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GithubWebhookResource {

    static final String PATH = "github/webhook";
    /** GitHub's cap: it does not deliver larger payloads. */
    static final int LIMIT_BYTES = 25 * 1024 * 1024;
    /** Two bodies at the cap, and room for the small ones GitHub sends: far below the server's heap. */
    static final int HELD_BYTES = 64 * 1024 * 1024;
    private static final Pattern DELIVERY_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    @Inject
    WebhookSecret secret;

    @Inject
    Deliveries deliveries;

    private final DeliveryBodies bodies = new DeliveryBodies(LIMIT_BYTES, HELD_BYTES);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deliver(@HeaderParam("X-Hub-Signature-256") String signature, @HeaderParam("X-GitHub-Event") String event,
            @HeaderParam("X-GitHub-Delivery") String delivery, @Context HttpHeaders headers, InputStream body) {
        WebhookKey key = secret.require();
        WebhookKey.requireWellFormed(signature);
        try (DeliveryBodies.Body raw = bodies.read(body, headers.getLength())) {
            key.requireSigned(signature, raw.bytes());
            if (event == null || event.isBlank()) {
                throw new InvalidInput("X-GitHub-Event is required");
            }
            if (delivery == null || !DELIVERY_ID.matcher(delivery).matches()) {
                throw new InvalidInput("X-GitHub-Delivery must be GitHub's delivery id (a GUID)");
            }
            InstallationChange change = GithubEvents.read(event, raw.bytes());
            Deliveries.Received received = deliveries.receive(delivery, change);
            if (change == InstallationChange.NONE && !received.duplicate()) {
                return Response.noContent().build();
            }
            return Response.ok(new DeliveryView(delivery, received.duplicate(), received.changed())).build();
        }
    }
}
