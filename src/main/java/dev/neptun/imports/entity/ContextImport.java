package dev.neptun.imports.entity;

import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.platform.persistence.Paged;
import dev.neptun.platform.persistence.ReadOnly;
import dev.neptun.platform.persistence.Utf8;
import dev.neptun.project.entity.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "context_imports")
@NamedQuery(name = ContextImport.FIND_IN_PROJECT,
        query = "SELECT i FROM ContextImport i WHERE i.id = :importId AND i.project.id = :projectId")
// Only what the delete needs to decide about the connection: no file tree is read.
@NamedQuery(name = ContextImport.SOURCE_IN_PROJECT,
        query = "SELECT NEW dev.neptun.imports.entity.ImportSource(i.sourceType, i.installationId) FROM ContextImport i"
                + " WHERE i.id = :importId AND i.project.id = :projectId")
@NamedQuery(name = ContextImport.COUNT_OTHERS_USING_INSTALLATION,
        query = "SELECT COUNT(i) FROM ContextImport i WHERE i.project.id = :projectId"
                + " AND i.installation.id = :installationId AND i.id <> :importId")
@NamedQuery(name = ContextImport.LIST_OF_PROJECT,
        query = "SELECT i FROM ContextImport i WHERE i.project.id = :projectId ORDER BY i.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = ContextImport.LIST_OF_PROJECT_AND_TYPE,
        query = "SELECT i FROM ContextImport i WHERE i.project.id = :projectId AND i.sourceType = :sourceType ORDER BY i.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = ContextImport.DETACH_INSTALLATION,
        query = "UPDATE ContextImport i SET i.installation = NULL WHERE i.installation.id = :installationId")
// Only imports through an installation have one, so no source type needs naming.
@NamedQuery(name = ContextImport.OF_REPOSITORIES,
        query = "SELECT i FROM ContextImport i WHERE i.installation.id IN :installationIds AND i.sourcePath IN :sourcePaths")
@NamedQuery(name = ContextImport.DELETE_OF_PROJECT, query = "DELETE FROM ContextImport i WHERE i.project.id = :projectId")
@NamedQuery(name = ContextImport.DELETE_BY_ID, query = "DELETE FROM ContextImport i WHERE i.id = :importId")
@NamedQuery(name = ContextImport.COUNT_BY_INSTALLATION,
        query = "SELECT NEW dev.neptun.platform.persistence.KeyCount(i.installationId, COUNT(i)) FROM ContextImport i"
                + " WHERE i.project.id = :projectId AND i.installationId IN :installationIds GROUP BY i.installationId")
@NamedQuery(name = ContextImport.COUNT_OF_PROJECT, query = "SELECT COUNT(i) FROM ContextImport i WHERE i.project.id = :projectId")
@NamedQuery(name = ContextImport.STORED_IN_PROJECT,
        query = "SELECT COALESCE(SUM(i.storedBytes), 0) FROM ContextImport i WHERE i.project.id = :projectId")
public class ContextImport {

    public static final String FIND_IN_PROJECT = "ContextImport.findInProject";
    public static final String SOURCE_IN_PROJECT = "ContextImport.sourceInProject";
    public static final String COUNT_BY_INSTALLATION = "ContextImport.countByInstallation";
    public static final String COUNT_OTHERS_USING_INSTALLATION = "ContextImport.countOthersUsingInstallation";
    public static final String LIST_OF_PROJECT = "ContextImport.listOfProject";
    public static final String LIST_OF_PROJECT_AND_TYPE = "ContextImport.listOfProjectAndType";
    public static final String DETACH_INSTALLATION = "ContextImport.detachInstallation";
    public static final String OF_REPOSITORIES = "ContextImport.ofRepositories";
    public static final String DELETE_OF_PROJECT = "ContextImport.deleteOfProject";
    public static final String DELETE_BY_ID = "ContextImport.deleteById";
    public static final String COUNT_OF_PROJECT = "ContextImport.countOfProject";
    public static final String STORED_IN_PROJECT = "ContextImport.storedInProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    // The foreign keys read as numbers too, so views and rules need not load the related entities.
    @Column(name = "project_id", insertable = false, updatable = false)
    private Integer projectId;

    /** Set only for GitHub-installation imports; null again once that installation is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "installation_id")
    private GithubInstallation installation;

    @Column(name = "installation_id", insertable = false, updatable = false)
    private Integer installationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 40)
    private ImportSourceType sourceType;

    @Column(name = "source_path", nullable = false, length = 2048)
    private String sourcePath;

    @Column(name = "source_ref", length = 1024)
    private String sourceRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_status", nullable = false, length = 16)
    private ImportStatus importStatus;

    @Column(name = "error_message", length = 4096)
    private String errorMessage;

    /** Any JSON document, kept as its text: a CLOB column mapped as a plain string, as {@code ContextFile}'s content. */
    @Column(name = "file_tree")
    private String fileTree;

    /** What the import's members take, in UTF-8 bytes, for the storage quota; kept by {@link #countStoredBytes}. */
    @Column(name = "stored_bytes", nullable = false)
    private long storedBytes;

    /**
     * Its rows of context_files, kept in the transaction of every write of them (under the project's
     * lock, which serializes those writes), so that reading an import counts no files: {@link #fileAdded},
     * and {@code ContextFile.UNCOUNT_IN_PROJECT} before a file's delete; an import's or a project's delete
     * takes the row with its files. Not a member the storage quota counts.
     */
    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ContextImport() {
    }

    /** Every string and JSON member a user stores counts; changed only through this entity, never by bulk updates of them. */
    @PrePersist
    @PreUpdate
    void countStoredBytes() {
        storedBytes = Utf8.bytes(sourceType.wireName(), sourcePath, sourceRef, importStatus.wireName(), errorMessage, fileTree);
    }

    public ContextImport(Project project, GithubInstallation installation, ImportSourceType sourceType, String sourcePath,
            LocalDateTime now) {
        this.project = project;
        this.projectId = project.getId();
        this.installation = installation;
        this.installationId = installation == null ? null : installation.getId();
        this.sourceType = sourceType;
        this.sourcePath = sourcePath;
        this.importStatus = ImportStatus.pending;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
    }

    public void setImportStatus(ImportStatus importStatus) {
        this.importStatus = importStatus;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    public void setFileTree(String fileTree) {
        this.fileTree = fileTree;
    }

    public void touch(LocalDateTime now) {
        this.updatedAt = now;
    }

    /** For the writer that persists a new file of this import, in the same transaction. */
    public void fileAdded() {
        fileCount++;
    }

    public Integer getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Integer getProjectId() {
        return projectId;
    }

    public Integer getInstallationId() {
        return installationId;
    }

    public ImportSourceType getSourceType() {
        return sourceType;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public ImportStatus getImportStatus() {
        return importStatus;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getFileTree() {
        return fileTree;
    }

    public int getFileCount() {
        return fileCount;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
