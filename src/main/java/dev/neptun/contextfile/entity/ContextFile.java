package dev.neptun.contextfile.entity;

import dev.neptun.imports.entity.ContextImport;
import dev.neptun.project.entity.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

@Entity
@Table(name = "context_files")
@NamedQuery(name = ContextFile.DELETE_OF_IMPORT, query = "DELETE FROM ContextFile f WHERE f.contextImport.id = :importId")
@NamedQuery(name = ContextFile.COUNT_OF_IMPORT, query = "SELECT COUNT(f) FROM ContextFile f WHERE f.contextImport.id = :importId")
public class ContextFile {

    public static final String DELETE_OF_IMPORT = "ContextFile.deleteOfImport";
    public static final String COUNT_OF_IMPORT = "ContextFile.countOfImport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false)
    private ContextImport contextImport;

    @Column(nullable = false, length = 512)
    private String title;

    @Column(name = "original_path", length = 2048)
    private String originalPath;

    @Lob
    @Column(nullable = false)
    private String content;

    @Column(name = "file_type", nullable = false, length = 16)
    private String fileType;

    @Column(length = 32)
    private String category;

    @Column(nullable = false, length = 64)
    private String language;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "parent_path", length = 2048)
    private String parentPath;

    @Column(nullable = false)
    private int depth;

    @Lob
    @Column(name = "metadata")
    private String metadata;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ContextFile() {
    }

    public ContextFile(ContextImport contextImport, String title, String originalPath, String content, String fileType,
            LocalDateTime now) {
        this.project = contextImport.getProject();
        this.contextImport = contextImport;
        this.title = title;
        this.originalPath = originalPath;
        this.content = content;
        this.fileType = fileType;
        this.language = "text";
        this.fileSize = content.getBytes(StandardCharsets.UTF_8).length;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }
}
