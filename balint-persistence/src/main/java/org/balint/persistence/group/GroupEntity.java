package org.balint.persistence.group;

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
import java.util.ArrayList;
import java.util.List;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code group_series}: one group series with its sessions, faculty and members as child
 * rows. It changes only through {@link GroupMapper}; the version column makes a concurrent edit fail.
 */
@Entity(name = "BalintGroup")
@Table(name = "group_series")
class GroupEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_key", nullable = false, updatable = false, length = GroupMapper.MAX_ID)
    private String groupKey;

    @Column(name = "title", nullable = false, length = GroupMapper.MAX_TITLE)
    String title;

    @Column(name = "display_zone", nullable = false, length = GroupMapper.MAX_ZONE)
    String displayZone;

    @Column(name = "video_link", nullable = false, length = GroupMapper.MAX_LINK)
    String videoLink;

    @Column(name = "min_members", nullable = false)
    int minMembers;

    @Column(name = "max_members", nullable = false)
    int maxMembers;

    @Column(name = "cases_per_session", nullable = false)
    int casesPerSession;

    @Column(name = "quorum", nullable = false)
    int quorum;

    @Column(name = "closes_after_session", nullable = false)
    int closesAfterSession;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sessionNumber")
    final List<SessionEntity> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    final List<FacultyEntity> faculty = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listOrder")
    final List<MemberEntity> members = new ArrayList<>();

    protected GroupEntity() {
        // for Jakarta Persistence
    }

    GroupEntity(TenantScope owner, String groupKey) {
        super(owner);
        this.groupKey = groupKey;
    }

    String groupKey() {
        return groupKey;
    }

    long version() {
        return version;
    }
}
