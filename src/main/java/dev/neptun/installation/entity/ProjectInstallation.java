package dev.neptun.installation.entity;

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
@NamedQuery(name = ProjectInstallation.INSTALLATIONS_OF_PROJECT,
        query = "SELECT g FROM ProjectInstallation c JOIN c.installation g WHERE c.project.id = :projectId ORDER BY c.id")
@NamedQuery(name = ProjectInstallation.CONNECTED_AMONG,
        query = "SELECT c.installation.id FROM ProjectInstallation c WHERE c.project.id = :projectId AND c.installation.id IN :installationIds")
@NamedQuery(name = ProjectInstallation.COUNT_PAIR,
        query = "SELECT COUNT(c) FROM ProjectInstallation c WHERE c.project.id = :projectId AND c.installation.id = :installationId")
public class ProjectInstallation {

    public static final String DELETE_PAIR = "ProjectInstallation.deletePair";
    public static final String DELETE_OF_PROJECT = "ProjectInstallation.deleteOfProject";
    public static final String DELETE_OF_INSTALLATION = "ProjectInstallation.deleteOfInstallation";
    public static final String INSTALLATIONS_OF_PROJECT = "ProjectInstallation.installationsOfProject";
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
