package dev.neptun.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for a load balancer: the instance is ready while it can reach the database. Published by
 * the server's MicroProfile Health at {@code /health/ready} (503 when DOWN); liveness is
 * {@code /api/status}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(name = "jdbc/neptun")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = database.getConnection()) {
            reachable = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            reachable = false;
        }
        return HealthCheckResponse.named("database").status(reachable).build();
    }
}
