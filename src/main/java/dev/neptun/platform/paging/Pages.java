package dev.neptun.platform.paging;

import dev.neptun.platform.json.JsonConfig;
import dev.neptun.platform.params.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as a JSON array: at most the page's size, and ending before the body would
 * pass {@link #MAX_BODY_BYTES} (always at least one item), so that no list, however large its
 * items, becomes one huge response. Items are read in chunks and written as they come: the first
 * {@link #FIRST_CHUNK}, then as many as the items so far say will fit, so a page of small items
 * takes two queries and a page of large ones holds little more than its own body in memory. A
 * {@code Link} header names the next page while there is one.
 */
@ApplicationScoped
public class Pages {

    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** Items read first: even of the largest (1 MiB of content, 4 MiB of file tree) a few dozen MiB. */
    static final int FIRST_CHUNK = 8;

    @Inject
    Links links;

    /** Reads {@code limit} items of a list from index {@code offset} on. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> read(int offset, int limit);
    }

    public <T> Response of(PageRequest page, UriInfo request, Source<T> source, Function<T, ?> view) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write('[');
        long offset = page.offset();
        int written = 0;
        boolean more = false;
        reading:
        while (offset + written <= Integer.MAX_VALUE) {
            // One item beyond the page, to know whether there is a next one.
            int wanted = Math.min(page.size() - written + 1, written == 0 ? FIRST_CHUNK : fitting(body.size(), written));
            List<T> chunk = source.read((int) (offset + written), wanted);
            for (T item : chunk) {
                byte[] json = written == page.size() ? null : JsonConfig.jsonb().toJson(view.apply(item)).getBytes(StandardCharsets.UTF_8);
                if (json == null || (written > 0 && body.size() + 1 + json.length + 1 > MAX_BODY_BYTES)) {
                    more = true;
                    break reading;
                }
                if (written > 0) {
                    body.write(',');
                }
                body.writeBytes(json);
                written++;
            }
            if (chunk.size() < wanted) {
                break;
            }
        }
        body.write(']');
        Response.ResponseBuilder response = Response.ok(body.toByteArray(), MediaType.APPLICATION_JSON_TYPE);
        if (more) {
            Next next = next(offset, written, page.size());
            response.header(HttpHeaders.LINK, "<" + links.onBase(request.getRequestUriBuilder()
                    .replaceQueryParam("page", next.page()).replaceQueryParam("per_page", next.perPage())) + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** How many more items of the average size so far fit in the body, and one. */
    private static int fitting(int bodySize, int written) {
        long average = Math.max(1, bodySize / written);
        return (int) Math.min(Integer.MAX_VALUE, (MAX_BODY_BYTES - bodySize) / average + 1);
    }

    /** A page number and size that start exactly at a given index. */
    record Next(long page, int perPage) {
    }

    /**
     * The next page after {@code written} items from {@code offset}: the same size when the page was
     * full; after a page the body limit cut short, the largest size up to the asked one whose pages
     * fall on the next item, so that page-number arithmetic skips nothing.
     */
    static Next next(long offset, int written, int perPage) {
        long start = offset + written;
        int size = perPage;
        while (start % size != 0) {
            size--;
        }
        return new Next(start / size + 1, size);
    }
}
