package dev.neptun.contextfile.entity;

import dev.neptun.imports.entity.ContextImport;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

@Entity
@Table(name = "context_files")
@NamedQuery(name = ContextFile.LIST_OF_PROJECT,
        query = "SELECT f FROM ContextFile f WHERE f.project.id = :projectId ORDER BY f.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = ContextFile.LIST_OF_IMPORT,
        query = "SELECT f FROM ContextFile f WHERE f.project.id = :projectId AND f.contextImport.id = :importId ORDER BY f.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = ContextFile.FIND_IN_PROJECT,
        query = "SELECT f FROM ContextFile f WHERE f.id = :fileId AND f.project.id = :projectId")
@NamedQuery(name = ContextFile.DELETE_IN_PROJECT, query = "DELETE FROM ContextFile f WHERE f.id = :fileId AND f.project.id = :projectId")
// Just before DELETE_IN_PROJECT, with its parameters and in its transaction: the file's import counts one
// file less (a bulk update, so that a file's delete loads neither the file nor its import).
@NamedQuery(name = ContextFile.UNCOUNT_IN_PROJECT, query = "UPDATE ContextImport i SET i.fileCount = i.fileCount - 1"
        + " WHERE i.id IN (SELECT f.importId FROM ContextFile f WHERE f.id = :fileId AND f.project.id = :projectId)")
@NamedQuery(name = ContextFile.DELETE_OF_IMPORT, query = "DELETE FROM ContextFile f WHERE f.contextImport.id = :importId")
@NamedQuery(name = ContextFile.DELETE_OF_PROJECT, query = "DELETE FROM ContextFile f WHERE f.project.id = :projectId")
@NamedQuery(name = ContextFile.STORED_IN_PROJECT,
        query = "SELECT COALESCE(SUM(f.storedBytes), 0) FROM ContextFile f WHERE f.project.id = :projectId")
public class ContextFile {

    /** 1 MiB of UTF-8: the contract's limit on a file's content. */
    public static final int MAX_CONTENT_BYTES = 1024 * 1024;

    public static final String LIST_OF_PROJECT = "ContextFile.listOfProject";
    public static final String LIST_OF_IMPORT = "ContextFile.listOfImport";
    public static final String FIND_IN_PROJECT = "ContextFile.findInProject";
    public static final String DELETE_IN_PROJECT = "ContextFile.deleteInProject";
    public static final String UNCOUNT_IN_PROJECT = "ContextFile.uncountInProject";
    public static final String DELETE_OF_IMPORT = "ContextFile.deleteOfImport";
    public static final String DELETE_OF_PROJECT = "ContextFile.deleteOfProject";
    public static final String STORED_IN_PROJECT = "ContextFile.storedInProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false)
    private ContextImport contextImport;

    // The foreign keys read as numbers too, so that a view needs no further query.
    @Column(name = "project_id", insertable = false, updatable = false)
    private Integer projectId;

    @Column(name = "import_id", insertable = false, updatable = false)
    private Integer importId;

    @Column(nullable = false, length = 512)
    private String title;

    @Column(name = "original_path", length = 2048)
    private String originalPath;

    /**
     * Text of any length, in a CLOB column (text on PostgreSQL) mapped as a plain string: with {@code @Lob}, Hibernate
     * reads the column on PostgreSQL as the id of a large object, and every row with a value fails to load.
     */
    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 16)
    private FileType fileType;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private FileCategory category;

    @Column(nullable = false, length = 64)
    private String language;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "parent_path", length = 2048)
    private String parentPath;

    @Column(nullable = false)
    private int depth;

    /** Any JSON document, kept as its text (as {@link #content}). */
    @Column(name = "metadata")
    private String metadata;

    /** What the file's members take, in UTF-8 bytes, for the storage quota; kept by {@link #countStoredBytes}. */
    @Column(name = "stored_bytes", nullable = false)
    private long storedBytes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ContextFile() {
    }

    /** Every string and JSON member a user stores counts; changed only through this entity, never by bulk updates of them. */
    @PrePersist
    @PreUpdate
    void countStoredBytes() {
        storedBytes = Utf8.bytes(title, originalPath, content, fileType.wireName(), category == null ? null : category.wireName(), language,
                parentPath, metadata);
    }

    /** A file with the defaults of the API: language {@code text}, depth 0, no category, paths or metadata. */
    public ContextFile(ContextImport contextImport, String title, String content, FileType fileType, LocalDateTime now) {
        this.project = contextImport.getProject();
        this.projectId = contextImport.getProjectId();
        this.contextImport = contextImport;
        this.importId = contextImport.getId();
        this.title = title;
        this.fileType = fileType;
        this.language = "text";
        this.createdAt = now;
        this.updatedAt = now;
        setContent(content);
    }

    /** The size of a content in bytes of UTF-8, which is what {@code file_size} always says. */
    public static long sizeOf(String content) {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }

    public Integer getId() {
        return id;
    }

    public Integer getProjectId() {
        return projectId;
    }

    public Integer getImportId() {
        return importId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOriginalPath() {
        return originalPath;
    }

    public void setOriginalPath(String originalPath) {
        this.originalPath = originalPath;
    }

    public String getContent() {
        return content;
    }

    /** The content, and with it its size: the two never disagree. */
    public void setContent(String content) {
        this.content = content;
        this.fileSize = sizeOf(content);
    }

    public FileType getFileType() {
        return fileType;
    }

    public void setFileType(FileType fileType) {
        this.fileType = fileType;
    }

    public FileCategory getCategory() {
        return category;
    }

    public void setCategory(FileCategory category) {
        this.category = category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getParentPath() {
        return parentPath;
    }

    public void setParentPath(String parentPath) {
        this.parentPath = parentPath;
    }

    public int getDepth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public String getMetadata() {
        return metadata;
    }

    public void setMetadata(String metadata) {
        this.metadata = metadata;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void touch(LocalDateTime now) {
        this.updatedAt = now;
    }
}
