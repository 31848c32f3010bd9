package dev.neptun.testsupport;

import dev.neptun.auth.control.SessionToken;
import dev.neptun.auth.control.Sessions;
import dev.neptun.auth.entity.EmailKeys;
import dev.neptun.auth.entity.UserAccount;
import dev.neptun.auth.entity.UserSession;
import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.Project;
import dev.neptun.project.entity.ProjectType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Seeds test data straight through the EntityManager and reads back what a test needs to assert.
 * Every call makes new rows: no test sees another's. Users get one password hash computed once, so
 * that a test that needs a user does not pay for a PBKDF2 sign-up.
 */
@ApplicationScoped
@Transactional
public class Fixtures {

    public static final String PASSWORD = "Corr3ct-Horse!";
    private static final AtomicLong GITHUB_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Sessions sessions;

    @PersistenceContext
    EntityManager em;

    @Resource(name = "jdbc/neptun")
    DataSource dataSource;

    private String passwordHashOfPassword;

    public record SignedIn(int userId, String email, String token) {
    }

    @PostConstruct
    void hashThePasswordOnce() {
        // The container's default parameters: login checks any valid PBKDF2 hash, whatever its iterations.
        passwordHashOfPassword = passwordHash.generate(PASSWORD.toCharArray());
    }

    /**
     * A user with a session and two projects: the first has a GitHub import (3 files) connected
     * through an installation and a local-folder import (2 files); the second has one local import.
     */
    public record World(SignedIn user, int projectId, int installationId, int githubImportId, int localImportId,
            int otherProjectId, int otherProjectImportId) {
    }

    /** A user who signed up with {@link #PASSWORD}, and a session of theirs. */
    public SignedIn user() {
        String email = "user-" + UUID.randomUUID() + "@example.test";
        UserAccount account = new UserAccount(email, EmailKeys.canonical(email), passwordHashOfPassword, Clock.now());
        em.persist(account);
        em.flush();
        return new SignedIn(account.getId(), email, sessions.issue(account.getId(), Optional.empty()).token());
    }

    public World world() {
        SignedIn user = user();
        int project = project(user.userId());
        int installation = installation(user.userId());
        int githubImport = importOf(project, ImportSourceType.github_repository_installation, installation, 3);
        int localImport = importOf(project, ImportSourceType.local_folder, null, 2);
        int otherProject = project(user.userId());
        int otherProjectImport = importOf(otherProject, ImportSourceType.local_folder, null, 1);
        return new World(user, project, installation, githubImport, localImport, otherProject, otherProjectImport);
    }

    public int project(int userId) {
        Project project = new Project(em.getReference(UserAccount.class, userId), "project", null, ProjectType.WEB_SERVICE,
                MainLanguage.java, Clock.now());
        em.persist(project);
        em.flush();
        return project.getId();
    }

    public int installation(int userId) {
        long githubId = GITHUB_IDS.incrementAndGet();
        GithubInstallation installation = new GithubInstallation(em.getReference(UserAccount.class, userId), githubId,
                "User", githubId, "octocat", null, Clock.now());
        em.persist(installation);
        em.flush();
        return installation.getId();
    }

    /**
     * An import with {@code files} context files, counted on it as the service counts them; a GitHub one
     * also connects its installation to the project.
     */
    public int importOf(int projectId, ImportSourceType type, Integer installationId, int files) {
        Project project = em.find(Project.class, projectId);
        GithubInstallation installation = installationId == null ? null : em.find(GithubInstallation.class, installationId);
        ContextImport contextImport = new ContextImport(project, installation, type, "/src/" + type, Clock.now());
        em.persist(contextImport);
        for (int i = 0; i < files; i++) {
            ContextFile file = new ContextFile(contextImport, "file " + i, "# content " + i, FileType.markdown, Clock.now());
            file.setOriginalPath("/src/file" + i + ".md");
            em.persist(file);
            contextImport.fileAdded();
        }
        if (installation != null && !connected(projectId, installationId)) {
            em.persist(new ProjectInstallation(project, installation, Clock.now()));
        }
        em.flush();
        return contextImport.getId();
    }

