package dev.neptun.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who does a periodic task until when, when several instances share the database. */
@Entity
@Table(name = "leases")
@NamedQuery(name = Lease.TAKE,
        query = "UPDATE Lease l SET l.holder = :holder, l.heldUntil = :until WHERE l.name = :name AND l.heldUntil <= :now")
public class Lease {

    static final String TAKE = "Lease.take";

    @Id
    @Column(length = 64)
    private String name;

    @Column(length = 256)
    private String holder;

    @Column(name = "held_until", nullable = false)
    private LocalDateTime heldUntil;

    protected Lease() {
    }

    Lease(String name, LocalDateTime heldUntil) {
        this.name = name;
        this.heldUntil = heldUntil;
    }
}
