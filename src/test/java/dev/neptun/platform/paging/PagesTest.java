package dev.neptun.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

    @ParameterizedTest(name = "from {0}, {1} written of {2}")
    @CsvSource({
            "0, 100, 100, 2, 100",
            "100, 100, 100, 3, 100",
            "0, 7, 100, 2, 7",
            "100, 30, 100, 3, 65",
            "0, 1, 100, 2, 1",
            "40, 7, 20, 48, 1",
            "200, 3, 100, 8, 29"})
    void theNextPageStartsRightAfterTheLastItemWritten(long offset, int written, int perPage, long page, int size) {
        Pages.Next next = Pages.next(offset, written, perPage);

        assertEquals(new Pages.Next(page, size), next);
        assertEquals(offset + written, (next.page() - 1) * next.perPage(), "no item skipped or repeated");
    }
}