    /** A session with chosen timestamps, for the expiry rules. */
    public String session(int userId, LocalDateTime createdAt, LocalDateTime lastUsedAt, LocalDateTime expiresAt) {
        String token = SessionToken.generate();
        UserSession session = new UserSession(userId, SessionToken.hash(token), createdAt, expiresAt);
        em.persist(session);
        em.flush();
        em.createNamedQuery(UserSession.TOUCH).setParameter("now", lastUsedAt).setParameter("id", session.getId()).executeUpdate();
        return token;
    }

    public LocalDateTime lastUsedOf(String token) {
        return em.createQuery("SELECT s.lastUsedAt FROM UserSession s WHERE s.tokenHash = :hash", LocalDateTime.class)
                .setParameter("hash", SessionToken.hash(token)).getSingleResult();
    }

    public long sessionsOf(int userId) {
        return em.createQuery("SELECT COUNT(s) FROM UserSession s WHERE s.userId = :userId", Long.class)
                .setParameter("userId", userId).getSingleResult();
    }

    public boolean importExists(int importId) {
        return em.find(ContextImport.class, importId) != null;
    }

    public long filesOf(int importId) {
        return em.createQuery("SELECT COUNT(f) FROM ContextFile f WHERE f.contextImport.id = :importId", Long.class)
                .setParameter("importId", importId).getSingleResult();
    }

    /** The count of files the import's row holds. */
    public int fileCountOf(int importId) {
        return em.find(ContextImport.class, importId).getFileCount();
    }

    /** The project's imports' counts of files as changeSet 21's new column leaves existing rows: 0. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void zeroFileCountsOf(int projectId) {
        sql("UPDATE context_imports SET file_count = 0 WHERE project_id = " + projectId);
    }

    /** One statement of a migration, in a transaction of its own, as Liquibase runs it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrate(String statement) {
        sql(statement);
    }

    private void sql(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getSQLState() + " " + e.getMessage(), e);
        }
    }

    public boolean connected(int projectId, int installationId) {
        return connectionRows(projectId, installationId) > 0;
    }

    public long connectionRows(int projectId, int installationId) {
        return em.createNamedQuery(ProjectInstallation.COUNT_PAIR, Long.class)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .getSingleResult();
    }

    public boolean installationExists(int installationId) {
        return em.find(GithubInstallation.class, installationId) != null;
    }

    public long sessionRowsWithRawToken(String token) {
        return em.createQuery("SELECT COUNT(s) FROM UserSession s WHERE s.tokenHash = :raw", Long.class)
                .setParameter("raw", token).getSingleResult();
    }

    /**
     * Makes the database refuse to delete this import — a row of a test-only table references it —
     * so a delete fails half-way: after the files and the connection, at the import itself.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void blockDeletionOf(int importId) {
        reference(importId, "it_import_blockers", "");
    }

    /**
     * As {@link #blockDeletionOf}, but the reference is only checked when the transaction commits
     * (a deferred foreign key, on Derby and PostgreSQL alike): every statement of a delete succeeds,
     * and the failure shows at commit.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void blockDeletionAtCommitOf(int importId) {
        reference(importId, "it_import_commit_blockers", " DEFERRABLE INITIALLY DEFERRED");
    }

    private void reference(int importId, String table, String checked) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            boolean exists = false;
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    exists |= table.equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
            }
            if (!exists) {
                sql.executeUpdate("CREATE TABLE " + table + " (import_id INT NOT NULL, CONSTRAINT fk_" + table
                        + " FOREIGN KEY (import_id) REFERENCES context_imports(id)" + checked + ")");
            }
            sql.executeUpdate("INSERT INTO " + table + " (import_id) VALUES (" + importId + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("could not block the deletion of import " + importId + ": " + e.getSQLState() + " " + e.getMessage(), e);
        }
    }
}
