package org.balint.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code outbox}. After it is created it only changes through the outbox's versioned updates. */
@Entity(name = "OutboxMessage")
@Table(name = "outbox")
class OutboxEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "kind", nullable = false, updatable = false, length = OutboxMessage.MAX_KIND)
    private String kind;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = OutboxMessage.MAX_KEY)
    private String idempotencyKey;

    @Column(name = "payload", nullable = false, updatable = false, length = OutboxMessage.MAX_PAYLOAD)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = Outbox.MAX_ERROR)
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private OutboxState state;

    @Column(name = "state_reason", length = Outbox.MAX_REASON)
    private String stateReason;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxEntity() {
        // for Jakarta Persistence
    }

    OutboxEntity(TenantScope owner, OutboxMessage message, Instant now) {
        super(owner);
        this.kind = message.kind();
        this.idempotencyKey = message.idempotencyKey();
        this.payload = message.payload();
        this.createdAt = now;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.state = OutboxState.PENDING;
    }

    MessageId id() {
        return new MessageId(id);
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
