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
import org.balint.core.group.FacultyRole;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/** A row of {@code group_faculty}: one person in one faculty role of a group. */
@Entity(name = "GroupFaculty")
@Table(name = "group_faculty")
class FacultyEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private GroupEntity group;

    @Enumerated(EnumType.STRING)
    @Column(name = "faculty_role", nullable = false, updatable = false, length = 20)
    private FacultyRole role;

    @Column(name = "person_id", nullable = false, updatable = false, length = GroupMapper.MAX_ID)
    private String personId;

    @Column(name = "list_order", nullable = false)
    int listOrder;

    @Column(name = "person_name", nullable = false, length = GroupMapper.MAX_NAME)
    String name;

    @Column(name = "email", nullable = false, length = GroupMapper.MAX_EMAIL)
    String email;

    @Column(name = "phone", length = GroupMapper.MAX_PHONE)
    String phone;

    protected FacultyEntity() {
        // for Jakarta Persistence
    }

    FacultyEntity(TenantScope owner, GroupEntity group, FacultyRole role, String personId) {
        super(owner);
        this.group = group;
        this.role = role;
        this.personId = personId;
    }

    FacultyRole role() {
        return role;
    }

    String personId() {
        return personId;
    }
}
