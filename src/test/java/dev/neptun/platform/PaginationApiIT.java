package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list is paginated GitHub's way: page, per_page, a Link to the next page, the body still an array. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PaginationApiIT {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    static List<Integer> ids(Api.Response page) {
        return ((JsonArray) page.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    static Optional<String> next(Api.Response page) {
        Matcher next = NEXT.matcher(page.header("Link").orElse(""));
        return next.find() ? Optional.of(next.group(1)) : Optional.empty();
    }

    /** Follows the Link header from the first page to the last; each page's ids, in order. */
    static List<List<Integer>> allPages(ApiUser user, String first) {
        List<List<Integer>> pages = new ArrayList<>();
        Optional<String> url = Optional.of(Api.base().resolve(user.path(first)).toString());
        while (url.isPresent()) {
            Api.Response page = Api.get(url.get()).session(user.token()).send();
            assertEquals(200, page.status(), page::toString);
            pages.add(ids(page));
            url = next(page);
        }
        return pages;
    }

    @Test
    void pagesFollowOneAnotherThroughTheLinkHeaderWithNothingSkippedOrRepeated() {
        ApiUser user = ApiUser.create();
        List<Integer> projects = IntStream.range(0, 7).mapToObj(i -> user.project()).toList();

        List<List<Integer>> pages = allPages(user, "projects?per_page=3&project_type=web-app");

        assertEquals(List.of(projects.subList(0, 3), projects.subList(3, 6), projects.subList(6, 7)), pages);
    }

    /**
     * Each list read in slices, pages of 3 through the Link header, after the lists were read before
     * (the providers prepare a list's query once and bind each slice's bounds).
     */
    @Test
    void everyListsPagesFollowOneAnotherWithNothingSkippedOrRepeated() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        List<Integer> installations = new ArrayList<>();
        List<Integer> imports = new ArrayList<>();
        List<Integer> localImports = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            installations.add(user.installation(ApiUser.uniqueGithubId()));
            imports.add(user.githubImport(project, installations.get(i)));
            localImports.add(user.localImport(project));
            imports.add(localImports.get(i));
        }
        List<Integer> files = new ArrayList<>();
        List<Integer> filesOfFirstImport = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            files.add(user.file(project, localImports.get(i % 2)));
            if (i % 2 == 0) {
                filesOfFirstImport.add(files.get(i));
            }
        }
        // The projects' list has a query for each combination of its two filters.
        List<Integer> projects = new ArrayList<>(List.of(project));
        List<Integer> webApps = new ArrayList<>(List.of(project));
        List<Integer> inGo = new ArrayList<>();
        List<Integer> goWebApps = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean webApp = i % 2 == 0;
            boolean go = i / 2 % 2 == 0;
            int id = user.create("projects", "{\"name\":\"p\",\"type\":\"" + (webApp ? "web-app" : "web-site")
                    + "\",\"main_language\":\"" + (go ? "go" : "typescript") + "\"}").getInt("id");
            projects.add(id);
            if (webApp) {
                webApps.add(id);
            }
            if (go) {
                inGo.add(id);
            }
            if (webApp && go) {
                goWebApps.add(id);
            }
        }
        String resources = "projects/" + project + "/resources/";
        Map<String, List<Integer>> lists = Map.of(
                "projects?", projects,
                "projects?project_type=web-app&", webApps,
                "projects?programming_language=go&", inGo,
                "projects?project_type=web-app&programming_language=go&", goWebApps,
                "installations?", installations,
                resources + "imports?", imports,
                resources + "imports?import_source_type=local_folder&", localImports,
                resources + "files?", files,
                resources + "files?import_id=" + localImports.get(0) + "&", filesOfFirstImport,
                resources + "github-installations?", installations);

        for (int round = 0; round < 2; round++) {
            lists.forEach((list, items) -> assertEquals(inThrees(items), allPages(user, list + "per_page=3"), list));
        }
    }

    /** The last pages a page number can name, for every list: empty, never an error. */
    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647&per_page=1", "page=214748365&per_page=10", "page=21474837&per_page=100"})
    void theFarthestPagesOfEveryListAreEmpty(String query) {
        ApiUser user = ApiUser.create();
        int project = user.project();
        user.file(project, user.githubImport(project, user.installation(ApiUser.uniqueGithubId())));
        String resources = "projects/" + project + "/resources/";

        for (String list : List.of("projects?", "projects?project_type=web-app&", "projects?programming_language=typescript&",
                "projects?project_type=web-app&programming_language=typescript&", "installations?", resources + "imports?", resources + "imports?import_source_type=local_folder&",
                resources + "files?", resources + "github-installations?")) {
            Api.Response page = user.get(list + query);
            assertEquals(200, page.status(), () -> list + query + " gave " + page);
            assertEquals("[]", page.body(), list + query);
        }
    }

    private static List<List<Integer>> inThrees(List<Integer> items) {
        return IntStream.range(0, (items.size() + 2) / 3).mapToObj(i -> items.subList(3 * i, Math.min(items.size(), 3 * i + 3))).toList();
    }

    @Test
    void theLinkKeepsTheFiltersAndStartsWithTheConfiguredBase() {
        ApiUser user = ApiUser.create();
        user.project();
        user.project();

        Api.Response first = user.get("projects?programming_language=typescript&per_page=1");

        String link = next(first).orElseThrow();
        assertTrue(link.startsWith(Api.base().toString().replaceAll("/$", "") + "/api/users/" + user.id() + "/projects?"), link);
        assertTrue(link.contains("programming_language=typescript") && link.contains("page=2") && link.contains("per_page=1"), link);
    }

    @Test
    void theDefaultPageIsTheFirstHundredAndAPageBeyondTheListIsEmpty() {
        ApiUser user = ApiUser.create();
        int project = user.project();

        Api.Response all = user.get("projects");
        Api.Response beyond = user.get("projects?page=2");

        assertEquals(List.of(project), ids(all));
        assertTrue(all.header("Link").isEmpty());
        assertEquals("[]", beyond.body());
        assertEquals("[]", user.get("projects?page=2147483647").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"per_page=0", "per_page=101", "per_page=-1", "per_page=abc", "page=0", "page=-1", "page=1.5", "page=2147483648"})
    void badPagingParametersAre400(String query) {
        ApiUser user = ApiUser.create();

        for (String list : List.of("projects", "installations", "projects/" + user.project() + "/resources/imports")) {
            Api.Response response = user.get(list + "?" + query);
            assertEquals(400, response.status(), () -> list + "?" + query + " gave " + response);
        }
    }

    /** Every query parameter of every list, given with an empty value: a 400 naming it, never read as left out. */
    @Test
    void anEmptyQueryValueIsA400NamingTheParameter() {
        ApiUser user = ApiUser.create();
        String project = "projects/" + user.project();
        Map<String, List<String>> parameters = Map.of(
                "projects", List.of("page", "per_page", "project_type", "programming_language"),
                "installations", List.of("page", "per_page"),
                project + "/resources/imports", List.of("page", "per_page", "import_source_type"),
                project + "/resources/files", List.of("page", "per_page", "import_id"),
                project + "/resources/github-installations", List.of("page", "per_page"));

        parameters.forEach((list, names) -> names.forEach(name -> {
            Api.Response response = user.get(list + "?" + name + "=");
            assertEquals(400, response.status(), () -> list + "?" + name + "= gave " + response);
            assertTrue(response.json().getString("message").contains(name), response::toString);
        }));
    }
}
