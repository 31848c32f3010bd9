package dev.neptun.installation.entity;

import dev.neptun.platform.persistence.Paged;
import dev.neptun.project.entity.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A project's connection to a GitHub installation; the pair is unique in the database. */
@Entity
@Table(name = "project_github_installations")
@NamedQuery(name = ProjectInstallation.DELETE_PAIR,
        query = "DELETE FROM ProjectInstallation c WHERE c.project.id = :projectId AND c.installation.id = :installationId")
@NamedQuery(name = ProjectInstallation.DELETE_OF_PROJECT,
        query = "DELETE FROM ProjectInstallation c WHERE c.project.id = :projectId")
@NamedQuery(name = ProjectInstallation.DELETE_OF_INSTALLATION,
        query = "DELETE FROM ProjectInstallation c WHERE c.installation.id = :installationId")
@NamedQuery(name = ProjectInstallation.INSTALLATION_IDS_OF_PROJECT,
        query = "SELECT c.installationId FROM ProjectInstallation c WHERE c.projectId = :projectId ORDER BY c.id",
        hints = @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS))
@NamedQuery(name = ProjectInstallation.CONNECTED_AMONG,
        query = "SELECT c.installationId FROM ProjectInstallation c WHERE c.projectId = :projectId AND c.installationId IN :installationIds")
@NamedQuery(name = ProjectInstallation.COUNT_PAIR,
        query = "SELECT COUNT(c) FROM ProjectInstallation c WHERE c.project.id = :projectId AND c.installation.id = :installationId")
public class ProjectInstallation {

    public static final String DELETE_PAIR = "ProjectInstallation.deletePair";
    public static final String DELETE_OF_PROJECT = "ProjectInstallation.deleteOfProject";
    public static final String DELETE_OF_INSTALLATION = "ProjectInstallation.deleteOfInstallation";
    public static final String INSTALLATION_IDS_OF_PROJECT = "ProjectInstallation.installationIdsOfProject";
    public static final String COUNT_PAIR = "ProjectInstallation.countPair";
    public static final String CONNECTED_AMONG = "ProjectInstallation.connectedAmong";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installation_id", nullable = false)
    private GithubInstallation installation;

    // The same columns as plain ids, for reads that must not join (a join holds one table's row while it
    // waits for the other's, and deadlocked with an installation's delete).
    @Column(name = "project_id", insertable = false, updatable = false)
    private Integer projectId;

    @Column(name = "installation_id", insertable = false, updatable = false)
    private Integer installationId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ProjectInstallation() {
    }

    public ProjectInstallation(Project project, GithubInstallation installation, LocalDateTime now) {
        this.project = project;
        this.installation = installation;
        this.createdAt = now;
    }
}
