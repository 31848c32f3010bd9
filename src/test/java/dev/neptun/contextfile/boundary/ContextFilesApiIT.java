package dev.neptun.contextfile.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.ApiUser.FileCount;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContextFilesApiIT {

    private static List<Integer> ids(Api.Response list) {
        return ((JsonArray) list.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    private static String files(int project) {
        return "projects/" + project + "/resources/files";
    }

    @Test
    void createIs201WithDefaultsAndLocation() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);

        Api.Response response = user.post(files(project), "{\"import_id\":" + importId + ",\"title\":\"Dockerfile\","
                + "\"original_path\":\"/app/Dockerfile\",\"content\":\"FROM eclipse-temurin:17 # ü\",\"file_type\":\"text\","
                + "\"category\":\"runtime\",\"parent_path\":\"/app\",\"depth\":1,\"metadata\":{\"lines\":1}}");

        assertEquals(201, response.status(), response::toString);
        JsonObject file = response.json();
        assertAll(
                () -> assertEquals(importId, file.getInt("import_id")),
                () -> assertEquals(project, file.getInt("project_id")),
                () -> assertEquals("text", file.getString("language")),
                () -> assertEquals("FROM eclipse-temurin:17 # ü".getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                        file.getInt("file_size")),
                () -> assertEquals(1, file.getInt("depth")),
                () -> assertEquals(1, file.getJsonObject("metadata").getInt("lines")),
                () -> assertTrue(response.header("Location").orElseThrow().endsWith(files(project) + "/" + file.getInt("id"))));
        assertEquals(file, user.get(files(project) + "/" + file.getInt("id")).json());
    }

    @Test
    void createInAnImportOfAnotherProjectIs404() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int foreignImport = user.localImport(user.project());

        Api.Response response = user.post(files(project),
                "{\"import_id\":" + foreignImport + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}");

        assertEquals(404, response.status());
        assertEquals(List.of(), ids(user.get(files(project))));
    }

    @Test
    void invalidFieldsAre400() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);

        assertEquals(400, user.post(files(project), "{\"import_id\":" + importId + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"docx\"}").status());
        assertEquals(400, user.post(files(project), "{\"import_id\":" + importId + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\",\"category\":\"x\"}").status());
        assertEquals(400, user.post(files(project), "{\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}").status());
        assertEquals(400, user.post(files(project), "{\"import_id\":" + importId + ",\"title\":\"t\",\"file_type\":\"text\"}").status());
        assertEquals(List.of(), ids(user.get(files(project))));
    }

    @Test
    void contentOverOneMebibyteIs400() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);
        String big = "x".repeat(1024 * 1024 + 1);

        Api.Response response = user.post(files(project),
                "{\"import_id\":" + importId + ",\"title\":\"t\",\"content\":\"" + big + "\",\"file_type\":\"text\"}");

        assertEquals(400, response.status());
        assertEquals("content", response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void listShowsAllFilesOrThoseOfOneImport() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int first = user.localImport(project);
        int second = user.localImport(project);
        int a = user.file(project, first);
        int b = user.file(project, second);

        assertEquals(List.of(a, b), ids(user.get(files(project))));
        assertEquals(List.of(b), ids(user.get(files(project) + "?import_id=" + second)));
        assertEquals(400, user.get(files(project) + "?import_id=abc").status());
    }

    @Test
    void putChangesTheFileButNeverMovesIt() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);
        int otherImport = user.localImport(project);
        int id = user.file(project, importId);

        Api.Response response = user.put(files(project) + "/" + id,
                "{\"title\":\"New\",\"content\":\"abc\",\"category\":\"documentation\",\"import_id\":" + otherImport + ",\"project_id\":1}");

        assertEquals(200, response.status(), response::toString);
        JsonObject after = response.json();
        assertAll(
                () -> assertEquals("New", after.getString("title")),
                () -> assertEquals("abc", after.getString("content")),
                () -> assertEquals(3, after.getInt("file_size")),
                () -> assertEquals("documentation", after.getString("category")),
                () -> assertEquals(importId, after.getInt("import_id")),
                () -> assertEquals(project, after.getInt("project_id")));
        assertEquals(400, user.put(files(project) + "/" + id, "{\"import_id\":" + otherImport + "}").status());
    }

    @Test
    void deleteIs204ThenTheFileIsGone() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int id = user.file(project, user.localImport(project));

        assertEquals(204, user.delete(files(project) + "/" + id).status());
        assertEquals(404, user.get(files(project) + "/" + id).status());
        assertEquals(404, user.delete(files(project) + "/" + id).status());
    }

    /** Each import counts its files itself; after every create and delete, it says what the list of its files holds. */
    @Test
    void fileCountFollowsEachCreationAndDeletionOfAFileOfItsImportOnly() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int counted = user.localImport(project);
        int other = user.localImport(project);
        user.file(project, other);
        List<Integer> created = new ArrayList<>();

        for (int files = 1; files <= 3; files++) {
            created.add(user.file(project, counted));
            assertEquals(FileCount.of(files), user.fileCount(project, counted), "after create " + files);
        }
        for (int deleted = 1; deleted <= 3; deleted++) {
            assertEquals(204, user.delete(files(project) + "/" + created.get(deleted - 1)).status());
            assertEquals(FileCount.of(3 - deleted), user.fileCount(project, counted), "after delete " + deleted);
        }
        assertEquals(FileCount.of(1), user.fileCount(project, other), "the other import's count never moved");
    }

    /** A delete that is a 404 (a file deleted already, of another project, missing) counts no file off any import. */
    @Test
    void aDeleteThatIs404LeavesEveryFileCountAsItWas() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int imported = user.localImport(project);
        int gone = user.file(project, imported);
        user.file(project, imported);
        int otherProject = user.project();
        int otherImport = user.localImport(otherProject);
        int ofTheOtherProject = user.file(otherProject, otherImport);
        assertEquals(204, user.delete(files(project) + "/" + gone).status());

        assertEquals(404, user.delete(files(project) + "/" + gone).status(), "deleted already");
        assertEquals(404, user.delete(files(project) + "/" + ofTheOtherProject).status(), "a file of another project");
        assertEquals(404, user.delete(files(project) + "/" + Integer.MAX_VALUE).status(), "missing");

        assertEquals(FileCount.of(1), user.fileCount(project, imported));
        assertEquals(FileCount.of(1), user.fileCount(otherProject, otherImport));
    }

    /**
     * Creates and deletes of files of one import, all at once (each file of it deleted twice, new files
     * created meanwhile): every create is a 201, every file's two deletes one 204 and one 404, and the
     * import's count is then the files it holds; the project's lock serializes the writes.
     */
    @Test
    void concurrentCreationsAndDeletionsOfFilesOfOneImportLeaveItsFileCountTheFilesItHolds() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int imported = user.localImport(project);
        List<Integer> existing = IntStream.range(0, 15).mapToObj(i -> user.file(project, imported)).toList();
        String body = "{\"import_id\":" + imported + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}";

        List<CompletableFuture<Api.Response>> creates = new ArrayList<>();
        Map<Integer, List<CompletableFuture<Api.Response>>> deletes = existing.stream().collect(Collectors.toMap(id -> id, id -> new ArrayList<>()));
        for (int id : existing) {
            creates.add(Api.post(user.path(files(project))).session(user.token()).json(body).async());
            for (int twice = 0; twice < 2; twice++) {
                deletes.get(id).add(Api.delete(user.path(files(project) + "/" + id)).session(user.token()).async());
            }
        }

        assertEquals(List.of(201), creates.stream().map(c -> c.join().status()).distinct().toList());
        deletes.forEach((id, both) -> assertEquals(List.of(204, 404), both.stream().map(d -> d.join().status()).sorted().toList(),
                "the two deletes of file " + id));
        assertEquals(FileCount.of(existing.size()), user.fileCount(project, imported));
    }

    @Test
    void sqlAndHtmlMetaCharactersAreStoredAndReturnedLiterally() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);
        String hostile = "'); DROP TABLE context_files; -- <script>alert(1)</script> & \" \\ %_";
        String json = Json.createObjectBuilder().add("import_id", importId).add("title", hostile).add("content", hostile)
                .add("file_type", "text").build().toString();

        JsonObject created = user.create(files(project), json);

        assertEquals(hostile, created.getString("title"));
        assertEquals(hostile, user.get(files(project) + "/" + created.getInt("id")).json().getString("content"));
    }

    @Test
    void fileSizeIsAlwaysTheSizeOfTheContent() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int importId = user.localImport(project);
        String content = "h\u00e9llo \ud83d\ude00";
        int bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

        Api.Response contradicting = user.post(files(project), Json.createObjectBuilder().add("import_id", importId).add("title", "t")
                .add("content", content).add("file_type", "text").add("file_size", bytes + 1).build().toString());
        JsonObject created = user.create(files(project), Json.createObjectBuilder().add("import_id", importId).add("title", "t")
                .add("content", content).add("file_type", "text").add("file_size", bytes).build().toString());
        String path = files(project) + "/" + created.getInt("id");
        Api.Response sizeAlone = user.put(path, "{\"file_size\":" + bytes + "}");
        JsonObject rewritten = user.put(path, "{\"content\":\"abc\"}").json();

        assertEquals(400, contradicting.status());
        assertEquals("file_size", contradicting.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(bytes, created.getInt("file_size"));
        assertEquals(400, sizeAlone.status());
        assertEquals(3, rewritten.getInt("file_size"));
        assertEquals(List.of(created.getInt("id")), ids(user.get(files(project))));
    }
}
