package org.balint.persistence.registration;

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
 * A row of {@code group_registrations}: one group's registrations as a whole. Its version grows with
 * every change to any of the group's registrations, so two transactions handling registrations for the
 * same group cannot overwrite each other unnoticed.
 */
@Entity(name = "GroupRegistrations")
@Table(name = "group_registrations")
class GroupRegistrationsEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_key", nullable = false, updatable = false, length = RegistrationsMapper.MAX_ID)
    private String groupKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "registrations", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("submissionOrder")
    final List<RegistrationEntity> registrations = new ArrayList<>();

    protected GroupRegistrationsEntity() {
        // for Jakarta Persistence
    }

    GroupRegistrationsEntity(TenantScope owner, String groupKey) {
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
