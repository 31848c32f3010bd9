package dev.neptun.webhook.boundary;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.json.StrictJson;
import dev.neptun.webhook.control.InstallationChange;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A delivery's payload, in the shapes GitHub documents ("Webhook events and payloads"), read into
 * what it asks of the recorded installations: {@code installation} deleted, suspend and unsuspend,
 * {@code installation_target} renamed, {@code installation_repositories} removed. Any other event
 * or action is {@link InstallationChange#NONE}. The body must be a JSON object whatever the event;
 * what an event acted on needs must be there and of its type, or it is a 400 naming the member.
 */
final class GithubEvents {

    /** The columns the names go into: an account name, an import's source path. */
    private static final int ACCOUNT_NAME_LENGTH = 256;
    private static final int SOURCE_PATH_LENGTH = 2048;

    private GithubEvents() {
    }

    static InstallationChange read(String event, byte[] body) {
        JsonObject payload = object(body);
        String action = payload.get("action") instanceof JsonString named ? named.getString() : "";
        return switch (event + "." + action) {
            case "installation.deleted" -> {
                long installation = installationId(payload);
                yield recorded -> recorded.delete(installation);
            }
            case "installation.suspend" -> {
                long installation = installationId(payload);
                LocalDateTime since = suspendedAt(payload.getJsonObject("installation"));
                yield recorded -> recorded.suspend(installation, since);
            }
            case "installation.unsuspend" -> {
                long installation = installationId(payload);
                yield recorded -> recorded.unsuspend(installation);
            }
            case "installation_target.renamed" -> {
                long installation = installationId(payload);
                String name = accountName(payload);
                yield recorded -> recorded.rename(installation, name);
            }
            case "installation_repositories.removed" -> {
                long installation = installationId(payload);
                List<String> repositories = removedRepositories(payload);
                yield recorded -> recorded.failImportsOf(installation, repositories);
            }
            default -> InstallationChange.NONE;
        };
    }

    /** Strict UTF-8 and strict JSON, as every body of the API. */
    private static JsonObject object(byte[] body) {
        JsonValue json = StrictJson.read(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput("A delivery's payload must be a JSON object");
        }
        return json.asJsonObject();
    }

    private static long installationId(JsonObject payload) {
        if (payload.get("installation") instanceof JsonObject installation && installation.get("id") instanceof JsonNumber id
                && id.isIntegral() && id.bigIntegerValue().signum() > 0 && id.bigIntegerValue().bitLength() < Long.SIZE) {
            return id.longValue();
        }
        throw InvalidInput.member("installation.id", "must be GitHub's installation id, a positive integer");
    }

    /** When GitHub suspended it (ISO-8601, or epoch seconds as some of its payloads write times); absent, now. */
    private static LocalDateTime suspendedAt(JsonObject installation) {
        JsonValue value = installation.getOrDefault("suspended_at", JsonValue.NULL);
        try {
            if (value instanceof JsonString text) {
                return utc(OffsetDateTime.parse(text.getString()).toInstant());
            } else if (value instanceof JsonNumber seconds) {
                return utc(Instant.ofEpochSecond(seconds.longValueExact()));
            } else if (value.getValueType() == JsonValue.ValueType.NULL) {
                return Clock.now();
            }
        } catch (DateTimeException | ArithmeticException notATime) {
            // refused below
        }
        throw InvalidInput.member("installation.suspended_at", "must be a time: ISO-8601, or seconds since 1970");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The account's new name: its login (a user's or an organization's), else its slug (an enterprise's). */
    private static String accountName(JsonObject payload) {
        if (payload.get("account") instanceof JsonObject account) {
            JsonValue name = account.containsKey("login") ? account.get("login") : account.get("slug");
            if (name instanceof JsonString text && !text.getString().isBlank() && text.getString().length() <= ACCOUNT_NAME_LENGTH) {
                return text.getString();
            }
        }
        throw InvalidInput.member("account.login", "must be the account's new name, 1 to " + ACCOUNT_NAME_LENGTH + " characters");
    }

    private static List<String> removedRepositories(JsonObject payload) {
        if (payload.get("repositories_removed") instanceof JsonArray removed) {
            List<String> names = new ArrayList<>();
            for (JsonValue repository : removed) {
                if (repository instanceof JsonObject r && r.get("full_name") instanceof JsonString name
                        && name.getString().length() <= SOURCE_PATH_LENGTH) {
                    names.add(name.getString());
                } else {
                    throw badRepositories();
                }
            }
            return names;
        }
        throw badRepositories();
    }

    private static InvalidInput badRepositories() {
        return InvalidInput.member("repositories_removed", "must list repositories, each with its full_name");
    }
}
