package org.balint.persistence.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code evaluation_form}, with its objectives and scale anchors. Changed only by {@link EvaluationFormMapper}. */
@Entity(name = "EvaluationForm")
@Table(name = "evaluation_form")
class EvaluationFormEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = EvaluationMapper.MAX_ID)
    private String groupId;

    @Column(name = "scale_lowest", nullable = false)
    private int scaleLowest;

    @Column(name = "scale_highest", nullable = false)
    private int scaleHighest;

    @Column(name = "closes_at")
    private Instant closesAt;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<FormObjectiveEntity> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("point")
    private List<FormAnchorEntity> anchors = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EvaluationFormEntity() {
        // for Jakarta Persistence
    }

    EvaluationFormEntity(TenantScope owner, String groupId) {
        super(owner);
        this.groupId = groupId;
    }

    String groupId() {
        return groupId;
    }

    int scaleLowest() {
        return scaleLowest;
    }

    int scaleHighest() {
        return scaleHighest;
    }

    void scale(int lowest, int highest) {
        this.scaleLowest = lowest;
        this.scaleHighest = highest;
    }

    Instant closesAt() {
        return closesAt;
    }

    void closesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    List<FormObjectiveEntity> objectives() {
        return objectives;
    }

    List<FormAnchorEntity> anchors() {
        return anchors;
    }

    long version() {
        return version;
    }
}
