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

/**
 * A row of {@code evaluation}, with its ratings. The comments are the member's own words about the
 * group: they are stored, and never written to a log or an exception message.
 */
@Entity(name = "Evaluation")
@Table(name = "evaluation")
class EvaluationEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = EvaluationMapper.MAX_ID)
    private String groupId;

    @Column(name = "member_id", nullable = false, updatable = false, length = EvaluationMapper.MAX_ID)
    private String memberId;

    @Column(name = "comments", nullable = false, length = EvaluationMapper.MAX_COMMENTS)
    private String comments;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RatingEntity> ratings = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EvaluationEntity() {
        // for Jakarta Persistence
    }

    EvaluationEntity(TenantScope owner, String groupId, String memberId) {
        super(owner);
        this.groupId = groupId;
        this.memberId = memberId;
    }

    String groupId() {
        return groupId;
    }

    String memberId() {
        return memberId;
    }

    String comments() {
        return comments;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    void submitted(String comments, Instant submittedAt) {
        this.comments = comments;
        this.submittedAt = submittedAt;
    }

    List<RatingEntity> ratings() {
        return ratings;
    }

    long version() {
        return version;
    }

    @Override
    public String toString() {
        return "evaluation of group " + groupId + " by member " + memberId;
    }
}
