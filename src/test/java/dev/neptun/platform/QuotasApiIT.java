package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.paging.Pages;
import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.ApiUser.FileCount;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-user quotas: past each one a 409 {@code "Quota exceeded: <which>"} that changes nothing. The
 * suite's server runs with small quotas (pom.xml), read here from the server itself.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class QuotasApiIT {

    private static JsonObject quotas;

    @BeforeAll
    static void quotas() {
        quotas = Api.get("api/test-data/quotas").send().json();
    }

    private static void assertQuotaExceeded(Api.Response response, String which) {
        assertEquals(409, response.status(), response::toString);
        assertEquals("Quota exceeded: " + which, response.json().getString("message"));
    }

    private static int count(ApiUser user, String list) {
        return ((JsonArray) user.get(list).parse()).size();
    }

    @Test
    void projectsPerUser() {
        ApiUser user = ApiUser.create();
        int quota = quotas.getInt("projects_per_user");
        IntStream.range(0, quota).forEach(i -> user.project());

        assertQuotaExceeded(user.post("projects", "{\"name\":\"one too many\",\"type\":\"web-app\",\"main_language\":\"go\"}"), "projects per user");
        assertEquals(quota, count(user, "projects"));
    }

    @Test
    void installationsPerUser() {
        ApiUser user = ApiUser.create();
        int quota = quotas.getInt("installations_per_user");
        IntStream.range(0, quota).forEach(i -> user.installation(ApiUser.uniqueGithubId()));

        assertQuotaExceeded(user.post("installations", "{\"github_installation_id\":" + ApiUser.uniqueGithubId()
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}"), "installations per user");
        assertEquals(quota, count(user, "installations"));
    }

    @Test
    void importsPerProject() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int quota = quotas.getInt("imports_per_project");
        IntStream.range(0, quota).forEach(i -> user.localImport(project));

        assertQuotaExceeded(user.post("projects/" + project + "/resources/imports", "{\"source_type\":\"local_folder\",\"source_path\":\"/x\"}"),
                "imports per project");
        assertEquals(quota, count(user, "projects/" + project + "/resources/imports"));
    }

    @Test
    void filesPerImport() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);
        int quota = quotas.getInt("files_per_import");
        IntStream.range(0, quota).forEach(i -> user.file(project, importId));

        assertQuotaExceeded(user.post("projects/" + project + "/resources/files", "{\"import_id\":" + importId
                + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}"), "files per import");
        assertEquals(FileCount.of(quota), user.fileCount(project, importId));
    }

    /**
     * The bytes quota refuses a file after its import counted it (the sums must see the file): the
     * refusal rolls the count back with the file.
     */
    @Test
    void aFileRefusedByTheBytesQuotaIsNotCountedOnItsImport() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        String files = "projects/" + project + "/resources/files";
        int filled = user.localImport(project);
        int counted = user.localImport(project);
        user.file(project, counted);
        fillBytesQuotaUpTo1000Bytes(user, files, filled);

        assertQuotaExceeded(user.post(files, file(counted, "x".repeat(2000))), "bytes per project");

        assertEquals(FileCount.of(1), user.fileCount(project, counted));
    }

    /**
     * Filled to its byte quota with files of 1 MiB, a project still lists: page by page, each page
     * within 8 MiB, every file once. And the file tree of an import counts too.
     */
    @Test
    void bytesPerProjectAndAFullProjectListsPageByPage() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        String files = "projects/" + project + "/resources/files";
        long quota = quotas.getJsonNumber("bytes_per_project").longValue();
        // A mebibyte less a kibibyte of content, so that each file's other members fit beside it too.
        String mebibyte = "x".repeat(1024 * 1024 - 1024);
        int fitting = (int) (quota / (1024 * 1024));
        int[] imports = IntStream.range(0, fitting / quotas.getInt("files_per_import") + 2).map(i -> user.localImport(project)).toArray();
        for (int i = 0; i < fitting; i++) {
            assertEquals(201, user.post(files, file(imports[i / quotas.getInt("files_per_import")], mebibyte)).status());
        }

        assertQuotaExceeded(user.post(files, file(imports[imports.length - 1], "x".repeat(1024 * 1024))), "bytes per project");
        assertQuotaExceeded(user.post("projects/" + project + "/resources/imports", "{\"source_type\":\"local_folder\",\"source_path\":\"/x\","
                + "\"file_tree\":\"" + "y".repeat(1024 * 1024) + "\"}"), "bytes per project");

        List<List<Integer>> pages = PaginationApiIT.allPages(user, files);
        assertEquals(fitting, pages.stream().mapToInt(List::size).sum());
        assertEquals(fitting, pages.stream().flatMap(List::stream).distinct().count());
        assertTrue(pages.size() > 1, "files of 1 MiB fill more than one page of 8 MiB");
        Api.Response first = user.get(files);
        assertTrue(first.body().getBytes(StandardCharsets.UTF_8).length <= Pages.MAX_BODY_BYTES, "a page ends before 8 MiB");
    }

    /** Files of up to 1 MiB of content into the import until about 1,000 bytes of the project's byte quota are left. */
    private static void fillBytesQuotaUpTo1000Bytes(ApiUser user, String files, int importId) {
        long quota = quotas.getJsonNumber("bytes_per_project").longValue();
        int filling = (int) Math.min(1024 * 1024, quota - 1000);
        for (long left = quota - 1000; left > 0; left -= filling) {
            assertEquals(201, user.post(files, file(importId, "x".repeat((int) Math.min(filling, left)))).status());
        }
    }

    private static String file(int importId, String content) {
        return Json.createObjectBuilder().add("import_id", importId).add("title", "big").add("content", content).add("file_type", "text")
                .build().toString();
    }

    /**
     * Every string and JSON member counts, in UTF-8 bytes, not only content: with about 1,000 bytes left,
     * a file of empty content whose title or a path is 500 characters of "é" (1,000 bytes; 500 is within
     * every member's length) is refused, and so is an import whose source path or error message is;
     * 200 of them (400 bytes) still fit.
     */
    @Test
    void theBytesQuotaCountsEveryMemberInUtf8Bytes() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        String files = "projects/" + project + "/resources/files";
        int imported = user.localImport(project);
        fillBytesQuotaUpTo1000Bytes(user, files, imported);
        String e500 = "é".repeat(500);
        String e200 = "é".repeat(200);

        for (String member : List.of("title", "original_path", "parent_path")) {
            Api.Response refused = user.post(files, Json.createObjectBuilder().add("import_id", imported).add("title", "t").add("content", "")
                    .add("file_type", "text").add(member, e500).build().toString());
            assertQuotaExceeded(refused, "bytes per project");
        }
        assertQuotaExceeded(user.post("projects/" + project + "/resources/imports",
                "{\"source_type\":\"local_folder\",\"source_path\":\"" + e500 + "\"}"), "bytes per project");
        assertQuotaExceeded(user.put("projects/" + project + "/resources/imports/" + imported, "{\"error_message\":\"" + e500 + "\"}"),
                "bytes per project");
        assertEquals(201, user.post(files, Json.createObjectBuilder().add("import_id", imported).add("title", e200).add("content", "")
                .add("file_type", "text").build().toString()).status(), "400 bytes still fit");
    }
}
