package dev.neptun.webhook.boundary;

import dev.neptun.webhook.control.WebhookSecret;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Without a webhook secret the webhook route does not exist: every request to it is the 404 of an
 * unknown path, before route matching could tell otherwise with a 405 or 415, and before anything is read.
 */
@Provider
@PreMatching
public class WebhookSwitch implements ContainerRequestFilter {

    @Inject
    WebhookSecret secret;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isWebhook(request.getUriInfo().getPath())) {
            secret.require();
        }
    }

    /** The path under /api, as JAX-RS gives it before matching (with or without its leading slash). */
    static boolean isWebhook(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(GithubWebhookResource.PATH) || relative.startsWith(GithubWebhookResource.PATH + "/");
    }
}
