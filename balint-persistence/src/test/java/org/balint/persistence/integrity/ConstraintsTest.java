package org.balint.persistence.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static final Violation ALREADY_REGISTERED = Violation.of("member-already-registered",
            "This member is already registered in this group.");
    private final Constraints constraints = Constraints.named("uq_registration_member", ALREADY_REGISTERED)
            .and("fk_registration_group", Violation.of("unknown-group", "The group does not exist."));

    @Test
    @DisplayName("Derby's refusal, which names the constraint in capitals, becomes the constraint's domain violation")
    void derbyMessage() {
        RuntimeException failure = wrapped(new SQLIntegrityConstraintViolationException(
                "The statement was aborted because it would have caused a duplicate key value in a unique or primary key"
                        + " constraint or unique index identified by 'UQ_REGISTRATION_MEMBER' defined on 'REGISTRATION'.", "23505"));

        assertThat(constraints.translate(failure)).hasValueSatisfying(violation -> {
            assertThat(violation.violation()).isEqualTo(ALREADY_REGISTERED);
            assertThat(violation.constraint()).isEqualTo("uq_registration_member");
            assertThat(violation.getCause()).isSameAs(failure);
        });
    }

    @Test
    @DisplayName("PostgreSQL's refusal of a batch, which names the constraint only in the next exception, becomes that constraint's violation")
    void postgresMessage() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "23503");
        batch.setNextException(new SQLException(
                "ERROR: insert or update on table \"registration\" violates foreign key constraint \"fk_registration_group\"", "23503"));

        assertThat(constraints.translate(wrapped(batch))).hasValueSatisfying(
                violation -> assertThat(violation.code()).isEqualTo("unknown-group"));
    }

    @Test
    @DisplayName("a constraint whose name only contains a known name is not mistaken for it")
    void wholeNamesOnly() {
        RuntimeException failure = wrapped(new SQLException(
                "duplicate key value violates unique constraint \"uq_registration_member_email\"", "23505"));

        assertThat(constraints.translate(failure)).hasValueSatisfying(violation -> {
            assertThat(violation.code()).isEqualTo("duplicate-record");
            assertThat(violation.constraint()).isEqualTo("unknown-constraint");
        });
    }

    @Test
    @DisplayName("a failure that is not a constraint violation (a lost connection) is not translated")
    void otherFailuresPassThrough() {
        assertThat(constraints.translate(wrapped(new SQLException("connection reset", "08006")))).isEmpty();
        assertThat(constraints.translate(new IllegalStateException("no SQL at all"))).isEmpty();
    }

    @Test
    @DisplayName("describing the same constraint twice, or a name that is no SQL identifier, is a programming error")
    void catalogueIsChecked() {
        assertThatThrownBy(() -> constraints.and("UQ_REGISTRATION_MEMBER", ALREADY_REGISTERED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Constraints.named("uq-registration", ALREADY_REGISTERED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(constraints.names()).containsExactly("uq_registration_member", "fk_registration_group");
    }

    private static final Violation PLAN_EDITED = Violation.of("rotation-edited-concurrently",
            "Another leader changed this rotation plan while you were editing it; reload it and re-plan.");

    @Test
    @DisplayName("a lost optimistic-lock race, at flush or wrapped in the commit's rollback, becomes the catalogue's edit conflict")
    void editConflict() {
        Constraints versioned = constraints.andEditConflict(PLAN_EDITED);
        OptimisticLockException atFlush = new OptimisticLockException("Exception [EclipseLink-5006]: the object was changed");
        RollbackException atCommit = new RollbackException("Transaction rolled back", atFlush);

        for (RuntimeException failure : new RuntimeException[] {atFlush, atCommit}) {
            assertThat(versioned.translateConflict(failure)).hasValueSatisfying(conflict -> {
                assertThat(conflict.violation()).isEqualTo(PLAN_EDITED);
                assertThat(conflict.code()).isEqualTo("rotation-edited-concurrently");
                assertThat(conflict.getMessage()).doesNotContain("EclipseLink");
                assertThat(conflict.getCause()).isSameAs(failure);
            });
        }
        assertThat(versioned.translate(atFlush)).as("not a constraint violation").isEmpty();
    }

    @Test
    @DisplayName("without a declared meaning, or for failures that are no lost race, nothing is translated as an edit conflict")
    void editConflictOnlyWhenDeclared() {
        OptimisticLockException lostRace = new OptimisticLockException("the object was changed");

        assertThat(constraints.translateConflict(lostRace)).isEmpty();
        assertThat(constraints.andEditConflict(PLAN_EDITED).translateConflict(wrapped(new SQLException("duplicate key", "23505"))))
                .isEmpty();
    }

    @Test
    @DisplayName("an edit conflict's meaning is declared once, and survives joining catalogues")
    void editConflictIsDeclaredOnce() {
        Constraints versioned = Constraints.named("uq_rotation_plan_group", ALREADY_REGISTERED).andEditConflict(PLAN_EDITED);

        assertThatThrownBy(() -> versioned.andEditConflict(PLAN_EDITED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(constraints.and(versioned).translateConflict(new OptimisticLockException("changed")))
                .hasValueSatisfying(conflict -> assertThat(conflict.code()).isEqualTo("rotation-edited-concurrently"));
        assertThat(versioned.and("fk_rotation_plan_tenant", ALREADY_REGISTERED).translateConflict(new OptimisticLockException("changed")))
                .isPresent();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", cause));
    }
}
