package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.client.ApiClient;
import dev.neptun.client.ApiException;
import dev.neptun.client.ApiResponse;
import dev.neptun.client.api.AuthApi;
import dev.neptun.client.api.ContextFilesApi;
import dev.neptun.client.api.GitHubInstallationsApi;
import dev.neptun.client.api.ImportsApi;
import dev.neptun.client.api.ProjectConnectionsApi;
import dev.neptun.client.api.ProjectsApi;
import dev.neptun.client.model.ErrorBody;
import dev.neptun.client.model.FileCreate;
import dev.neptun.client.model.FileType;
import dev.neptun.client.model.FileView;
import dev.neptun.client.model.ImportCreate;
import dev.neptun.client.model.ImportSourceType;
import dev.neptun.client.model.InstallationCreate;
import dev.neptun.client.model.InstallationView;
import dev.neptun.client.model.LoginRequest;
import dev.neptun.client.model.MainLanguage;
import dev.neptun.client.model.ProjectCreate;
import dev.neptun.client.model.ProjectType;
import dev.neptun.client.model.SessionView;
import dev.neptun.client.model.SignUpRequest;
import dev.neptun.testsupport.Api;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's walkthrough through the Java client OpenAPI Generator makes from the published
 * document at build time (pom.xml), and nothing else: no hand-written request, no hand edit of the
 * client. Its only set-up is what any user of it does: the server's address and a cookie jar.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class GeneratedJavaClientApiIT {

    private final ApiClient client = new ApiClient(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()),
            ApiClient.createDefaultObjectMapper(), Api.base().toString().replaceAll("/$", ""));
    private final AuthApi auth = new AuthApi(client);
    private final ProjectsApi projects = new ProjectsApi(client);
    private final GitHubInstallationsApi installations = new GitHubInstallationsApi(client);
    private final ProjectConnectionsApi connections = new ProjectConnectionsApi(client);
    private final ImportsApi imports = new ImportsApi(client);
    private final ContextFilesApi files = new ContextFilesApi(client);

    @Test
    void theReadmeWalkthroughRunsThroughTheGeneratedClientAlone() throws Exception {
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        auth.signUp(new SignUpRequest().email(email).password("Analytical1!").confirmPassword("Analytical1!"));
        SessionView session = auth.login(new LoginRequest().email(email).password("Analytical1!"));
        int user = session.getUser().getId();
        assertEquals(email, session.getUser().getPrimaryEmail());
        assertEquals(user, auth.getSession().getUser().getId());

        int project = projects.createProject(user, new ProjectCreate().name("shop").type(ProjectType.WEB_APP)
                .mainLanguage(MainLanguage.TYPESCRIPT)).getId();
        InstallationView installation = installations.createInstallation(user, new InstallationCreate()
                .githubInstallationId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)).githubAccountType("User")
                .githubAccountId(583231L).githubAccountName("octocat"));
        int imported = imports.createImport(user, project, new ImportCreate().sourceType(ImportSourceType.GITHUB_REPOSITORY_INSTALLATION)
                .sourcePath("octocat/shop").installationId(installation.getId())).getId();
        for (String title : List.of("package.json", "README.md")) {
            files.createFile(user, project, new FileCreate().importId(imported).title(title).content("...").fileType(FileType.TEXT));
        }

        ApiResponse<List<FileView>> firstPage = files.listProjectFilesWithHttpInfo(user, project, imported, 1, 1);
        List<FileView> secondPage = files.listProjectFiles(user, project, imported, 2, 1);
        assertEquals(1, firstPage.getData().size());
        assertTrue(firstPage.getHeaders().get("link").get(0).matches("<[^>]*[?&]page=2[&>].*; rel=\"next\""), firstPage.getHeaders().toString());
        assertEquals(List.of("package.json", "README.md"), List.of(firstPage.getData().get(0).getTitle(), secondPage.get(0).getTitle()));
        assertEquals(2L, imports.getImport(user, project, imported).getFileCount());
        assertEquals(List.of(installation.getId()), connections.listProjectInstallations(user, project, null, null).stream().map(InstallationView::getId).toList());

        assertEquals(204, imports.deleteImportWithHttpInfo(user, project, imported).getStatusCode());

        assertEquals(List.of(), imports.listProjectImports(user, project, null, null, null));
        assertEquals(List.of(), files.listProjectFiles(user, project, null, null, null));
        assertEquals(List.of(), connections.listProjectInstallations(user, project, null, null));
        assertEquals(List.of(installation.getId()), installations.listInstallations(user, null, null).stream().map(InstallationView::getId).toList());
        ApiException again = assertThrows(ApiException.class, () -> imports.deleteImport(user, project, imported));
        assertEquals(404, again.getCode());
        assertEquals("{\"statusCode\":404,\"message\":\"Import not found\"}", again.getResponseBody());
        ErrorBody notFound = client.getObjectMapper().readValue(again.getResponseBody(), ErrorBody.class);
        assertEquals(new ErrorBody().statusCode(404).message("Import not found"), notFound);
        assertNull(notFound.getRequestId());

        auth.logout();
        assertEquals(401, assertThrows(ApiException.class, auth::getSession).getCode());
    }
}
