package org.balint.lti.protocol.platform;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe registry held in memory, for configuration-driven deployments and tests.
 */
public final class InMemoryPlatformRegistry implements PlatformRegistry {

    private record Key(String issuer, String clientId) {
    }

    private final ConcurrentMap<Key, PlatformRegistration> registrations = new ConcurrentHashMap<>();

    /** An empty registry. */
    public InMemoryPlatformRegistry() {
    }

    /** A registry holding {@code initial}. */
    public InMemoryPlatformRegistry(Collection<PlatformRegistration> initial) {
        initial.forEach(this::register);
    }

    /** Adds a registration, replacing any with the same issuer and client_id. */
    public void register(PlatformRegistration registration) {
        Objects.requireNonNull(registration, "registration");
        registrations.put(new Key(registration.issuer(), registration.clientId()), registration);
    }

    /** Removes the registration for this issuer and client_id; true if there was one. */
    public boolean remove(String issuer, String clientId) {
        return registrations.remove(new Key(issuer, clientId)) != null;
    }

    /** Every registration, ordered by issuer then client_id. */
    public List<PlatformRegistration> all() {
        return registrations.values().stream()
                .sorted(Comparator.comparing(PlatformRegistration::issuer).thenComparing(PlatformRegistration::clientId))
                .toList();
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        return Optional.ofNullable(registrations.get(new Key(issuer, clientId)));
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return registrations.values().stream()
                .filter(r -> r.issuer().equals(issuer))
                .sorted(Comparator.comparing(PlatformRegistration::clientId))
                .toList();
    }
}
