package org.balint.lti.tool.gradebook;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in one new database transaction: commits when it returns, rolls back when it throws.
 * Outside a container {@code StandaloneDatabase::inTransaction} is one.
 */
@FunctionalInterface
public interface Transactions {

    /** Runs {@code work} in a new transaction and returns its result. */
    <T> T inTransaction(Function<EntityManager, T> work);
}
