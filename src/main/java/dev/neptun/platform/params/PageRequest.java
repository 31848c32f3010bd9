package dev.neptun.platform.params;

import java.util.Optional;

/**
 * The page of a list a request asks for, GitHub's way: {@code ?page=} from 1 and {@code ?per_page=}
 * from 1 to {@value #MAX_PER_PAGE} (the default). Resources take both as query parameters of these
 * types, so that bad values are 400s while JAX-RS reads the parameters ({@link Params}), before the
 * resource method runs.
 */
public record PageRequest(Id page, PerPage perPage) {

    public static final int MAX_PER_PAGE = 100;

    /** The number of items on a page: 1 to {@link PageRequest#MAX_PER_PAGE}. */
    public record PerPage(int value) {

        static Optional<PerPage> parse(String raw) {
            return Id.parse(raw).filter(id -> id.value() <= MAX_PER_PAGE).map(id -> new PerPage(id.value()));
        }
    }

    public int size() {
        return perPage == null ? MAX_PER_PAGE : perPage.value();
    }

    /** The index of the page's first item; past every list when the page is beyond them (it is then empty). */
    public long offset() {
        return (long) ((page == null ? 1 : page.value()) - 1) * size();
    }
}
