package org.balint.persistence.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.balint.core.group.Discipline;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code group_member}: one member of a group, with profession and contact details. */
@Entity(name = "GroupMember")
@Table(name = "group_member")
class MemberEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private GroupEntity group;

    @Column(name = "member_id", nullable = false, updatable = false, length = GroupMapper.MAX_ID)
    private String memberId;

    @Column(name = "list_order", nullable = false)
    int listOrder;

    @Column(name = "person_name", nullable = false, length = GroupMapper.MAX_NAME)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 32)
    Discipline discipline;

    @Column(name = "profession_detail", length = GroupMapper.MAX_PROFESSION_DETAIL)
    String professionDetail;

    @Column(name = "email", nullable = false, length = GroupMapper.MAX_EMAIL)
    String email;

    @Column(name = "phone", length = GroupMapper.MAX_PHONE)
    String phone;

    protected MemberEntity() {
        // for Jakarta Persistence
    }

    MemberEntity(TenantScope owner, GroupEntity group, String memberId) {
        super(owner);
        this.group = group;
        this.memberId = memberId;
    }

    String memberId() {
        return memberId;
    }
}
